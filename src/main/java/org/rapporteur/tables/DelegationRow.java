package org.rapporteur.tables;

import java.util.function.Function;

/**
 * delegations.csv: one row per meeting and delegation on a list of participants: its size, its gender balance (from
 * honorifics only: {@code women + men + unknownGender = delegates}), its heads and check-ins (null: the list says
 * nothing of check-ins).
 */
public record DelegationRow(String meetingId, String entityCode, String entityName, String entityType,
                            String regionalGroup, int delegates, int women, int men, int unknownGender,
                            int headsOfDelegation, Integer checkedIn) {

    public static final TableDef<DelegationRow> TABLE = TableDef.of("delegations", Column.class);

    public enum Column implements TableColumn<DelegationRow> {
        MEETING_ID(DelegationRow::meetingId),
        ENTITY_CODE(DelegationRow::entityCode),
        ENTITY_NAME(DelegationRow::entityName),
        ENTITY_TYPE(DelegationRow::entityType),
        REGIONAL_GROUP(DelegationRow::regionalGroup),
        DELEGATES(DelegationRow::delegates),
        WOMEN(DelegationRow::women),
        MEN(DelegationRow::men),
        UNKNOWN_GENDER(DelegationRow::unknownGender),
        HEADS_OF_DELEGATION(DelegationRow::headsOfDelegation),
        CHECKED_IN(DelegationRow::checkedIn);

        private final Function<DelegationRow, Object> value;

        Column(Function<DelegationRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(DelegationRow row) {
            return value.apply(row);
        }
    }
}
