package org.rapporteur.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.rapporteur.positions.learned.SentenceEmbedder;
import org.rapporteur.positions.learned.SentenceVectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

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
}
