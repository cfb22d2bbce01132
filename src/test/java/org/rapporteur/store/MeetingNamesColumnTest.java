package org.rapporteur.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The names a list gives its meeting, strongest first: meeting_symbol holds the strongest alone and meeting_names all
 * of them (V11); a database written before, with the names joined in meeting_symbol, is split by the migration, and
 * the reader gives the joined names back either way.
 */
class MeetingNamesColumnTest {

    private static final String JOINED = "XY/QRS/2031/INF/1 | XY/QRS 4 | QRS4";

    @Test
    void aDatabaseWrittenBeforeIsSplitAndReadBackAsBefore() {
        DriverManagerDataSource data = new DriverManagerDataSource("jdbc:hsqldb:mem:meeting-names", "SA", "");
        Flyway.configure().dataSource(data).locations("classpath:db/migration").target("10").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(data);
        jdbc.update("INSERT INTO delegate (source, line, meeting_symbol, delegation_as_written, entity_code, entity_name, "
                + "entity_type, regional_group, delegation_type, title, first_name, last_name, position_title, gender, "
                + "head_of_delegation, checked_in) VALUES ('participants/a.csv', 2, ?, 'Chile', 'CHL', 'Chile', "
                + "'MEMBER_STATE', '', '', 'Ms.', 'Ana', 'Rojas', '', 'WOMAN', TRUE, NULL)", JOINED);
        jdbc.update("INSERT INTO delegate (source, line, meeting_symbol, delegation_as_written, entity_code, entity_name, "
                + "entity_type, regional_group, delegation_type, title, first_name, last_name, position_title, gender, "
                + "head_of_delegation, checked_in) VALUES ('participants/b.csv', 2, 'XY/QRS/2031/9', 'Peru', 'PER', "
                + "'Peru', 'MEMBER_STATE', '', '', 'Mr.', 'Luis', 'Soto', '', 'MAN', FALSE, NULL)");
        jdbc.update("INSERT INTO statement_row (source, line, meeting_symbol, speaker_as_written, speaker_code, "
                + "speaker_name, speaker_type, speaker_group, behalf_code, behalf_name, behalf_type) VALUES "
                + "('statements/s.csv', 3, ?, 'Chile', 'CHL', 'Chile', 'MEMBER_STATE', '', '', '', '')", JOINED);

        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForList("SELECT source, meeting_symbol, meeting_names FROM delegate ORDER BY source"))
                .containsExactly(
                        Map.of("SOURCE", "participants/a.csv", "MEETING_SYMBOL", "XY/QRS/2031/INF/1",
                                "MEETING_NAMES", JOINED),
                        Map.of("SOURCE", "participants/b.csv", "MEETING_SYMBOL", "XY/QRS/2031/9", "MEETING_NAMES", ""));
        assertThat(jdbc.queryForObject("SELECT meeting_symbol FROM statement_row", String.class))
                .isEqualTo("XY/QRS/2031/INF/1");
        FactReader reader = new FactReader(jdbc);
        assertThat(reader.delegateSymbols()).extracting(FactSource.SourceSymbol::symbol).containsExactly(JOINED, "XY/QRS/2031/9");
        assertThat(reader.statementSymbols()).extracting(FactSource.SourceSymbol::symbol).containsExactly(JOINED);
    }

    @Test
    void theNamesColumnHoldsWholeNamesOnlyAndNothingForOne() {
        assertThat(FactStore.namesColumn("XY/QRS/2031/9")).isEmpty();
        assertThat(FactStore.namesColumn(JOINED)).isEqualTo(JOINED);
        String many = "XY/QRS/2031/INF/1 | " + "W".repeat(1990) + " | QRS4";
        assertThat(FactStore.namesColumn(many)).isEqualTo("XY/QRS/2031/INF/1").hasSizeLessThanOrEqualTo(2000);
    }
}
