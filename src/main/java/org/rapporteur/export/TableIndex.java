package org.rapporteur.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the first row of a table holding given values in given columns: where a link from a figure to its evidence
 * points. One index per (table, columns), built on first use.
 */
final class TableIndex {

    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, Map<List<String>, Integer>> indexes = new HashMap<>();

    TableIndex(List<Table> tables) {
        tables.forEach(t -> this.tables.put(t.name(), t));
    }

    /** The 0-based data row (header excluded) of the first row with those values, if any. */
    Optional<Integer> firstRow(String table, List<String> columns, List<String> values) {
        Table target = tables.get(table);
        if (target == null) {
            return Optional.empty();
        }
        Map<List<String>, Integer> index = indexes.computeIfAbsent(table + "\u0000" + String.join("\u0000", columns),
                k -> build(target, columns));
        return Optional.ofNullable(index.get(values));
    }

    private static Map<List<String>, Integer> build(Table table, List<String> columns) {
        int[] at = columns.stream().mapToInt(c -> table.header().indexOf(c)).toArray();
        Map<List<String>, Integer> index = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            List<String> key = new ArrayList<>(at.length);
            for (int i : at) {
                key.add(i < 0 || i >= row.size() ? "" : CsvTableWriter.text(row.get(i)));
            }
            index.putIfAbsent(key, r);
        }
        return index;
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
