package org.rapporteur.text;

import java.util.function.Function;

/**
 * The last values a thread computed from texts, kept by the texts' letters in a fixed number of slots (one per hash):
 * the parser's classes read the same sentences in turn, most of them as strings of their own with the same letters.
 * No lock and no growth; a text whose slot was taken by another is computed again.
 */
public final class ThreadMemo<V> {

    private final int size;
    private final Function<String, V> compute;
    private final ThreadLocal<Object[]> slots;

    /** @param size a power of two */
    public ThreadMemo(int size, Function<String, V> compute) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        this.size = size;
        this.compute = compute;
        this.slots = ThreadLocal.withInitial(() -> new Object[2 * size]);
    }

    public V get(String text) {
        Object[] kept = slots.get();
        int hash = text.hashCode();
        int slot = 2 * ((hash ^ (hash >>> 16)) & (size - 1));
        Object key = kept[slot];
        if (key != text && !text.equals(key)) {
            kept[slot] = text;
            kept[slot + 1] = compute.apply(text);
        }
        @SuppressWarnings("unchecked")
        V value = (V) kept[slot + 1];
        return value;
    }
}
