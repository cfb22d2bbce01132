package org.rapporteur.job;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hashes of jars kept in the store (table {@code code_fingerprint}), so that a run of the same jar does not hash it
 * again. A store that cannot keep them costs the hash, never the run.
 */
final class StoredCodeFingerprints implements CodeFingerprint.Cache {

    private static final Logger log = LoggerFactory.getLogger(StoredCodeFingerprints.class);

    private final JdbcTemplate jdbc;

    StoredCodeFingerprints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> get(String location, long size, long modifiedNanos) {
        try {
            return jdbc.queryForList("SELECT fingerprint FROM code_fingerprint WHERE location = ? AND file_size = ? "
                    + "AND file_modified = ?", String.class, location, size, modifiedNanos).stream().findFirst();
        } catch (DataAccessException e) {
            log.debug("The code's fingerprint could not be read from the store: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String location, long size, long modifiedNanos, String hash) {
        try {
            jdbc.update("DELETE FROM code_fingerprint WHERE location = ?", location);
            jdbc.update("INSERT INTO code_fingerprint (location, file_size, file_modified, fingerprint) "
                    + "VALUES (?, ?, ?, ?)", location, size, modifiedNanos, hash);
        } catch (DataAccessException e) {
            log.debug("The code's fingerprint could not be kept in the store: {}", e.getMessage());
        }
    }
}
