package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.rapporteur.export.LinkedValue;

/**
 * participation-matrix.csv: one row per entity, one column per meeting (in date order) holding what the entity did
 * there, in role order ("PANELLIST;STATEMENT"); in the workbook each such cell links to the entity's first row for
 * that meeting in the participation sheet.
 *
 * @param cells per meeting column: the roles, or "" where the entity took no part
 * @param links per meeting column: the entity's first participation row there (0-based), or -1
 */
public record MatrixRow(String entityCode, String entityName, String entityType, String regionalGroup,
                        List<String> cells, int[] links) {

    public static final String NAME = "participation-matrix";

    public MatrixRow {
        cells = List.copyOf(cells);
    }

    /** The matrix over these meetings: the entity's columns, then one column per meeting. */
    public static TableDef<MatrixRow> table(List<String> meetingIds) {
        List<TableColumn<MatrixRow>> columns = new ArrayList<>(Arrays.asList(Column.values()));
        for (int i = 0; i < meetingIds.size(); i++) {
            columns.add(new MeetingColumn(meetingIds.get(i), i));
        }
        return new TableDef<>(NAME, columns);
    }

    /** The entity's columns. */
    public enum Column implements TableColumn<MatrixRow> {
        ENTITY_CODE(MatrixRow::entityCode),
        ENTITY_NAME(MatrixRow::entityName),
        ENTITY_TYPE(MatrixRow::entityType),
        REGIONAL_GROUP(MatrixRow::regionalGroup);

        private final Function<MatrixRow, Object> value;

        Column(Function<MatrixRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(MatrixRow row) {
            return value.apply(row);
        }
    }

    /** A meeting's column: its header is the meeting's id. */
    record MeetingColumn(String meetingId, int index) implements TableColumn<MatrixRow> {

        @Override
        public String header() {
            return meetingId;
        }

        @Override
        public Object value(MatrixRow row) {
            String roles = row.cells().get(index);
            int link = row.links()[index];
            return link < 0 || roles.isEmpty() ? roles : new LinkedValue(roles, ParticipationRow.TABLE.name(), link);
        }
    }
}
