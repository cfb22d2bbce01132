package org.rapporteur.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first row of a table holding given values in given columns: where a link from a figure to its evidence
 * points. The (table, columns) pairs that links will look up are registered first; each table's rows are then indexed
 * as they are written, keeping only the first row of each distinct key (so the index grows with the keys, not the
 * rows). A link can point only to rows written before it.
 */
final class TableIndex {

    private final Map<String, Set<List<String>>> keysOf = new HashMap<>();
    private final Map<String, Map<List<String>, Integer>> indexes = new HashMap<>();

    /** Makes the target of a link rule findable. */
    void register(LinkRule rule) {
        keysOf.computeIfAbsent(rule.targetTable(), k -> new LinkedHashSet<>()).add(rule.targetKeys());
    }

    /** Indexes a data row (0-based, header excluded) of a table as it is written. */
    void add(String table, List<String> header, List<Object> row, int rowIndex) {
        Set<List<String>> keys = keysOf.get(table);
        if (keys == null) {
            return;
        }
        for (List<String> columns : keys) {
            List<String> key = new ArrayList<>(columns.size());
            for (String column : columns) {
                int i = header.indexOf(column);
                key.add(i < 0 || i >= row.size() ? "" : CsvTableWriter.text(row.get(i)));
            }
            indexes.computeIfAbsent(id(table, columns), k -> new HashMap<>()).putIfAbsent(key, rowIndex);
        }
    }

    /** The 0-based data row (header excluded) of the first row with those values, if any. */
    Optional<Integer> firstRow(String table, List<String> columns, List<String> values) {
        Map<List<String>, Integer> index = indexes.get(id(table, columns));
        return index == null ? Optional.empty() : Optional.ofNullable(index.get(values));
    }

    private static String id(String table, List<String> columns) {
        return table + "\u0000" + String.join("\u0000", columns);
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
