package org.rapporteur.tables;

import java.util.function.Function;

/**
 * restricted/participants.csv: one row per person on a list of participants. Personal data: written only under
 * {@code output/restricted/}, and to the workbook only when the operator asks for it.
 */
public record ParticipantRow(String meetingId, String entityCode, String entityName, String delegationAsWritten,
                             String title, String firstName, String lastName, String position, String gender,
                             boolean headOfDelegation, Boolean checkedIn, String source) {

    public static final TableDef<ParticipantRow> TABLE = TableDef.of("participants", Column.class);

    public enum Column implements TableColumn<ParticipantRow> {
        MEETING_ID(ParticipantRow::meetingId),
        ENTITY_CODE(ParticipantRow::entityCode),
        ENTITY_NAME(ParticipantRow::entityName),
        DELEGATION_AS_WRITTEN(ParticipantRow::delegationAsWritten),
        TITLE(ParticipantRow::title),
        FIRST_NAME(ParticipantRow::firstName),
        LAST_NAME(ParticipantRow::lastName),
        POSITION(ParticipantRow::position),
        GENDER(ParticipantRow::gender),
        HEAD_OF_DELEGATION(ParticipantRow::headOfDelegation),
        CHECKED_IN(ParticipantRow::checkedIn),
        SOURCE(ParticipantRow::source);

        private final Function<ParticipantRow, Object> value;

        Column(Function<ParticipantRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(ParticipantRow row) {
            return value.apply(row);
        }
    }
}
