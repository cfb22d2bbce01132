package org.rapporteur.tables;

import java.util.function.Function;

/**
 * delegations.csv: one row per meeting and delegation on a list of participants: its size, its gender balance (from
 * honorifics only: women + men + unknown_gender = delegates), its heads and check-ins.
 */
public record DelegationRow(String meetingId, String entityCode, EntityCodes codes, String entityName,
                            String entityType, String regionalGroup, int delegates, int women, int men,
                            int unknownGender, int headsOfDelegation, Integer checkedIn) {

    public static final TableDef<DelegationRow> TABLE = TableDef.of("delegations",
            "one row per meeting and delegation on a list of participants", Column.class);

    /** The columns of delegations.csv, in order, with what each holds. */
    public enum Column implements TableColumn<DelegationRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", DelegationRow::meetingId),
        ENTITY_CODE("ISO 3166-1 alpha-3 for States, the reference tables' acronym for organisations (CoE, EU, "
                + "INTERPOL) and groups (G77); empty for a name no table knows", DelegationRow::entityCode),
        ISO2(EntityCodes.ISO2_MEANING, row -> row.codes().iso2()),
        M49("UN M49 numeric code for States (384); empty otherwise", row -> row.codes().m49()),
        CODE_SYSTEM("what entity_code is: ISO3, ACRONYM (an organisation), GROUP (a negotiating or regional group); "
                + "empty without a code", row -> row.codes().codeSystem()),
        ENTITY_NAME("the UN official short name (\"Iran (Islamic Republic of)\"), or the organisation's full name",
                DelegationRow::entityName),
        ENTITY_TYPE("MEMBER_STATE, OBSERVER_STATE, TERRITORY, IGO, UN_ENTITY, NGO, ACADEMIA, PRIVATE_SECTOR, GROUP "
                + "or UNKNOWN",
                DelegationRow::entityType),
        REGIONAL_GROUP("one of the five UN regional groups, for Member States; empty otherwise",
                DelegationRow::regionalGroup),
        DELEGATES("the persons on the list for this delegation, each counted once", DelegationRow::delegates),
        WOMEN("delegates whose honorific is a woman's (Ms., Mrs., Mme, Sra., ...)", DelegationRow::women),
        MEN("delegates whose honorific is a man's (Mr., Sr., ...)", DelegationRow::men),
        UNKNOWN_GENDER("delegates with no honorific or a neutral one (Dr., H.E.): gender is never guessed from a name",
                DelegationRow::unknownGender),
        HEADS_OF_DELEGATION("delegates marked or titled head of delegation", DelegationRow::headsOfDelegation),
        CHECKED_IN("delegates who collected their badge; empty where the list says nothing of check-ins",
                DelegationRow::checkedIn);

        private final String meaning;
        private final Function<DelegationRow, Object> value;

        Column(String meaning, Function<DelegationRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(DelegationRow row) {
            return value.apply(row);
        }
    }
}
