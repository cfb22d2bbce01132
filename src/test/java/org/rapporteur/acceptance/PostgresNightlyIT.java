package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job against a real PostgreSQL server, with the same schema as the embedded database: the jar is run with
 * {@code --db jdbc:postgresql://…} and the user and password in the environment, and its exports are byte for byte
 * those of a run on HSQLDB over the same inputs. {@code .ci/run} installs and starts the server and sets
 * {@code RAPPORTEUR_TEST_POSTGRES_REQUIRED=true}, so in CI this test runs and never skips; elsewhere it is skipped
 * when no server answers (see the README for running it locally).
 */
class PostgresNightlyIT {

    static final String URL = env("RAPPORTEUR_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/rapporteur_test");
    static final String USER = env("RAPPORTEUR_TEST_POSTGRES_USER", "rapporteur");
    static final String PASSWORD = env("RAPPORTEUR_TEST_POSTGRES_PASSWORD", "rapporteur");
    static final boolean REQUIRED = "true".equals(System.getenv("RAPPORTEUR_TEST_POSTGRES_REQUIRED"));

    @TempDir
    Path work;

    @BeforeEach
    void aServerAnswersAndItsSchemaIsEmptied() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS public CASCADE");
            sql.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            if (REQUIRED) {
                throw e;
            }
            assumeThat(false).as("no PostgreSQL at %s (%s); see the README to run this test", URL, e.getMessage())
                    .isTrue();
        }
    }

    @Test
    void theNightlyJobOnPostgresqlGivesTheExportsOfTheEmbeddedDatabase() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        for (String name : new String[] {"final-report-small.txt", "deliberations-small.txt"}) {
            try (var in = getClass().getResourceAsStream("/inputs/" + name)) {
                Files.copy(in, input.resolve("reports").resolve(name));
            }
        }
        Files.write(input.resolve("reports/empty.txt"), new byte[0]);
        Path onPostgres = work.resolve("postgres");
        Path onHsqldb = work.resolve("hsqldb");

        Result first = run(input, onPostgres, URL);
        assertThat(first.code()).as(first.output()).isEqualTo(3);
        assertThat(run(input, onHsqldb, null).code()).isEqualTo(3);
        CrashRecoveryTest.assertSameExports(onPostgres, onHsqldb);

        Result unchanged = run(input, onPostgres, URL);
        assertThat(unchanged.output()).contains("Nothing changed since the last run");

        Files.delete(input.resolve("reports/empty.txt"));
        Files.writeString(input.resolve("reports/final-report-small.txt"), Files.readString(input.resolve(
                "reports/final-report-small.txt")).replace("Geneva", "Nairobi"), StandardCharsets.UTF_8);
        Result changed = run(input, onPostgres, URL);
        assertThat(changed.code()).as(changed.output()).isZero();
        assertThat(changed.output()).contains("Read 1 new or changed input(s), 1 unchanged, 1 removed");
        assertThat(Files.readString(onPostgres.resolve("meetings.csv"))).contains("Nairobi").doesNotContain("Geneva");
        assertThat(run(input, onHsqldb, null).code()).isZero();
        CrashRecoveryTest.assertSameExports(onPostgres, onHsqldb);
    }

    @Test
    void aWrongPasswordIsSaidInTwoLinesWithoutAStackTrace() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        try (var in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, input.resolve("reports/final-report-small.txt"));
        }
        Path output = work.resolve("output");

        Result run = run(input, output, URL, "not-the-password");

        assertThat(run.code()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("rapporteur: cannot use the database " + URL + ": ",
                "rapporteur: check --db, and the user and password in SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD; the details are in the run's log file")
                .doesNotContain("\tat ", "not-the-password");
        assertThat(output.resolve("meetings.csv")).doesNotExist();
    }

    private record Result(int code, String output) {
    }

    private Result run(Path input, Path output, String db) throws Exception {
        return run(input, output, db, PASSWORD);
    }

    private Result run(Path input, Path output, String db, String password) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile(work, "run", ".log");
        ProcessBuilder builder = db == null
                ? new ProcessBuilder(java, "-jar", "target/rapporteur.jar", "nightly", "--input", input.toString(),
                        "--output", output.toString())
                : new ProcessBuilder(java, "-jar", "target/rapporteur.jar", "nightly", "--input", input.toString(),
                        "--output", output.toString(), "--db", db);
        if (db != null) {
            // credentials from the environment, never the command line
            builder.environment().put("SPRING_DATASOURCE_USERNAME", USER);
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", password);
        }
        builder.redirectInput(new File("/dev/null")).redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(log));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
