package org.rapporteur.tables;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * attendance-by-group.csv: one row per meeting and regional group, from the lists of participants; delegations
 * other than Member States are one row with an empty group, last.
 */
public record GroupAttendanceRow(String meetingId, String regionalGroup, int delegations, int delegates,
                                 BigDecimal womenShare, int delegationsWithStatement) {

    public static final TableDef<GroupAttendanceRow> TABLE = TableDef.of("attendance-by-group",
            "one row per meeting and regional group, from the lists of participants", Column.class);

    /** The columns of attendance-by-group.csv, in order, with what each holds. */
    public enum Column implements TableColumn<GroupAttendanceRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", GroupAttendanceRow::meetingId),
        REGIONAL_GROUP("the UN regional group; empty for delegations other than Member States",
                GroupAttendanceRow::regionalGroup),
        DELEGATIONS("delegations of the group on the list", GroupAttendanceRow::delegations),
        DELEGATES("their delegates", GroupAttendanceRow::delegates),
        WOMEN_SHARE("women / (women + men) to three decimals; empty when no delegate's gender is known",
                GroupAttendanceRow::womenShare),
        DELEGATIONS_WITH_STATEMENT("of those delegations, how many made a statement",
                GroupAttendanceRow::delegationsWithStatement);

        private final String meaning;
        private final Function<GroupAttendanceRow, Object> value;

        Column(String meaning, Function<GroupAttendanceRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(GroupAttendanceRow row) {
            return value.apply(row);
        }
    }
}
