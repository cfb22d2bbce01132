package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an operator uses it: usage, exit codes, and a second run that finds nothing changed. */
class CommandLineTest {

    @TempDir
    Path work;

    @Test
    void helpPrintsUsageAndExitsZero() {
        RunOutput help = RunOutput.of("nightly", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: rapporteur nightly", "--input", "--output", "--db", "Exit codes");
    }

    @Test
    void noCommandIsAUsageError() {
        RunOutput run = RunOutput.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        RunOutput run = RunOutput.of("nightly", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'", "Usage: rapporteur nightly");
    }

    @Test
    void aMissingInputFolderIsAUsageError() {
        RunOutput run = RunOutput.nightly(work.resolve("no-such-folder"), work.resolve("output"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-folder does not exist");
        assertThat(work.resolve("output")).doesNotExist();
    }

    @Test
    void runningTwiceSucceedsBothTimesAndTheSecondRunSaysNothingChanged() throws Exception {
        Path input = sampleInput();
        RunOutput first = RunOutput.nightly(input, work.resolve("output"));
        RunOutput second = RunOutput.nightly(input, work.resolve("output"));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Read 1 new or changed input(s)");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Nothing changed since the last run: 1 input(s) unchanged; the published exports stand.");
        assertThat(Files.readString(work.resolve("output/meetings.csv")))
                .isEqualTo(Files.readString(work.resolve("output/meetings.csv")));
    }

    @Test
    void aRejectedInputCompletesWithExitCodeThreeAndIsListed() throws Exception {
        Path input = sampleInput();
        Files.write(input.resolve("reports/broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0x81, 0x41});

        RunOutput run = RunOutput.nightly(input, work.resolve("output"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("1 rejected; data-quality.csv lists 1 error(s)");
        assertThat(ExportFiles.rows(work.resolve("output/data-quality.csv")))
                .filteredOn(r -> r.get("severity").equals("ERROR"))
                .extracting(r -> r.get("source") + " " + r.get("code"))
                .containsExactly("broken.txt ENCODING_ERROR");
        assertThat(ExportFiles.rows(work.resolve("output/meetings.csv"))).hasSize(1);
    }

    @Test
    void aDatabaseUrlRapporteurCannotUseIsAUsageError() throws Exception {
        RunOutput run = RunOutput.of("nightly", "--input", sampleInput().toString(), "--output",
                work.resolve("output").toString(), "--db", "jdbc:nosuchdriver://nowhere");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("rapporteur: --db jdbc:nosuchdriver://nowhere: not a database Rapporteur can "
                + "use; give a JDBC URL such as jdbc:postgresql://localhost:5432/rapporteur, or leave --db out for the "
                + "embedded database under <output>/.state/\n");
    }

    @Test
    void anUnreachableDatabaseFailsWithExitCodeOneInTwoLinesAndTheTraceInTheLogOnly() throws Exception {
        Path output = work.resolve("output");
        RunOutput run = RunOutput.of("nightly", "--input", sampleInput().toString(), "--output", output.toString(),
                "--db", "jdbc:postgresql://localhost:1/rapporteur?password=secret");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "rapporteur: cannot use the database jdbc:postgresql://localhost:1/rapporteur?password=***: "
                        + "Connection to localhost:1 refused. Check that the hostname and port are correct and that "
                        + "the postmaster is accepting TCP/IP connections.",
                "rapporteur: check --db, and the user and password in SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD; the details are in the run's log file");
        assertThat(run.out()).doesNotContain("\tat ", "Exception");
        try (var logs = Files.list(output.resolve("logs"))) {
            String log = Files.readString(logs.findFirst().orElseThrow());
            assertThat(log).contains("\tat ", "Exit code 1 (FAILED)").doesNotContain("secret");
        }
    }

    @Test
    void theMaxFileSizeOptionRejectsLargerReports() throws Exception {
        Path input = sampleInput();
        RunOutput run = RunOutput.of("nightly", "--input", input.toString(), "--output",
                work.resolve("output").toString(), "--max-file-size", "500");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(ExportFiles.rows(work.resolve("output/data-quality.csv")))
                .extracting(r -> r.get("source") + " " + r.get("code"))
                .containsExactly("final-report-small.txt FILE_TOO_LARGE");
    }

    @Test
    void aMalformedSizeIsAUsageError() throws Exception {
        RunOutput run = RunOutput.of("nightly", "--input", sampleInput().toString(), "--max-file-size", "lots");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--max-file-size lots: not a size");
    }

    @Test
    void thePdfBenchmarkPrintsBothTimesAndTheirRatio() {
        RunOutput run = RunOutput.of("benchmark-pdf", "--pages", "3", "--rounds", "1", "--warmup", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("files=1 pages=3 rounds=1")
                .containsPattern("pdfbox_text_stripper_ms=\\d+\\.\\d rapporteur_pdf_reader_ms=\\d+\\.\\d ratio=\\d\\.\\d\\d");
    }

    private Path sampleInput() throws Exception {
        Path reports = Files.createDirectories(work.resolve("input/reports"));
        try (var in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, reports.resolve("final-report-small.txt"));
        }
        return work.resolve("input");
    }
}
