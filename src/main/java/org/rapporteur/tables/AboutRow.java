package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The workbook's "About these tables" sheet (and the README section of the same name): every table and column, with
 * what it holds, written from the tables' own definitions so that it cannot drift from them.
 */
public record AboutRow(String file, String column, String heading, String meaning) {

    /** A table's own row (no column), or a column headed by its name. */
    public AboutRow(String file, String column, String meaning) {
        this(file, column, column, meaning);
    }

    static final String SHEET = "About these tables";
    public static final TableDef<AboutRow> TABLE = new TableDef<>("about", SHEET, "one row per table and per column",
            List.of(Column.values()));

    /** The tables described, in export order; the matrices by one of their kind. */
    static List<TableDef<?>> tables() {
        return List.of(MeetingRow.TABLE, AttendanceRow.TABLE, ParticipationRow.TABLE,
                MatrixRow.table("series", List.of("<meeting_id>")), DelegationRow.TABLE, GroupAttendanceRow.TABLE,
                AttendanceGapRow.TABLE, PositionRow.TABLE, PositionSummaryRow.TABLE, EntityPositionRow.TABLE,
                ReviewRow.TABLE, DataQualityRow.TABLE, ParticipantRow.TABLE);
    }

    static String file(TableDef<?> table) {
        if (MatrixRow.isMatrix(table)) {
            return MatrixRow.NAME + "/<series>.csv";
        }
        return (table == ParticipantRow.TABLE ? TableFiles.RESTRICTED + "/" : "") + table.name() + ".csv";
    }

    /** A row per table (what one row of it is), then a row per column. */
    static List<AboutRow> rows() {
        List<AboutRow> rows = new ArrayList<>();
        for (TableDef<?> table : tables()) {
            rows.add(new AboutRow(file(table), "", table.rowIs()));
            for (TableColumn<?> column : table.columns()) {
                rows.add(new AboutRow(file(table), column.header(), column.label(), column.meaning()));
            }
        }
        return rows;
    }

    /** The README's section: per table, a line saying what a row is, and a table of its columns. */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        for (TableDef<?> table : tables()) {
            out.append("**`").append(file(table)).append("`**: ").append(table.rowIs()).append(".\n\n");
            out.append("| column | meaning |\n| --- | --- |\n");
            for (TableColumn<?> column : table.columns()) {
                out.append("| `").append(column.header()).append("` | ")
                        .append(column.meaning().replace("|", "\\|")).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    public enum Column implements TableColumn<AboutRow> {
        FILE("the CSV file (and the sheet of the same name)", AboutRow::file),
        COLUMN("the column's name in the CSV file; empty on the table's own row", AboutRow::column),
        HEADING("the column's heading on its sheet", AboutRow::heading),
        MEANING("what one row is, or what the column holds", AboutRow::meaning);

        private final String meaning;
        private final Function<AboutRow, Object> value;

        Column(String meaning, Function<AboutRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(AboutRow row) {
            return value.apply(row);
        }
    }
}
