package org.rapporteur.tables;

import java.util.function.Function;

/**
 * restricted/participants.csv: one row per person on a list of participants. Personal data: written only under
 * output/restricted/, and to the workbook only when the operator asks for it.
 */
public record ParticipantRow(String meetingId, String entityCode, EntityCodes codes, String entityName,
                             String delegationAsWritten, String title, String firstName, String lastName,
                             String position, String gender, boolean headOfDelegation, Boolean checkedIn,
                             String source) {

    public static final TableDef<ParticipantRow> TABLE = TableDef.of("participants",
            "one row per person on a list of participants (personal data: output/restricted/ only)", Column.class);

    /** The columns of participants.csv, in order, with what each holds. */
    public enum Column implements TableColumn<ParticipantRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", ParticipantRow::meetingId),
        ENTITY_CODE("ISO 3166-1 alpha-3 for States, the reference tables' acronym for organisations (CoE, EU, "
                + "INTERPOL) and groups (G77); empty for a name no table knows", ParticipantRow::entityCode),
        ISO2(EntityCodes.ISO2_MEANING, row -> row.codes().iso2()),
        M49("UN M49 numeric code for States (384); empty otherwise", row -> row.codes().m49()),
        CODE_SYSTEM("what entity_code is: ISO3, ACRONYM (an organisation), GROUP (a negotiating or regional group); "
                + "empty without a code", row -> row.codes().codeSystem()),
        ENTITY_NAME("the UN official short name (\"Iran (Islamic Republic of)\"), or the organisation's full name",
                ParticipantRow::entityName),
        DELEGATION_AS_WRITTEN("the delegation as the list writes it", ParticipantRow::delegationAsWritten),
        TITLE("the honorific the list gives (Ms., H.E. Mr.)", ParticipantRow::title),
        FIRST_NAME("the first name", ParticipantRow::firstName),
        LAST_NAME("the last name", ParticipantRow::lastName),
        POSITION("the position or function", ParticipantRow::position),
        GENDER("WOMAN, MAN or UNKNOWN, from the honorific only", ParticipantRow::gender),
        HEAD_OF_DELEGATION("true for a head of delegation", ParticipantRow::headOfDelegation),
        CHECKED_IN("whether the person collected the badge; empty where the list says nothing",
                ParticipantRow::checkedIn),
        SOURCE("the list and its line (list.csv#12, list.xlsx#sheet 2 row 5)", ParticipantRow::source);

        private final String meaning;
        private final Function<ParticipantRow, Object> value;

        Column(String meaning, Function<ParticipantRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(ParticipantRow row) {
            return value.apply(row);
        }
    }
}
