package org.rapporteur.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.ReportParser;
import org.rapporteur.store.FactStore;
import org.rapporteur.inputs.InputFacts;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputKind;
import org.rapporteur.inputs.ReadOutcome;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A report the database refuses is rolled back alone and recorded as rejected; the others in its chunk are stored. */
class FactStoreWriterTest {

    @Test
    void aReportTheDatabaseRefusesIsRejectedAndTheOthersAreStored() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:hsqldb:mem:writer-test", "SA", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        FactStore refusing = new FactStore(jdbc) {
            @Override
            public void replace(InputKind kind, String source, String fingerprint, ReadOutcome outcome) {
                super.replace(kind, source, fingerprint, outcome);
                if (source.equals("bad.txt") && outcome instanceof ReadOutcome.Read) {
                    throw new DataIntegrityViolationException("value too long");
                }
            }
        };
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        FactStoreWriter writer = new FactStoreWriter(refusing, transactions, 7L);
        ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));
        String text = "XYZ/EG.1/2024/3\n1. Statements were made by experts of the following States: Brazil and Chile.\n"
                + "2. The meeting was attended by representatives of 12 Member States.\n";

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                writer.write(new Chunk<>(List.of(item("good.txt", parser.parse("good.txt", text)),
                        item("bad.txt", parser.parse("bad.txt", text)))));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        assertThat(jdbc.queryForList("SELECT source FROM meeting_report", String.class)).containsExactly("good.txt");
        assertThat(jdbc.queryForList("SELECT DISTINCT source FROM participation", String.class))
                .containsExactly("good.txt");
        assertThat(jdbc.queryForList("SELECT source || ' ' || code FROM data_quality WHERE severity = 'ERROR'",
                String.class)).containsExactly("bad.txt PARSER_FAILURE");
        assertThat(jdbc.queryForObject("SELECT rejected FROM input_document WHERE source = 'bad.txt'", Boolean.class))
                .isTrue();
        // both are recorded as read by this run (job execution 7), for the run's manifest
        assertThat(jdbc.queryForList("SELECT source || ' ' || read_in_run FROM input_document ORDER BY source",
                String.class)).containsExactly("bad.txt 7", "good.txt 7");
    }

    @Test
    void anInputIsRecordedAsReadByTheRunWithItsFileStatOrWithoutOne() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:hsqldb:mem:writer-stat-test", "SA", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        FactStoreWriter writer = new FactStoreWriter(new FactStore(jdbc), transactions, 9L);
        ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));
        String text = "XYZ/EG.1/2024/3\n1. Statements were made by experts of the following States: Brazil.\n";
        IngestedInput withStat = new IngestedInput(item("stat.txt", parser.parse("stat.txt", text)).file(), "test",
                item("stat.txt", parser.parse("stat.txt", text)).outcome(),
                new org.rapporteur.inputs.FileStat(1234L, 5678L));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                writer.write(new Chunk<>(List.of(withStat, item("nostat.txt", parser.parse("nostat.txt", text)))));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        assertThat(jdbc.queryForList("SELECT source || ' ' || read_in_run || ' ' || COALESCE(CAST(file_size AS "
                + "VARCHAR(20)), '-') || ' ' || COALESCE(CAST(file_modified AS VARCHAR(20)), '-') || ' ' || "
                + "(read_at IS NOT NULL) FROM input_document ORDER BY source", String.class))
                .containsExactly("nostat.txt 9 - - TRUE", "stat.txt 9 1234 5678 TRUE");
    }

    private static IngestedInput item(String source, MeetingReport report) {
        return new IngestedInput(new InputFile(InputKind.REPORT, source, java.nio.file.Path.of(source)), "test",
                new ReadOutcome.Read("0".repeat(64), new InputFacts.OfReport(report, ReportPositions.NONE)));
    }
}
