package org.rapporteur.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a table's sheet shows columns other than its CSV file does: a column shown after another (an entity's name
 * beside its code), and columns only the sheet has, each computed from the row's values (a code's name, the sentence a
 * row comes from). The CSV file keeps its columns as they are: scripts read them. Plain data with functions: a sheet's
 * row is its CSV row's values rearranged, whether the row was built now or read back from an earlier CSV file.
 *
 * @param moved each column moved, and the column it follows on the sheet
 * @param added the sheet's own columns, in order
 */
public record SheetColumns(Map<String, String> moved, List<Added> added) {

    /** The sheet's columns are the CSV file's. */
    public static final SheetColumns SAME = new SheetColumns(Map.of(), List.of());

    public SheetColumns {
        moved = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(moved));
        added = List.copyOf(added);
    }

    /**
     * A value computed from a row: {@code row} gives a CSV column's value by its name (null for a column the table
     * does not have).
     */
    @FunctionalInterface
    public interface Derived {
        Object of(Function<String, Object> row);
    }

    /**
     * A column only the sheet shows.
     *
     * @param name    its name (what its prompt and the About sheet call it)
     * @param after   the column it follows; at the end when the table has no such column
     * @param meaning what it holds
     * @param value   its value in a row
     */
    public record Added(String name, String after, String meaning, Derived value) {
    }

    /** These columns, with {@code column} shown right after {@code after}. */
    public SheetColumns move(String column, String after) {
        Map<String, String> more = new LinkedHashMap<>(moved);
        more.put(column, after);
        return new SheetColumns(more, added);
    }

    /** These columns, with a column of the sheet's own after {@code after}. */
    public SheetColumns add(String name, String after, String meaning, Derived value) {
        List<Added> more = new ArrayList<>(added);
        more.add(new Added(name, after, meaning, value));
        return new SheetColumns(moved, more);
    }

    /** What the sheet's own columns hold, by name. */
    public Map<String, String> meanings() {
        Map<String, String> meanings = new LinkedHashMap<>();
        added.forEach(a -> meanings.put(a.name(), a.meaning()));
        return meanings;
    }

    /** The sheet's columns for a CSV file's {@code header}. */
    View view(List<String> header) {
        return new View(header, this);
    }

    /** A sheet's columns: its header and where each column's value comes from. */
    static final class View {
        private final List<String> header;
        /** Per sheet column: the CSV column it shows, or -1 - k for the k-th added column. */
        private final int[] from;
        private final List<Added> added;
        private final Map<String, Integer> csvIndex = new LinkedHashMap<>();
        private final boolean same;

        View(List<String> csv, SheetColumns columns) {
            for (int c = 0; c < csv.size(); c++) {
                csvIndex.putIfAbsent(csv.get(c), c);
            }
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < csv.size(); c++) {
                order.add(c);
            }
            columns.moved().forEach((column, after) -> {
                Integer moving = csvIndex.get(column);
                Integer anchor = csvIndex.get(after);
                if (moving != null && anchor != null && !moving.equals(anchor)) {
                    order.remove(moving);
                    order.add(order.indexOf(anchor) + 1, moving);
                }
            });
            added = columns.added();
            List<String> names = new ArrayList<>();
            order.forEach(c -> names.add(csv.get(c)));
            Set<Integer> placed = new HashSet<>();
            for (int k = 0; k < added.size(); k++) {
                int at = names.indexOf(added.get(k).after());
                if (at < 0) {
                    at = names.size();
                } else {
                    at++;
                    // after the columns added after the same one before it, in their order
                    while (at < names.size() && order.get(at) < 0 && placed.contains(order.get(at))
                            && added.get(-1 - order.get(at)).after().equals(added.get(k).after())) {
                        at++;
                    }
                }
                order.add(at, -1 - k);
                names.add(at, added.get(k).name());
                placed.add(-1 - k);
            }
            header = List.copyOf(names);
            from = order.stream().mapToInt(Integer::intValue).toArray();
            boolean identity = from.length == csv.size();
            for (int c = 0; identity && c < from.length; c++) {
                identity = from[c] == c;
            }
            same = identity;
        }

        /** The sheet's column names, in order. */
        List<String> header() {
            return header;
        }

        /** A CSV row's values as the sheet shows them. */
        List<Object> values(List<Object> csv) {
            if (same) {
                return csv;
            }
            Function<String, Object> byName = name -> {
                Integer c = csvIndex.get(name);
                Object value = c == null || c >= csv.size() ? null : csv.get(c);
                return value instanceof LinkedValue linked ? linked.value() : value;
            };
            List<Object> values = new ArrayList<>(from.length);
            for (int f : from) {
                values.add(f >= 0 ? (f < csv.size() ? csv.get(f) : null) : added.get(-1 - f).value().of(byName));
            }
            return values;
        }
    }
}
