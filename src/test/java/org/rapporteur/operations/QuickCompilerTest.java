package org.rapporteur.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuickCompilerTest {

    private boolean added;

    @AfterEach
    void leaveTheJvmAsItWas() throws Exception {
        if (added) {
            QuickCompiler.remove();
        }
        System.clearProperty(QuickCompiler.PROPERTY);
    }

    @Test
    void theJvmTakesTheDirectiveThatExcludesTheOptimisingCompilerOnly() throws Exception {
        assertThat(QuickCompiler.directives()).doesNotContain("Exclude:true");

        added = QuickCompiler.forTheRestOfTheRun();

        assertThat(added).isTrue();
        String directives = QuickCompiler.directives();
        // the directive added first, then the JVM's default: C2 excluded for every method, C1 left to the default
        String ours = directives.substring(0, directives.indexOf("Directive: (default)"));
        assertThat(ours).contains("matching: *.*");
        String c1 = ours.substring(ours.indexOf("c1 directives:"), ours.indexOf("c2 directives:"));
        String c2 = ours.substring(ours.indexOf("c2 directives:"));
        assertThat(c1).contains("Enable:false").contains("Exclude:false");
        assertThat(c2).contains("Enable:true").contains("Exclude:true");
    }

    @Test
    void thePropertyKeepsTheOptimisingCompilerOn() throws Exception {
        System.setProperty(QuickCompiler.PROPERTY, "false");

        added = QuickCompiler.forTheRestOfTheRun();

        assertThat(added).isFalse();
        assertThat(QuickCompiler.directives()).doesNotContain("Exclude:true");
    }
}
