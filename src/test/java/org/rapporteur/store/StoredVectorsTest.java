package org.rapporteur.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.positions.learned.SentenceEmbedder;
import org.rapporteur.positions.learned.SentenceVectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Sentence vectors kept in the store: a sentence embedded in one run is not embedded in the next. */
class StoredVectorsTest {

    /** An embedder that records what it was asked to embed; its vectors are on the store's 1/4096 grid. */
    static final class CountingEmbedder implements SentenceEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public String modelId() {
            return "counting@1";
        }

        @Override
        public List<float[]> embed(List<String> sentences) {
            asked.addAll(sentences);
            return sentences.stream().map(s -> new float[] {s.length() / 4096f, -1f, 0.5f, 0.25f}).toList();
        }
    }

    @Test
    void aSentenceEmbeddedInOneRunIsReadFromTheStoreInTheNext() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:hsqldb:mem:stored-vectors", "SA", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        StoredVectors store = new StoredVectors(new JdbcTemplate(dataSource),
                new DataSourceTransactionManager(dataSource));

        CountingEmbedder first = new CountingEmbedder();
        SentenceVectors run1 = new SentenceVectors(first, 100);
        run1.persistTo(store);
        run1.prefetch(List.of("Many speakers supported the proposal.", "Some speakers opposed it."));
        assertThat(first.asked).containsExactly("Many speakers supported the proposal.", "Some speakers opposed it.");
        store.close(); // the run ends: its queued vectors are written
        store = new StoredVectors(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));

        // the next run (a new JVM: an empty cache) reads a report again in which one sentence changed
        CountingEmbedder second = new CountingEmbedder();
        SentenceVectors run2 = new SentenceVectors(second, 100);
        run2.persistTo(store);
        run2.prefetch(List.of("Many speakers supported the proposal.", "Some speakers rejected it."));
        assertThat(second.asked).containsExactly("Some speakers rejected it.");
        assertThat(run2.fromStore()).isEqualTo(1);
        assertThat(run2.vector("Many speakers supported the proposal."))
                .containsExactly(37 / 4096f, -1f, 0.5f, 0.25f);

        // another model's vectors are not taken for this one's
        assertThat(store.load("other@2", List.of("Many speakers supported the proposal."))).isEmpty();
        assertThat(store.load("counting@1", List.of("Some speakers opposed it."))).containsOnlyKeys(
                "Some speakers opposed it.");
    }

    /**
     * A worker reads vectors inside its chunk's open transaction while HSQLDB's checkpoint waits for that transaction
     * to end: the read goes on in the worker's transaction (a second transaction on the worker's thread would wait
     * for the checkpoint, which waits for the worker: the run hung at 700 reports).
     */
    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aReadInsideAnOpenTransactionGoesOnWhileACheckpointWaitsForIt(@TempDir Path folder) throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:hsqldb:file:" + folder.resolve("db")
                + ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached;shutdown=true", "SA", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        try (StoredVectors before = new StoredVectors(jdbc, transactions)) {
            before.save("counting@1", java.util.Map.of("Many speakers supported the proposal.",
                    new float[] {0.25f, -1f}));
        }
        StoredVectors store = new StoredVectors(jdbc, transactions);
        Thread checkpoint = new Thread(() -> jdbc.execute("CHECKPOINT"), "checkpoint");
        Map<String, float[]> read = new TransactionTemplate(transactions).execute(status -> {
            // the worker's chunk: it has written, so the checkpoint must wait for it to end
            jdbc.update("INSERT INTO sentence_vector (model_id, text_sha256, vector) VALUES ('other@2', 'x', 'AAA=')");
            checkpoint.start();
            waitUntilWaiting(checkpoint);
            return store.load("counting@1", List.of("Many speakers supported the proposal.", "Never stored."));
        });
        checkpoint.join(60_000);
        store.close();
        assertThat(read).containsOnlyKeys("Many speakers supported the proposal.");
        assertThat(read.get("Many speakers supported the proposal.")).containsExactly(0.25f, -1f);
        assertThat(checkpoint.isAlive()).isFalse();
    }

    private static void waitUntilWaiting(Thread thread) {
        for (int i = 0; i < 200 && thread.getState() != Thread.State.WAITING
                && thread.getState() != Thread.State.TERMINATED; i++) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
