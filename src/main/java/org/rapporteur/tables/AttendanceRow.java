package org.rapporteur.tables;

import java.util.function.Function;

/**
 * attendance.csv: one row per count a report prints (or, where it lists a category without counting it, per list),
 * with the category, the capacity the report names ("" where none) and the basis: PRINTED or LIST.
 */
public record AttendanceRow(String meetingId, String category, String capacity, int count, String basis,
                            boolean provisional, String source) {

    public static final TableDef<AttendanceRow> TABLE = TableDef.of("attendance", Column.class);

    public enum Column implements TableColumn<AttendanceRow> {
        MEETING_ID(AttendanceRow::meetingId),
        CATEGORY(AttendanceRow::category),
        CAPACITY(AttendanceRow::capacity),
        COUNT(AttendanceRow::count),
        BASIS(AttendanceRow::basis),
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
