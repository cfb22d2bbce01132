package org.rapporteur.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.rapporteur.positions.learned.VectorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The position classifier's sentence vectors kept in the store (table {@code sentence_vector}), by the SHA-256 of the
 * sentence text and the embedding model's id: a sentence embedded in one run is never embedded again in a later one.
 * Components are stored as multiples of 1/4096 (the grid the embedder rounds to), two bytes each, so nothing is lost.
 *
 * <p>Reads run in the caller's transaction, under a savepoint (so that a failing read aborts nothing of the input's);
 * writes are queued and run by one thread of their own, in transactions of their own, in order. Never a second
 * transaction on a worker's thread while its chunk's is open: HSQLDB's checkpoint (when its log fills) waits for every
 * open transaction to end and holds new ones back, so a worker that opened one inside its chunk's waited for the
 * checkpoint, which waited for the worker's chunk: the run hung (seen at 700 reports with the model). The one writer
 * thread also means two workers that embedded the same new sentence never insert it twice. {@link #close} waits
 * for the queued writes.
 */
public class StoredVectors implements VectorStore, AutoCloseable {

    private static final float GRID = 4096f;

    private static final Logger LOG = LoggerFactory.getLogger(StoredVectors.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate ownTransaction;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sentence-vector-writer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean writeFailed;

    public StoredVectors(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * One look-up on the primary key per text, through one prepared statement. (A single query with {@code
     * text_sha256 IN (…)} was read by HSQLDB as a range over every vector of the model: each report's look-up scanned the
     * whole table, and the run grew with the square of the archive.)
     */
    @Override
    public Map<String, float[]> load(String modelId, Collection<String> texts) {
        Map<String, float[]> out = new LinkedHashMap<>();
        if (texts.isEmpty()) {
            return out;
        }
        savepoint.executeWithoutResult(status -> jdbc.execute((Connection connection) -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, modelId);
                for (String text : texts) {
                    select.setString(2, sha256(text));
                    try (ResultSet rs = select.executeQuery()) {
                        if (rs.next()) {
                            out.put(text, decode(rs.getString(1)));
                        }
                    }
                }
            }
            return null;
        }));
        return out;
    }

    /**
     * Queues the vectors for the writer thread, which inserts those not stored yet, in one batch and a transaction of
     * its own. A write that fails is logged once and the later ones are dropped: the store is a cache.
     */
    @Override
    public void save(String modelId, Map<String, float[]> vectors) {
        if (vectors.isEmpty() || writeFailed) {
            return;
        }
        Map<String, float[]> copy = new LinkedHashMap<>(vectors);
        writer.execute(() -> {
            if (writeFailed) {
                return;
            }
            try {
                insert(modelId, copy);
            } catch (RuntimeException e) {
                writeFailed = true;
                LOG.warn("Storing sentence vectors failed ({}); the run goes on without storing them", e.toString());
            }
        });
    }

    private void insert(String modelId, Map<String, float[]> vectors) {
        ownTransaction.executeWithoutResult(status -> jdbc.execute((Connection connection) -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT);
                 PreparedStatement insert = connection.prepareStatement(INSERT)) {
                select.setString(1, modelId);
                insert.setString(1, modelId);
                java.util.Set<String> batched = new java.util.HashSet<>();
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    String hash = sha256(e.getKey());
                    select.setString(2, hash);
                    boolean there;
                    try (ResultSet rs = select.executeQuery()) {
                        there = rs.next();
                    }
                    if (!there && batched.add(hash)) {
                        insert.setString(2, hash);
                        insert.setString(3, encode(e.getValue()));
                        insert.addBatch();
                    }
                }
                if (!batched.isEmpty()) {
                    insert.executeBatch();
                }
            }
            return null;
        }));
    }

    /** Waits for the queued writes (at most a minute), then stops the writer thread. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("Sentence vectors still being stored after a minute; the rest are left to the next run");
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static final String SELECT = "SELECT vector FROM sentence_vector WHERE model_id = ? AND text_sha256 = ?";
    private static final String INSERT = "INSERT INTO sentence_vector (model_id, text_sha256, vector) VALUES (?, ?, ?)";

    static String encode(float[] v) {
        ByteBuffer buffer = ByteBuffer.allocate(v.length * 2);
        for (float f : v) {
            buffer.putShort((short) Math.round(f * GRID));
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    static float[] decode(String text) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(text));
        float[] v = new float[buffer.capacity() / 2];
        for (int i = 0; i < v.length; i++) {
            v[i] = buffer.getShort() / GRID;
        }
        return v;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
