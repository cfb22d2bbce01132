package org.rapporteur.tables;

import java.util.function.Function;

/** attendance.csv: one row per meeting and attendance category a report counts or lists. */
public record AttendanceRow(String meetingId, String category, int count, boolean provisional, String source) {

    public static final TableDef<AttendanceRow> TABLE = TableDef.of("attendance", Column.class);

    public enum Column implements TableColumn<AttendanceRow> {
        MEETING_ID(AttendanceRow::meetingId),
        CATEGORY(AttendanceRow::category),
        COUNT(AttendanceRow::count),
        PROVISIONAL(AttendanceRow::provisional),
        SOURCE(AttendanceRow::source);

        private final Function<AttendanceRow, Object> value;

        Column(Function<AttendanceRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(AttendanceRow row) {
            return value.apply(row);
        }
    }
}
