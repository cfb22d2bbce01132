package org.rapporteur.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.store.FactStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly job as Spring Batch runs it: bad inputs are reported and cost nothing else, unchanged inputs are not read
 * again, changed inputs replace their facts and removed inputs retire them.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:nightly-job-test")
class NightlyJobTest {

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;
    Path reports;
    Path output;

    @BeforeEach
    void emptyStoreAndFolders() throws IOException {
        for (String table : List.of("data_quality", "participation", "attendance_count", "agenda_item",
                "report_paragraph", "meeting_report", "input_document")) {
            jdbc.update("DELETE FROM " + table);
        }
        reports = Files.createDirectories(work.resolve("input/reports"));
        output = work.resolve("output");
    }

    @Test
    void badInputsAreRejectedOneFindingEachAndTheGoodReportIsExported() throws Exception {
        copyFixture("final-report-small.txt");
        Files.write(reports.resolve("empty.txt"), new byte[0]);
        Files.write(reports.resolve("random-bytes.txt"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, (byte) 0xff});
        Files.write(reports.resolve("latin1.txt"), "1. C\u00f4te d'Ivoire made a statement.".getBytes(
                StandardCharsets.ISO_8859_1));
        Files.writeString(reports.resolve("shopping-list.txt"), "Milk\nBread\nEggs\n");

        Run run = run();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> errors = jdbc.queryForList(
                "SELECT source, code FROM data_quality WHERE severity = 'ERROR' ORDER BY source");
        assertThat(errors).extracting(r -> r.get("SOURCE") + " " + r.get("CODE")).containsExactly(
                "empty.txt EMPTY_FILE", "latin1.txt NOT_A_REPORT", "random-bytes.txt UNSUPPORTED_FORMAT",
                "shopping-list.txt NOT_A_REPORT");
        assertThat(Files.readString(output.resolve("meetings.csv"))).contains("XYZ/EG.1/2024/3");
        assertThat(Files.readString(output.resolve("data-quality.csv")))
                .contains("latin1.txt,file,WARNING,ENCODING_GUESSED,Not UTF-8 (first invalid byte at offset 4): read as "
                        + "Windows-1252");
        assertThat(run.counts().rejected()).isEqualTo(4);
    }

    @Test
    void anUnchangedInputIsNotReadAgain() throws Exception {
        copyFixture("final-report-small.txt");
        assertThat(ingest(run()).getWriteCount()).isEqualTo(1);

        IngestCounts second = ingest(run());

        assertThat(second.getReadCount()).isEqualTo(1);
        assertThat(second.getFilterCount()).isEqualTo(1);
        assertThat(second.getWriteCount()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participation", Integer.class)).isEqualTo(4);
    }

    @Test
    void aSettledInputKeepsItsFileSizeAndTimeAndATouchedOneIsNotReadAgain() throws Exception {
        Path report = copyFixture("final-report-small.txt");
        Files.setLastModifiedTime(report, FileTime.from(Instant.now().minusSeconds(3600)));
        run();
        assertThat(storedStat()).containsExactly(Files.size(report), nanos(report));

        // same content, a new time (touched, copied back): hashed, found unchanged, its new time kept
        Files.setLastModifiedTime(report, FileTime.from(Instant.now().minusSeconds(600)));
        IngestCounts touched = ingest(run());

        assertThat(touched.getFilterCount()).isEqualTo(1);
        assertThat(touched.getWriteCount()).isZero();
        assertThat(storedStat()).containsExactly(Files.size(report), nanos(report));
    }

    @Test
    void aFileShowingItsStoredSizeAndTimeIsNotOpenedUnlessTheRunIsFull() throws Exception {
        Path report = copyFixture("final-report-small.txt");
        FileTime settled = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(report, settled);
        run();
        // the content changes, its size stays and its time is set back: only the content's hash could tell
        Files.writeString(report, Files.readString(report).replace("Brazil, Chile and Egypt", "Brazil, Chile and Ghana"));
        Files.setLastModifiedTime(report, settled);

        IngestCounts byStat = ingest(run());
        assertThat(byStat.getReadCount()).as("left out by its worker's reader, counted as the chunk loop counts an "
                + "unchanged input").isEqualTo(1);
        assertThat(byStat.getFilterCount()).isEqualTo(1);
        assertThat(byStat.getWriteCount()).isZero();
        assertThat(ingest(run(true)).getWriteCount()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT entity_code FROM participation WHERE role = 'STATEMENT' "
                + "ORDER BY entity_code", String.class)).containsExactly("BRA", "CHL", "GHA");
    }

    @Test
    void aChangedFileOfTheSameSizeIsReadAgain() throws Exception {
        Path report = copyFixture("final-report-small.txt");
        Files.setLastModifiedTime(report, FileTime.from(Instant.now().minusSeconds(3600)));
        run();
        Files.writeString(report, Files.readString(report).replace("Brazil, Chile and Egypt", "Brazil, Chile and Ghana"));
        Files.setLastModifiedTime(report, FileTime.from(Instant.now().minusSeconds(600)));

        assertThat(ingest(run()).getWriteCount()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT entity_code FROM participation WHERE role = 'STATEMENT' "
                + "ORDER BY entity_code", String.class)).containsExactly("BRA", "CHL", "GHA");
    }

    private List<Object> storedStat() {
        return jdbc.queryForList("SELECT file_size, file_modified FROM input_document").stream()
                .flatMap(r -> java.util.stream.Stream.of(r.get("FILE_SIZE"), r.get("FILE_MODIFIED"))).toList();
    }

    private static long nanos(Path file) throws IOException {
        return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    }

    @Test
    void aChangedInputReplacesItsFactsWithoutDuplicates() throws Exception {
        Path report = copyFixture("final-report-small.txt");
        run();
        Files.writeString(report, Files.readString(report).replace("Brazil, Chile and Egypt", "Brazil and Peru"));

        assertThat(ingest(run()).getWriteCount()).isEqualTo(1);

        assertThat(jdbc.queryForList("SELECT entity_code FROM participation WHERE role = 'STATEMENT' "
                + "ORDER BY entity_code", String.class)).containsExactly("BRA", "PER");
    }

    @Test
    void aRemovedInputRetiresItsFacts() throws Exception {
        Path report = copyFixture("final-report-small.txt");
        run();
        Files.delete(report);

        Run run = run();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_report", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participation", Integer.class)).isZero();
        assertThat(ExportFilesAssert.lines(output.resolve("meetings.csv"))).hasSize(1);
        assertThat(run.counts().retired()).isEqualTo(1);
    }

    @Test
    void theStoreIsNeverLeftWithHalfAReport() throws Exception {
        copyFixture("final-report-small.txt");
        run();
        FactStore store = new FactStore(jdbc);
        assertThat(store.inputs(org.rapporteur.inputs.InputKind.REPORT)).singleElement()
                .satisfies(i -> assertThat(i.rejected()).isFalse());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_paragraph", Integer.class)).isEqualTo(4);
    }

    /**
     * Runs the job. Returns a wrapper, not the JobExecution: @SpringBatchTest takes any method returning a JobExecution
     * or StepExecution for a factory of the job and step scopes.
     */
    private Run run() throws Exception {
        return run(false);
    }

    private Run run(boolean full) throws Exception {
        JobParameters parameters = jobs.getUniqueJobParametersBuilder()
                .addString(NightlyJobConfiguration.INPUT, work.resolve("input").toString())
                .addString(NightlyJobConfiguration.OUTPUT, output.toString())
                .addString(NightlyJobConfiguration.FULL, String.valueOf(full))
                .toJobParameters();
        return new Run(jobs.startJob(parameters));
    }

    record Run(JobExecution execution) {
        BatchStatus getStatus() {
            return execution.getStatus();
        }

        RunCounts counts() {
            return RunCounts.parse(execution.getExecutionContext().getString(RunCounts.KEY));
        }
    }

    /** The ingest step's counts (not the StepExecution itself, which @SpringBatchTest would take for a factory). */
    private static IngestCounts ingest(Run run) {
        StepExecution step = run.execution().getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(NightlyJobConfiguration.INGEST_STEP)).findFirst().orElseThrow();
        return new IngestCounts(step.getReadCount(), step.getFilterCount(), step.getWriteCount());
    }

    record IngestCounts(long getReadCount, long getFilterCount, long getWriteCount) {
    }

    private Path copyFixture(String name) throws IOException {
        Path target = reports.resolve(name);
        try (var in = getClass().getResourceAsStream("/inputs/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** Small helpers to read exports in this package. */
    static final class ExportFilesAssert {
        static List<String> lines(Path file) throws IOException {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
    }
}
