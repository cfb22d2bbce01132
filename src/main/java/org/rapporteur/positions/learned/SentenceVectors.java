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
 *
 * <p>Thread-safe, and no lock is held while the store is read or the model embeds: workers reading reports side by
 * side embed side by side (the embedder must be thread-safe). Two workers meeting the same new sentence at the same
 * moment may both embed it; a sentence's vector does not depend on the batch it is embedded in, so either is the same.
 */
public final class SentenceVectors {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceVectors.class);
    private static final int BATCH = 64;

    private final SentenceEmbedder embedder;
    private final Map<String, float[]> cache;
    private long embedded;
    private long embedNanos;
    private long hits;
    private long stored;
    private volatile VectorStore store;

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
    public void persistTo(VectorStore store) {
        this.store = store;
    }

    public String modelId() {
        return embedder.modelId();
    }

    /** Embeds, in batches, the sentences not in the cache. */
    public void prefetch(Collection<String> sentences) {
        fetch(sentences);
    }

    /** The vectors of these sentences: from the cache, else the store, else embedded now. */
    private Map<String, float[]> fetch(Collection<String> sentences) {
        Map<String, float[]> found = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        synchronized (this) {
            for (String s : sentences) {
                float[] v = cache.get(s);
                if (v != null) {
                    found.put(s, v);
                } else {
                    missing.add(s);
                }
            }
        }
        VectorStore kept = store;
        if (kept != null && !missing.isEmpty()) {
            try {
                Map<String, float[]> known = kept.load(embedder.modelId(), missing);
                found.putAll(known);
                missing.removeAll(known.keySet());
                synchronized (this) {
                    known.forEach(cache::put);
                    stored += known.size();
                }
            } catch (RuntimeException e) {
                storeFailed(e);
            }
        }
        List<String> list = new ArrayList<>(missing);
        Map<String, float[]> fresh = new LinkedHashMap<>();
        for (int from = 0; from < list.size(); from += BATCH) {
            List<String> batch = list.subList(from, Math.min(list.size(), from + BATCH));
            long start = System.nanoTime();
            List<float[]> vectors = embedder.embed(batch);
            long nanos = System.nanoTime() - start;
            for (int i = 0; i < batch.size(); i++) {
                fresh.put(batch.get(i), vectors.get(i));
            }
            synchronized (this) {
                embedNanos += nanos;
                embedded += batch.size();
                for (int i = 0; i < batch.size(); i++) {
                    cache.put(batch.get(i), vectors.get(i));
                }
            }
        }
        found.putAll(fresh);
        kept = store;
        if (kept != null && !fresh.isEmpty()) {
            try {
                kept.save(embedder.modelId(), fresh);
            } catch (RuntimeException e) {
                storeFailed(e);
            }
        }
        return found;
    }

    /** The store is a cache: when it fails, sentences are embedded as without it, and this is said once. */
    private synchronized void storeFailed(RuntimeException e) {
        if (store != null) {
            LOG.warn("The store of sentence vectors failed ({}); sentences are embedded without it", e.toString());
        }
        store = null;
    }

    public float[] vector(String sentence) {
        synchronized (this) {
            float[] v = cache.get(sentence);
            if (v != null) {
                hits++;
                return v;
            }
        }
        return fetch(List.of(sentence)).get(sentence);
    }

    /** Sentences embedded so far (cache misses). */
    public synchronized long embedded() {
        return embedded;
    }

    /** Time spent embedding, in nanoseconds (wall time, summed over the threads that embedded). */
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
