package org.rapporteur.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.store.FactStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The input folder is listed once per run of the job, whatever the number of partitions that ask. */
class IngestSnapshotTest {

    @TempDir
    Path input;

    @Test
    void oneRunListsTheFolderOnceAndTheNextRunListsItAgain() throws Exception {
        Files.createDirectories(input.resolve("reports"));
        Files.writeString(input.resolve("reports/first-report.txt"), "1. A paragraph.");
        IngestSnapshot snapshot = new IngestSnapshot(store());

        IngestSnapshot.Snapshot taken = snapshot.of(7, input);
        Files.writeString(input.resolve("reports/second-report.txt"), "1. Another paragraph.");

        assertThat(snapshot.of(7, input)).as("the same run: the same listing").isSameAs(taken);
        assertThat(taken.files()).extracting(InputFile::source).containsExactly("first-report.txt");
        assertThat(snapshot.of(8, input).files()).as("the next run lists the folder again")
                .extracting(InputFile::source).containsExactly("first-report.txt", "second-report.txt");
    }

    @Test
    void aReleasedSnapshotIsTakenAgainWhenAskedFor() throws Exception {
        Files.createDirectories(input.resolve("reports"));
        Files.writeString(input.resolve("reports/first-report.txt"), "1. A paragraph.");
        IngestSnapshot snapshot = new IngestSnapshot(store());
        IngestSnapshot.Snapshot taken = snapshot.of(3, input);

        snapshot.release(3);

        assertThat(snapshot.of(3, input)).isNotSameAs(taken);
        assertThat(snapshot.of(3, input).known()).as("nothing stored yet").isEmpty();
    }

    private static FactStore store() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:hsqldb:mem:ingest-snapshot-" + System.nanoTime(), "SA", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new FactStore(new JdbcTemplate(dataSource));
    }
}
