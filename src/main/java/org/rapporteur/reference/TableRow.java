package org.rapporteur.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One data row of a reference table, read by column name. Every problem it reports names the file and the line,
 * because a bad reference row is a packaging error someone has to find and fix by hand.
 *
 * @param source the file the row comes from
 * @param line   the line where the row ends (rows never span lines in the shipped tables)
 * @param values column name to value, as written
 */
record TableRow(String source, long line, Map<String, String> values) {

    TableRow {
        values = Map.copyOf(values);
    }

    String origin() {
        return source + " line " + line;
    }

    /** The value, "" when the cell is empty. */
    String text(String column) {
        String value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no column " + column + " in " + source);
        }
        return value;
    }

    /** The value, which must not be blank. */
    String required(String column) {
        String value = text(column);
        if (value.isBlank()) {
            throw malformed(column + " is blank");
        }
        return value;
    }

    /** A {@code |}-separated list; an empty cell is an empty list, an empty item a mistake (a stray "|"). */
    List<String> list(String column) {
        String value = text(column);
        List<String> items = new ArrayList<>();
        if (value.isEmpty()) {
            return items;
        }
        for (String item : value.split("\\|", -1)) {
            if (item.isBlank()) {
                throw malformed(column + " has an empty item: '" + value + "'");
            }
            items.add(item.strip());
        }
        return items;
    }

    IllegalStateException malformed(String reason) {
        return new IllegalStateException(origin() + ": " + reason);
    }
}
