package org.rapporteur.positions.learned;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentence vectors with a cache by sentence text (bounded, least recently used first out), so that a sentence met
 * again (in another report, or in a changed report) is never embedded twice in a JVM; and counters of the model's
 * cost for the benchmark. {@link #prefetch} embeds many sentences in one batch.
 */
public final class SentenceVectors {

    private final SentenceEmbedder embedder;
    private final Map<String, float[]> cache;
    private long embedded;
    private long embedNanos;
    private long hits;

    public SentenceVectors(SentenceEmbedder embedder, int capacity) {
        this.embedder = embedder;
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
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
        List<String> list = new ArrayList<>(missing);
        for (int from = 0; from < list.size(); from += 64) {
            List<String> batch = list.subList(from, Math.min(list.size(), from + 64));
            long start = System.nanoTime();
            List<float[]> vectors = embedder.embed(batch);
            embedNanos += System.nanoTime() - start;
            embedded += batch.size();
            for (int i = 0; i < batch.size(); i++) {
                cache.put(batch.get(i), vectors.get(i));
            }
        }
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
}
