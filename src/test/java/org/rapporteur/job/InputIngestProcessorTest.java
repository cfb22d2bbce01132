package org.rapporteur.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputKind;
import org.rapporteur.inputs.InputReader;
import org.rapporteur.inputs.InputReaders;
import org.rapporteur.inputs.ReadOutcome;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.store.FactStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An input that fails while the run is being stopped by SIGTERM is not stored as rejected (the next run reads it
 * again); the same failure in a run going on is stored as the file's.
 */
class InputIngestProcessorTest {

    @TempDir
    Path dir;

    @Test
    void aReportThatFailsWhileTheRunIsStoppingIsLeftForTheNextRun() throws Exception {
        InputFile report = report();

        assertThat(processor(true).process(report)).as("filtered: nothing stored, read again next time").isNull();
    }

    @Test
    void theSameFailureInARunGoingOnRejectsTheFile() throws Exception {
        InputFile report = report();

        IngestedInput ingested = processor(false).process(report);

        assertThat(ingested).isNotNull();
        assertThat(ingested.outcome()).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(ingested.outcome().findings()).extracting(Finding::code)
                .containsExactly(FindingCode.PARSER_FAILURE);
    }

    private InputFile report() throws Exception {
        Path file = Files.writeString(dir.resolve("some-report.txt"), "1. A paragraph.");
        return new InputFile(InputKind.REPORT, "some-report.txt", file);
    }

    private static InputIngestProcessor processor(boolean stopping) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:hsqldb:mem:ingest-processor-" + stopping, "SA", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        FactStore store = new FactStore(new JdbcTemplate(dataSource));
        List<InputReader> readers = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            readers.add(new InputReader() {
                @Override
                public InputKind kind() {
                    return kind;
                }

                @Override
                public ReadOutcome read(InputFile file) {
                    // what a model that cannot start during the JVM's shutdown gives, through ReportFileReader
                    return new ReadOutcome.Rejected("", List.of(Finding.inFile(FindingCode.PARSER_FAILURE,
                            "Reading the report failed (IllegalStateException): please report this file")));
                }
            });
        }
        return new InputIngestProcessor(new InputReaders(readers.toArray(InputReader[]::new)),
                new KnownInputs(store, "code", false), "code", () -> stopping);
    }
}
