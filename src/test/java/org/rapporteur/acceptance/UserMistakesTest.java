package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's mistake gets a clear line on the console (what, where, what to do), never a stack trace, and a bad option
 * value is exit code 2 (issue 17 point 6). Files are named in full.
 */
class UserMistakesTest {

    @TempDir
    Path work;
    Path input;
    Path output;

    @BeforeEach
    void input() throws IOException {
        input = Files.createDirectories(work.resolve("input/reports")).getParent();
        try (InputStream in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, input.resolve("reports/final-report-small.txt"));
        }
        output = work.resolve("output");
    }

    @Test
    void aMissingCodebookOrOverridesFileIsAUsageErrorNamingIt() {
        RunOutput codebook = nightly("--codebook", work.resolve("missing.yml").toString());
        RunOutput overrides = nightly("--overrides", work.resolve("missing.csv").toString());

        assertThat(codebook.exitCode()).isEqualTo(2);
        assertThat(codebook.err()).isEqualTo("rapporteur: --codebook " + work.resolve("missing.yml")
                + ": no such file\n");
        assertThat(overrides.exitCode()).isEqualTo(2);
        assertThat(overrides.err()).isEqualTo("rapporteur: --overrides " + work.resolve("missing.csv")
                + ": no such file\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void aMalformedCodebookIsRefusedInOneLineWithItsFileAndLine() throws IOException {
        Path codebook = Files.writeString(work.resolve("codebook.yml"), "topics:\n  - id: [unclosed\n");

        RunOutput run = nightly("--codebook", codebook.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("rapporteur: the codebook is refused: " + codebook).endsWith("to use the default one)"));
        assertThat(run.out() + run.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void anOverridesFileWithoutItsColumnsIsSaidOnTheConsoleAndTheRunGoesOn() throws IOException {
        Path overrides = Files.writeString(work.resolve("overrides.csv"), "file,sentence,label\nx,1,FOR\n");

        RunOutput run = nightly("--overrides", overrides.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("rapporteur: the overrides file " + overrides + " is not used: The header "
                + "lacks the column source; no override applied; the run goes on without it\n");
    }

    @Test
    void aMissingGoldSetIsNamedInFull() {
        RunOutput run = RunOutput.of("evaluate", "--gold", "no-such-gold.csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapporteur: cannot read the gold set (--gold): no such file: "
                + Path.of("no-such-gold.csv").toAbsolutePath() + "\n");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(nightly("--max-rows", "0").exitCode()).isEqualTo(2);
        assertThat(nightly("--max-file-size", "lots").exitCode()).isEqualTo(2);
        assertThat(RunOutput.of("status", "--output", output.toString(), "--last", "0").exitCode()).isEqualTo(2);
        assertThat(RunOutput.of("status", "--output", output.toString(), "--db", "foo").exitCode()).isEqualTo(2);
        assertThat(RunOutput.of("restart", "--output", output.toString(), "--db", "foo").exitCode()).isEqualTo(2);
    }

    private RunOutput nightly(String... options) {
        String[] args = new String[5 + options.length];
        args[0] = "nightly";
        args[1] = "--input";
        args[2] = input.toString();
        args[3] = "--output";
        args[4] = output.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return RunOutput.of(args);
    }
}
