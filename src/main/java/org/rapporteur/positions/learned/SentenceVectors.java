package org.rapporteur.positions.learned;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors with a cache by sentence text (bounded, least recently used first out), so that a sentence met
 * again (in another report, or in a changed report) is never embedded twice in a JVM, and optionally a {@link
 * VectorStore} that keeps them across runs; and counters of the model's cost for the benchmark. {@link #prefetch}
 * embeds many sentences in one batch.
 */
public final class SentenceVectors {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceVectors.class);

    private final SentenceEmbedder embedder;
    private final Map<String, float[]> cache;
    private long embedded;
    private long embedNanos;
    private long hits;
    private long stored;
    private VectorStore store;

    public SentenceVectors(SentenceEmbedder embedder, int capacity) {
        this.embedder = embedder;
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Keeps vectors across runs in this store: read before embedding, written after. */
    public synchronized void persistTo(VectorStore store) {
        this.store = store;
    }

    public String modelId() {
        return embedder.modelId();
    }

    /** Embeds, in batches, the sentences not in the cache. */
    public synchronized void prefetch(Collection<String> sentences) {
        Set<String> missing = new LinkedHashSet<>();
        for (String s : sentences) {
            if (!cache.containsKey(s)) {
                missing.add(s);
            }
        }
        if (store != null && !missing.isEmpty()) {
            try {
                Map<String, float[]> known = store.load(embedder.modelId(), missing);
                known.forEach(cache::put);
                missing.removeAll(known.keySet());
                stored += known.size();
            } catch (RuntimeException e) {
                storeFailed(e);
            }
        }
        List<String> list = new ArrayList<>(missing);
        Map<String, float[]> fresh = new LinkedHashMap<>();
        for (int from = 0; from < list.size(); from += 64) {
            List<String> batch = list.subList(from, Math.min(list.size(), from + 64));
            long start = System.nanoTime();
            List<float[]> vectors = embedder.embed(batch);
            embedNanos += System.nanoTime() - start;
            embedded += batch.size();
            for (int i = 0; i < batch.size(); i++) {
                cache.put(batch.get(i), vectors.get(i));
                fresh.put(batch.get(i), vectors.get(i));
            }
        }
        if (store != null && !fresh.isEmpty()) {
            try {
                store.save(embedder.modelId(), fresh);
            } catch (RuntimeException e) {
                storeFailed(e);
            }
        }
    }

    /** The store is a cache: when it fails, sentences are embedded as without it, and this is said once. */
    private void storeFailed(RuntimeException e) {
        LOG.warn("The store of sentence vectors failed ({}); sentences are embedded without it", e.toString());
        store = null;
    }

    public synchronized float[] vector(String sentence) {
        float[] v = cache.get(sentence);
        if (v != null) {
            hits++;
            return v;
        }
        prefetch(List.of(sentence));
        return cache.get(sentence);
    }

    /** Sentences embedded so far (cache misses). */
    public synchronized long embedded() {
        return embedded;
    }

    /** Time spent embedding, in nanoseconds. */
    public synchronized long embedNanos() {
        return embedNanos;
    }

    public synchronized long cacheHits() {
        return hits;
    }

    /** Sentences whose vectors came from the store (embedded in an earlier run). */
    public synchronized long fromStore() {
        return stored;
    }
}
