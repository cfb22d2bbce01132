package org.rapporteur.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counts a report's lists give where it prints none: the entities listed per category and capacity, each once.
 * A count's place in attendance.csv is its {@link Key}.
 */
final class ListedCounts {

    private ListedCounts() {
    }

    /** A count's place in attendance.csv: the category, then the capacity (none first). */
    record Key(AttendanceCategory category, Capacity capacity) implements Comparable<Key> {
        private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparing(Key::category)
                .thenComparing(Key::capacity, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

        static Key of(AttendanceCount count) {
            return new Key(count.category(), count.capacity());
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** One count per category and capacity of the rows, in the order of the keys; at the paragraph first listing it. */
    static Map<Key, AttendanceCount> of(List<Participation> represented) {
        Map<Key, Set<String>> members = new TreeMap<>();
        Map<Key, AttendanceCount> counts = new TreeMap<>();
        for (Participation p : represented) {
            Key key = new Key(p.category(), p.capacity());
            String entity = p.entity().code().isEmpty() ? p.entity().name() : p.entity().code();
            members.computeIfAbsent(key, c -> new LinkedHashSet<>()).add(entity);
            AttendanceCount before = counts.get(key);
            counts.put(key, new AttendanceCount(before == null ? p.paragraph() : before.paragraph(),
                    p.category(), p.capacity(), members.get(key).size(),
                    (before != null && before.provisional()) || p.provisional(), AttendanceCount.Basis.LIST));
        }
        return counts;
    }
}
