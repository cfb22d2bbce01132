package org.rapporteur.tables;

import java.util.function.Function;

/**
 * attendance-gaps.csv: a delegation that attended but did not speak, or spoke but is not on the list; only for
 * meetings with both a list of participants and a record of who spoke.
 */
public record AttendanceGapRow(String meetingId, String entityCode, EntityCodes codes, String entityName, Gap gap) {

    public static final TableDef<AttendanceGapRow> TABLE = TableDef.of("attendance-gaps",
            "a delegation that attended but did not speak, or spoke but is not on the list", Column.class);

    /** The two kinds of gap. */
    public enum Gap {
        ATTENDED_NO_STATEMENT,
        STATEMENT_NOT_ON_LIST
    }

    /** The columns of attendance-gaps.csv, in order, with what each holds. */
    public enum Column implements TableColumn<AttendanceGapRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", AttendanceGapRow::meetingId),
        ENTITY_CODE("ISO 3166-1 alpha-3 for States, the reference tables' acronym for organisations (CoE, EU, "
                + "INTERPOL) and groups (G77); empty for a name no table knows", AttendanceGapRow::entityCode),
        ISO2(EntityCodes.ISO2_MEANING, row -> row.codes().iso2()),
        M49("UN M49 numeric code for States (384); empty otherwise", row -> row.codes().m49()),
        CODE_SYSTEM("what entity_code is: ISO3, ACRONYM (an organisation), GROUP (a negotiating or regional group); "
                + "empty without a code", row -> row.codes().codeSystem()),
        ENTITY_NAME("the UN official short name (\"Iran (Islamic Republic of)\"), or the organisation's full name",
                AttendanceGapRow::entityName),
        GAP("ATTENDED_NO_STATEMENT or STATEMENT_NOT_ON_LIST", row -> row.gap().name());

        private final String meaning;
        private final Function<AttendanceGapRow, Object> value;

        Column(String meaning, Function<AttendanceGapRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(AttendanceGapRow row) {
            return value.apply(row);
        }
    }
}
