package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun in which no file the run depends on changed is answered from the last completed run's stamp, without
 * starting the job: it says what the job would say, with the same exit code, and leaves the exports as they are; a
 * file with another time (even with the same bytes), or another command line, makes the run go through the job.
 */
class UnchangedRerunRunTest {

    private static final String STAMP_LINE = "its stamp in .state/";

    @TempDir
    Path work;

    @Test
    void theStampSaysWhatTheJobSaysWhenNothingChanged() throws Exception {
        SmallMixedInputs inputs = SmallMixedInputs.writeTo(work);
        Path input = inputs.input();
        Path overrides = inputs.overrides();
        Path output = work.resolve("output");

        RunOutput first = run(input, output, overrides);
        assertThat(first.exitCode()).isEqualTo(3);
        assertThat(first.out()).contains("Read 3 new or changed input(s)");
        String published = Files.readString(output.resolve("run-manifest.json"));

        // another command line (one worker): through the job, which finds nothing changed
        RunOutput byTheJob = run(input, output, overrides, "--workers", "1");
        assertThat(byTheJob.out()).contains("Nothing changed since the last run: 3 input(s) unchanged");
        assertThat(newestLog(output)).doesNotContain(STAMP_LINE).contains("Positions: sentences=0");

        RunOutput byTheStamp = run(input, output, overrides, "--workers", "1");
        assertThat(newestLog(output)).contains(STAMP_LINE).doesNotContain("Positions:")
                .contains("Exit code 3 (INPUTS_REJECTED)");
        assertThat(byTheStamp.out()).as("word for word the summary the job gave (without its steps' log lines)")
                .isEqualTo(summary(byTheJob) + System.lineSeparator());
        assertThat(byTheStamp.err()).isEqualTo(byTheJob.err());
        assertThat(byTheStamp.exitCode()).isEqualTo(byTheJob.exitCode()).isEqualTo(3);
        assertThat(Files.readString(output.resolve("run-manifest.json"))).isEqualTo(published);

        // the same bytes with another time: the job looks, finds the same content, and says nothing changed
        Path report = input.resolve("reports/final-report-small.txt");
        Files.setLastModifiedTime(report, FileTime.fromMillis(Files.getLastModifiedTime(report).toMillis() - 60_000));
        RunOutput touched = run(input, output, overrides, "--workers", "1");
        assertThat(newestLog(output)).doesNotContain(STAMP_LINE);
        assertThat(summary(touched)).isEqualTo(summary(byTheJob));
        run(input, output, overrides, "--workers", "1");
        assertThat(newestLog(output)).contains(STAMP_LINE);

        // new bytes: read
        Files.writeString(report, "\n", java.nio.file.StandardOpenOption.APPEND);
        RunOutput changed = run(input, output, overrides, "--workers", "1");
        assertThat(changed.out()).contains("Read 1 new or changed input(s)");
        assertThat(newestLog(output)).doesNotContain(STAMP_LINE);
    }

    /** The last line a run printed: its summary. */
    private static String summary(RunOutput run) {
        String[] lines = run.out().strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static RunOutput run(Path input, Path output, Path overrides, String... options) {
        String[] args = new String[7 + options.length];
        String[] base = {"nightly", "--input", input.toString(), "--output", output.toString(), "--overrides",
                overrides.toString()};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(options, 0, args, base.length, options.length);
        return RunOutput.of(args);
    }

    private static String newestLog(Path output) throws java.io.IOException {
        try (var logs = Files.list(output.resolve("logs"))) {
            Path newest = logs.filter(f -> f.getFileName().toString().startsWith("nightly-")).sorted()
                    .reduce((a, b) -> b).orElseThrow();
            return Files.readString(newest);
        }
    }
}
