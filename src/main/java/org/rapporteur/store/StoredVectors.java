package org.rapporteur.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.positions.learned.VectorStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The position classifier's sentence vectors kept in the store (table {@code sentence_vector}), by the SHA-256 of the
 * sentence text and the embedding model's id: a sentence embedded in one run is never embedded again in a later one.
 * Components are stored as multiples of 1/4096 (the grid the embedder rounds to), two bytes each, so nothing is lost.
 * Reads and writes run in a transaction of their own, so that they never join (or abort) an input's.
 */
public class StoredVectors implements VectorStore {

    private static final float GRID = 4096f;
    private static final int CHUNK = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public StoredVectors(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Map<String, float[]> load(String modelId, Collection<String> texts) {
        Map<String, String> byHash = new HashMap<>();
        texts.forEach(t -> byHash.put(sha256(t), t));
        List<String> hashes = new ArrayList<>(byHash.keySet());
        Map<String, float[]> out = new LinkedHashMap<>();
        ownTransaction.executeWithoutResult(status -> {
            for (int from = 0; from < hashes.size(); from += CHUNK) {
                List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                List<Object> args = new ArrayList<>();
                args.add(modelId);
                args.addAll(chunk);
                jdbc.query("SELECT text_sha256, vector FROM sentence_vector WHERE model_id = ? AND text_sha256 IN ("
                        + marks + ")", rs -> {
                            out.put(byHash.get(rs.getString(1)), decode(rs.getString(2)));
                        }, args.toArray());
            }
        });
        return out;
    }

    @Override
    public void save(String modelId, Map<String, float[]> vectors) {
        ownTransaction.executeWithoutResult(status -> {
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                String hash = sha256(e.getKey());
                Integer there = jdbc.queryForObject("SELECT COUNT(*) FROM sentence_vector WHERE model_id = ? "
                        + "AND text_sha256 = ?", Integer.class, modelId, hash);
                if (there == null || there == 0) {
                    jdbc.update("INSERT INTO sentence_vector (model_id, text_sha256, vector) VALUES (?, ?, ?)",
                            modelId, hash, encode(e.getValue()));
                }
            }
        });
    }

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
