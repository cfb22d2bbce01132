package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that would write the exports the published set already holds leaves that set as it stands and says "Nothing
 * changed"; anything the exports are made from (an input, the overrides file, --include-personal-data, a published
 * file gone) makes it write them again, and then it does not say so.
 */
class UnchangedExportsTest {

    @TempDir
    Path work;

    @Test
    void thePublishedSetStandsOnlyWhileNothingItIsMadeFromChanged() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        try (var in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, input.resolve("reports/final-report-small.txt"));
        }
        Path output = work.resolve("output");
        Path manifest = output.resolve("run-manifest.json");
        Path overrides = Files.writeString(work.resolve("overrides.csv"),
                "source,sentence_index,topic,stance\nfinal-report-small.txt#7,1,NEW_INSTRUMENT,NONE\n");

        assertThat(run(input, output).out()).contains("Read 1 new or changed input(s)");
        String published = Files.readString(manifest);

        // another command line than the first run's (one worker): the job itself finds nothing changed (the same
        // command line again is answered from the run's stamp without the job: UnchangedRerunRunTest)
        RunOutput unchanged = run(input, output, "--workers", "1");
        assertThat(unchanged.out()).contains("Nothing changed since the last run: 1 input(s) unchanged; the "
                + "published exports stand.");
        assertThat(Files.readString(manifest)).as("the set was not written again").isEqualTo(published);
        assertThat(output.resolve("previous/run-manifest.json")).as("nothing was moved to previous/").doesNotExist();
        assertThat(newestLog(output, "nightly")).as("no sentence to classify: the classifier and its model were "
                + "never made").contains("Positions: sentences=0 (no input read: the classifier and its model were "
                + "not loaded)");

        RunOutput withOverrides = run(input, output, "--overrides", overrides.toString());
        assertThat(withOverrides.out()).doesNotContain("Nothing changed")
                .contains("No input changed: 1 input(s) unchanged; the exports were written again");
        assertThat(Files.readString(manifest)).isNotEqualTo(published);
        assertThat(run(input, output, "--overrides", overrides.toString()).out()).contains("Nothing changed");

        String beforePersonalData = Files.readString(manifest);
        RunOutput withPersonalData = run(input, output, "--overrides", overrides.toString(),
                "--include-personal-data");
        assertThat(withPersonalData.out()).doesNotContain("Nothing changed");
        assertThat(Files.readString(manifest)).isNotEqualTo(beforePersonalData);

        Files.delete(output.resolve("meetings.csv"));
        RunOutput afterDeletion = run(input, output, "--overrides", overrides.toString(), "--include-personal-data");
        assertThat(afterDeletion.out()).doesNotContain("Nothing changed");
        assertThat(output.resolve("meetings.csv")).exists();

        Files.writeString(input.resolve("reports/final-report-small.txt"), "\n", java.nio.file.StandardOpenOption.APPEND);
        RunOutput changedInput = run(input, output, "--overrides", overrides.toString(), "--include-personal-data");
        assertThat(changedInput.out()).contains("Read 1 new or changed input(s)").doesNotContain("Nothing changed");
    }

    /** The run's log file: named by its start time, so the newest sorts last. */
    private static String newestLog(Path output, String command) throws java.io.IOException {
        try (var logs = Files.list(output.resolve("logs"))) {
            Path newest = logs.filter(f -> f.getFileName().toString().startsWith(command + "-")).sorted()
                    .reduce((a, b) -> b).orElseThrow();
            return Files.readString(newest);
        }
    }

    private static RunOutput run(Path input, Path output, String... options) {
        String[] args = new String[4 + options.length + 1];
        args[0] = "nightly";
        args[1] = "--input";
        args[2] = input.toString();
        args[3] = "--output";
        args[4] = output.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        RunOutput run = RunOutput.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }
}
