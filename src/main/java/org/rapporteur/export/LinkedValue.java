package org.rapporteur.export;

/**
 * A cell value that links to the row behind it: in the workbook the cell links to data row {@code row} (0-based, the
 * header not counted) of the sheet of {@code table}; in a CSV file it is its value alone.
 *
 * @param value what the cell shows (see {@link Table} for the value types)
 * @param table the table linked to
 * @param row   the data row linked to, from 0
 */
public record LinkedValue(Object value, String table, int row) {
}
