package org.rapporteur.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.flywaydb.core.Flyway;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings the schema up to date at start: Flyway migrates and validates it, unless the database says it was last
 * migrated with the very scripts the jar holds now. After Flyway succeeds, the checksum of the scripts (their names and
 * bytes, and Flyway's version) is written to {@code schema_checksum}; a later start that reads the same checksum there
 * skips Flyway's scan of the class path, its validation of every script against the history and its history check,
 * which were about a sixth of the CPU of a run that reads little. Any other checksum, none, or no such table (a
 * database from before it, or a new one) runs Flyway as before.
 */
public final class SchemaMigration {

    /**
     * Where the migrations are, as {@code spring.flyway.locations} says: the SQL scripts and the Java migrations'
     * classes ({@code db.migration.V6__disk_backed_tables}), so that a new or changed one of either kind runs Flyway.
     */
    static final String SCRIPTS = "classpath*:db/migration/*";
    private static final String FLYWAY_VERSION = "org/flywaydb/core/internal/version.txt";

    private final String checksum;
    private final Consumer<Flyway> migrate;

    /**
     * @param checksum the checksum of the scripts at hand ({@link #checksumOfScripts()}); null: Flyway every time
     * @param migrate  what runs Flyway ({@link Flyway#migrate()})
     */
    public SchemaMigration(String checksum, Consumer<Flyway> migrate) {
        this.checksum = checksum;
        this.migrate = migrate;
    }

    /** Migrates with {@code flyway} unless its database holds this checksum; then records the checksum. */
    public void migrate(Flyway flyway) {
        JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        if (checksum != null && checksum.equals(stored(jdbc))) {
            return;
        }
        migrate.accept(flyway);
        if (checksum == null) {
            return;
        }
        jdbc.update("DELETE FROM schema_checksum");
        jdbc.update("INSERT INTO schema_checksum (checksum) VALUES (?)", checksum);
    }

    /** The checksum the database holds; null when it holds none or has no such table. */
    static String stored(JdbcTemplate jdbc) {
        try {
            List<String> rows = jdbc.queryForList("SELECT checksum FROM schema_checksum", String.class);
            return rows.size() == 1 ? rows.get(0) : null;
        } catch (DataAccessException e) {
            return null;
        }
    }

    /** The migrations' file names, in name order (SQL scripts and Java migrations' classes). */
    static List<String> scripts() {
        return Arrays.stream(resources()).map(Resource::getFilename).toList();
    }

    private static Resource[] resources() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver(SchemaMigration.class.getClassLoader())
                    .getResources(SCRIPTS);
            Resource[] files = Arrays.stream(scripts).filter(r -> r.getFilename() != null
                    && (r.getFilename().endsWith(".sql") || r.getFilename().endsWith(".class"))).toArray(Resource[]::new);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migrations " + SCRIPTS, e);
        }
    }

    /**
     * SHA-256 over the migrations' names and bytes, in name order, and Flyway's version; null when none is found
     * (then Flyway, which finds them its own way, runs every time rather than a migration going unseen).
     */
    public static String checksumOfScripts() {
        try {
            Resource[] scripts = resources();
            if (scripts.length == 0) {
                return null;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Resource script : scripts) {
                digest.update((script.getFilename() + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = script.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            try (InputStream version = Flyway.class.getClassLoader().getResourceAsStream(FLYWAY_VERSION)) {
                digest.update(("flyway " + (version == null ? "?" : new String(version.readAllBytes(),
                        StandardCharsets.UTF_8).strip())).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration scripts " + SCRIPTS, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
