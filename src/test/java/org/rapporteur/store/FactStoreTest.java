package org.rapporteur.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.rapporteur.inputs.InputFacts;
import org.rapporteur.inputs.InputKind;
import org.rapporteur.inputs.ReadOutcome;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.report.ReportParser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Storing an input replaces whatever it said before, whether it was stored before or is new. */
class FactStoreTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private final JdbcTemplate jdbc = store("fact-store-test-" + System.nanoTime());
    private final FactStore store = new FactStore(jdbc);

    @Test
    void anInputStoredAgainKeepsOnlyWhatItSaysNow() {
        store.replace(InputKind.REPORT, "r.txt", "v1", report("r.txt", "Brazil, Chile and Peru"));
        store.replace(InputKind.REPORT, "r.txt", "v2", report("r.txt", "Brazil"));

        assertThat(jdbc.queryForList("SELECT entity_code FROM participation WHERE source = 'r.txt' ORDER BY entity_code",
                String.class)).containsExactly("BRA");
        assertThat(jdbc.queryForList("SELECT fingerprint FROM input_document", String.class)).containsExactly("v2");
    }

    @Test
    void anInputRejectedAfterBeingReadKeepsNoFactAndOnlyItsNewFindings() {
        store.replace(InputKind.REPORT, "r.txt", "v1", report("r.txt", "Brazil and Chile"));
        store.replace(InputKind.REPORT, "r.txt", "v2", new ReadOutcome.Rejected("1".repeat(64),
                List.of(Finding.inFile(FindingCode.PARSER_FAILURE, "unreadable"))));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participation", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_report", Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT code FROM data_quality", String.class)).containsExactly("PARSER_FAILURE");
    }

    @Test
    void aNewInputLeavesTheOthersAsTheyWere() {
        store.replace(InputKind.REPORT, "a.txt", "v1", report("a.txt", "Brazil and Chile"));
        store.replace(InputKind.REPORT, "b.txt", "v1", report("b.txt", "Peru"));

        assertThat(jdbc.queryForList("SELECT source || ' ' || entity_code FROM participation ORDER BY 1",
                String.class)).containsExactly("a.txt BRA", "a.txt CHL", "b.txt PER");
    }

    private static ReadOutcome report(String source, String speakers) {
        String text = "XYZ/EG.1/2024/3\n1. Statements were made by experts of the following States: " + speakers + ".\n";
        return new ReadOutcome.Read("0".repeat(64),
                new InputFacts.OfReport(PARSER.parse(source, text), ReportPositions.NONE));
    }

    private static JdbcTemplate store(String name) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:hsqldb:mem:" + name, "SA", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
