package org.rapporteur.tables;

import java.util.function.Function;

/**
 * attendance-gaps.csv: a delegation that attended but did not speak, or spoke but is not on the list; only for meetings
 * with both a list of participants and a record of who spoke.
 */
public record AttendanceGapRow(String meetingId, String entityCode, String entityName, Gap gap) {

    public static final TableDef<AttendanceGapRow> TABLE = TableDef.of("attendance-gaps", Column.class);

    /** The two kinds of gap. */
    public enum Gap {
        ATTENDED_NO_STATEMENT,
        STATEMENT_NOT_ON_LIST
    }

    public enum Column implements TableColumn<AttendanceGapRow> {
        MEETING_ID(AttendanceGapRow::meetingId),
        ENTITY_CODE(AttendanceGapRow::entityCode),
        ENTITY_NAME(AttendanceGapRow::entityName),
        GAP(row -> row.gap().name());

        private final Function<AttendanceGapRow, Object> value;

        Column(Function<AttendanceGapRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(AttendanceGapRow row) {
            return value.apply(row);
        }
    }
}
