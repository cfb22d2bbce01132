package org.rapporteur.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuickCompilerTest {

    private boolean added;
    /** The suite runs with the property false (pom.xml), so that no export of another test leaves C2 off. */
    private final String suiteSetting = System.getProperty(QuickCompiler.PROPERTY);

    @BeforeEach
    void turnItOnForThisTest() {
        System.setProperty(QuickCompiler.PROPERTY, "true");
    }

    @AfterEach
    void leaveTheJvmAsItWas() throws Exception {
        if (added) {
            QuickCompiler.remove();
        }
        if (suiteSetting == null) {
            System.clearProperty(QuickCompiler.PROPERTY);
        } else {
            System.setProperty(QuickCompiler.PROPERTY, suiteSetting);
        }
    }

    @Test
    void aSecondExportInTheSameJvmAddsNothingMore() throws Exception {
        added = QuickCompiler.forTheRestOfTheRun();
        assertThat(added).isTrue();

        assertThat(QuickCompiler.forTheRestOfTheRun()).isFalse();

        String directives = QuickCompiler.directives();
        // one directive of ours, before the default one: C2 excluded once, not stacked
        assertThat(directives.split("Exclude:true", -1)).hasSize(2);
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
        // the JDK's message digests first: C2 left to them (its SHA-256 is the processor's own instructions)
        assertThat(ours.indexOf("sun/security/provider")).isNotNegative().isLessThan(ours.indexOf("matching: *.*"));
        String digests = ours.substring(ours.indexOf("sun/security/provider"), ours.indexOf("matching: *.*"));
        assertThat(digests.substring(digests.indexOf("c2 directives:"))).contains("Exclude:false")
                .doesNotContain("Exclude:true");
    }

    @Test
    void thePropertyKeepsTheOptimisingCompilerOn() throws Exception {
        System.setProperty(QuickCompiler.PROPERTY, "false");

        added = QuickCompiler.forTheRestOfTheRun();

        assertThat(added).isFalse();
        assertThat(QuickCompiler.directives()).doesNotContain("Exclude:true");
    }
}
