package org.rapporteur.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Flyway runs on a new database and after the scripts changed; a database migrated with these very scripts skips it. */
class SchemaMigrationTest {

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            "jdbc:hsqldb:mem:schema-" + System.nanoTime(), "SA", "");
    private final Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final List<String> flywayRuns = new ArrayList<>();

    private SchemaMigration migration(String checksum) {
        return new SchemaMigration(checksum, f -> {
            flywayRuns.add(checksum);
            f.migrate();
        });
    }

    @Test
    void aNewDatabaseIsMigratedAndKeepsTheChecksumOfItsScripts() {
        migration("abc").migrate(flyway);

        assertThat(flywayRuns).containsExactly("abc");
        assertThat(jdbc.queryForList("SELECT checksum FROM schema_checksum", String.class)).containsExactly("abc");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_report", Integer.class)).isZero();
    }

    @Test
    void theSameScriptsAgainSkipFlywayAndOtherScriptsRunIt() {
        migration("abc").migrate(flyway);
        migration("abc").migrate(flyway);
        assertThat(flywayRuns).containsExactly("abc");

        migration("def").migrate(flyway);
        assertThat(flywayRuns).containsExactly("abc", "def");
        assertThat(jdbc.queryForList("SELECT checksum FROM schema_checksum", String.class)).containsExactly("def");
    }

    @Test
    void withoutAChecksumFlywayRunsEveryTime() {
        migration(null).migrate(flyway);
        migration(null).migrate(flyway);

        assertThat(flywayRuns).hasSize(2);
        assertThat(SchemaMigration.stored(jdbc)).isNull();
    }

    @Test
    void aDatabaseFromBeforeTheChecksumTableHoldsNone() {
        assertThat(SchemaMigration.stored(jdbc)).isNull();
    }

    @Test
    void theChecksumCoversTheSqlScriptsAndTheJavaMigrations() {
        assertThat(SchemaMigration.scripts()).contains("V1__meeting_facts.sql", "V6__disk_backed_tables.class",
                "V13__schema_checksum.sql").allMatch(name -> name.matches("V\\d+__\\w+\\.(sql|class)"));
    }

    @Test
    void theBundledScriptsAreFoundAndGiveOneChecksum() {
        String checksum = SchemaMigration.checksumOfScripts();
        assertThat(checksum).hasSize(64).isEqualTo(SchemaMigration.checksumOfScripts());
    }
}
