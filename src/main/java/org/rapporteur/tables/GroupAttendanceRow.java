package org.rapporteur.tables;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * attendance-by-group.csv: one row per meeting and regional group, from the lists of participants; delegations other
 * than Member States are one row with an empty group, last. {@code womenShare} is women / (women + men) to three
 * decimals, null when no delegate's gender is known.
 */
public record GroupAttendanceRow(String meetingId, String regionalGroup, int delegations, int delegates,
                                 BigDecimal womenShare, int delegationsWithStatement) {

    public static final TableDef<GroupAttendanceRow> TABLE = TableDef.of("attendance-by-group", Column.class);

    public enum Column implements TableColumn<GroupAttendanceRow> {
        MEETING_ID(GroupAttendanceRow::meetingId),
        REGIONAL_GROUP(GroupAttendanceRow::regionalGroup),
        DELEGATIONS(GroupAttendanceRow::delegations),
        DELEGATES(GroupAttendanceRow::delegates),
        WOMEN_SHARE(GroupAttendanceRow::womenShare),
        DELEGATIONS_WITH_STATEMENT(GroupAttendanceRow::delegationsWithStatement);

        private final Function<GroupAttendanceRow, Object> value;

        Column(Function<GroupAttendanceRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(GroupAttendanceRow row) {
            return value.apply(row);
        }
    }
}
