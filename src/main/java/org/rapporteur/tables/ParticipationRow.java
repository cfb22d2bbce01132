package org.rapporteur.tables;

import java.util.function.Function;

/**
 * participation.csv: one row per thing an entity did at a meeting (chaired, was an officer, sat on a panel, spoke,
 * was named as represented, was on the list of participants), in role order, then entity type, then UN order of the
 * name; the capacity the report names (party, signatory, observer, member of the body) is apart from the entity's
 * type. Each row names its paragraph and sentence (a list's or statements file's line); a statement that both the
 * report and a statements file record is one row, the report's, naming the file's lines in {@code alsoIn}.
 *
 * @param sentenceIndex the sentence of the paragraph, from 1; null for a line of a list or statements file, or
 *                      where no one sentence holds the row
 */
public record ParticipationRow(String meetingId, String entityCode, EntityCodes codes, String entityName,
                               String entityType, String regionalGroup, String role, String capacity,
                               String nameAsWritten, String person, String onBehalfOf, boolean provisional,
                               String sourceFile, int paragraph, Integer sentenceIndex, String alsoIn) {

    public static final TableDef<ParticipationRow> TABLE = TableDef.of("participation",
            "one row per thing an entity did at a meeting, in role order, then entity type, then UN order",
            Column.class);

    /** The file and paragraph, joined: {@code report.txt#21}. */
    public String source() {
        return sourceFile + "#" + paragraph;
    }

    /** The columns of participation.csv, in order, with what each holds. */
    public enum Column implements TableColumn<ParticipationRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", ParticipationRow::meetingId),
        ENTITY_CODE("ISO 3166-1 alpha-3 for States, the reference tables' acronym for organisations (CoE, EU, "
                + "INTERPOL) and groups (G77); empty for a name no table knows", ParticipationRow::entityCode),
        ISO2(EntityCodes.ISO2_MEANING, row -> row.codes().iso2()),
        M49("UN M49 numeric code for States (384); empty otherwise", row -> row.codes().m49()),
        CODE_SYSTEM("what entity_code is: ISO3, ACRONYM (an organisation), GROUP (a negotiating or regional group); "
                + "empty without a code", row -> row.codes().codeSystem()),
        ENTITY_NAME("the UN official short name (\"Iran (Islamic Republic of)\"), or the organisation's full name",
                ParticipationRow::entityName),
        ENTITY_TYPE("MEMBER_STATE, OBSERVER_STATE, TERRITORY, IGO, UN_ENTITY, NGO, ACADEMIA, PRIVATE_SECTOR, GROUP "
                + "or UNKNOWN",
                ParticipationRow::entityType),
        REGIONAL_GROUP("one of the five UN regional groups, for Member States; empty otherwise",
                ParticipationRow::regionalGroup),
        ROLE("CHAIR, OFFICER (Vice-Chairs, Rapporteur, other officers), PANELLIST, STATEMENT, REPRESENTED (named in "
                + "an attendance list) or DELEGATION (on the meeting's list of participants)", ParticipationRow::role),
        CAPACITY("the capacity the report names: PARTY, SIGNATORY, OBSERVER or MEMBER (of the body); empty where it "
                + "names none (apart from entity_type: a signatory Member State is a Member State attending as a "
                + "signatory)", ParticipationRow::capacity),
        NAME_AS_WRITTEN("the name exactly as the report or list prints it", ParticipationRow::nameAsWritten),
        PERSON("the person named with a panellist or officer", ParticipationRow::person),
        ON_BEHALF_OF("the group or organisation a statement was made for (which gets a STATEMENT row of its own)",
                ParticipationRow::onBehalfOf),
        PROVISIONAL("true where the fact rests on a draft's placeholder or bracketed value",
                ParticipationRow::provisional),
        SOURCE("file and paragraph, joined: report.txt#21", row -> row.source()),
        SOURCE_FILE("the input file (relative to its input folder)", ParticipationRow::sourceFile),
        PARAGRAPH("the paragraph of the report (the line of a list or statements file)", ParticipationRow::paragraph),
        SENTENCE_INDEX("the sentence of the paragraph the row comes from, from 1, as in positions.csv; empty for a "
                + "list's or statements file's line (paragraph is the line) and where no one sentence holds it",
                ParticipationRow::sentenceIndex),
        ALSO_IN("for a statement the report records, the statements file's lines that record the same statement "
                + "(file#line, separated by ;): one row per statement, whichever input records it; empty otherwise",
                ParticipationRow::alsoIn);

        private final String meaning;
        private final Function<ParticipationRow, Object> value;

        Column(String meaning, Function<ParticipationRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(ParticipationRow row) {
            return value.apply(row);
        }
    }
}
