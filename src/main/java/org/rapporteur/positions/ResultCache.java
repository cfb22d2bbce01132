package org.rapporteur.positions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The classifier's results kept by sentence text and the context it was read in (the topics and quantifier the
 * sentence before passed on, and the meeting's body series), least recently used first out: what the classifier
 * says of a sentence depends on nothing else, so a sentence met again in the same context (the procedural sentences
 * a body's reports repeat, word for word) is not read again. Belongs to one classifier, so to one codebook, model and
 * model use. Thread-safe; counts its hits for the benchmarks.
 */
final class ResultCache {

    private record Key(String text, SentenceContext context) {
    }

    private final int capacity;
    private final Map<Key, SentenceResult> results;
    private long hits;
    private long misses;

    /** @param capacity the most results kept; 0 keeps none */
    ResultCache(int capacity) {
        this.capacity = capacity;
        this.results = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SentenceResult> eldest) {
                return size() > capacity;
            }
        };
    }

    int capacity() {
        return capacity;
    }

    /** The result kept for this (stripped) sentence read after this context, or null. */
    synchronized SentenceResult get(String text, SentenceContext context) {
        if (capacity == 0) {
            misses++;
            return null;
        }
        SentenceResult known = results.get(new Key(text, context));
        if (known == null) {
            misses++;
        } else {
            hits++;
        }
        return known;
    }

    synchronized void put(String text, SentenceContext context, SentenceResult result) {
        if (capacity > 0) {
            results.put(new Key(text, context), result);
        }
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
