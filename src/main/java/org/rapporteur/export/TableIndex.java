package org.rapporteur.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the first row of a table holding given values in given columns: where a link from a figure to its evidence
 * points. The (table, columns) pairs that links will look up are registered first; each table's rows are then indexed
 * as they are written, keeping only the first row of each distinct key (so the index grows with the keys, not the
 * rows). A link can point only to rows written before it.
 */
final class TableIndex {

    /** Per table, the column lists links look up, each with its index: first row by key. */
    private final Map<String, Map<List<String>, Map<String, Integer>>> indexes = new HashMap<>();

    /** Makes the target of a link rule findable. */
    void register(LinkRule rule) {
        indexes.computeIfAbsent(rule.targetTable(), k -> new LinkedHashMap<>())
                .computeIfAbsent(rule.targetKeys(), k -> new HashMap<>());
    }

    /**
     * Indexes a data row (0-based, header excluded) of a table as it is written. A key is kept as one string (each
     * value prefixed by its length, so no two lists of values give the same string), not as a list of strings: the
     * index holds a key for every meeting and topic of the archive.
     */
    void add(String table, List<String> header, List<Object> row, int rowIndex) {
        add(table, header, i -> CsvTableWriter.text(row.get(i)), row.size(), rowIndex);
    }

    /** As {@link #add}, the row given as its cells' CSV texts ({@link CsvTableWriter#text}), as its file has them. */
    void addTexts(String table, List<String> header, List<String> texts, int rowIndex) {
        add(table, header, texts::get, texts.size(), rowIndex);
    }

    private void add(String table, List<String> header, java.util.function.IntFunction<String> text, int cells,
                     int rowIndex) {
        Map<List<String>, Map<String, Integer>> keys = indexes.get(table);
        if (keys == null) {
            return;
        }
        for (Map.Entry<List<String>, Map<String, Integer>> index : keys.entrySet()) {
            StringBuilder key = new StringBuilder();
            for (String column : index.getKey()) {
                int i = header.indexOf(column);
                append(key, i < 0 || i >= cells ? "" : text.apply(i));
            }
            index.getValue().putIfAbsent(key.toString(), rowIndex);
        }
    }

    /** Whether links look up rows of this table. */
    boolean covers(String table) {
        return indexes.containsKey(table);
    }

    /** The 0-based data row (header excluded) of the first row with those values, if any. */
    Optional<Integer> firstRow(String table, List<String> columns, List<String> values) {
        Map<String, Integer> index = indexes.getOrDefault(table, Map.of()).get(columns);
        if (index == null) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        values.forEach(v -> append(key, v));
        return Optional.ofNullable(index.get(key.toString()));
    }

    private static void append(StringBuilder key, String value) {
        key.append(value.length()).append(':').append(value);
    }

    /** The values a link rule looks up for one cell of a row. */
    static List<String> keyValues(LinkRule rule, List<String> header, List<Object> row, int column) {
        List<String> values = new ArrayList<>();
        for (String key : rule.sourceKeys()) {
            if (LinkRule.isLiteral(key)) {
                values.add(CellText.neutralise(key.substring(1)));
            } else if (key.equals(LinkRule.HEADER)) {
                values.add(CellText.neutralise(header.get(column)));
            } else {
                int i = header.indexOf(key);
                values.add(i < 0 || i >= row.size() ? "" : CsvTableWriter.text(row.get(i)));
            }
        }
        return values;
    }
}
