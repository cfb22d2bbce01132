package org.rapporteur.tables;

import java.util.function.Function;

/**
 * attendance.csv: one row per count a report prints (or, where it lists a category without counting it, per list),
 * with the category, the capacity the report names ("" where none), the basis (PRINTED, APPROXIMATE, LIST or
 * PLACEHOLDER) and how many of those counted the report names: a category the report counts without naming its
 * members has its row here, flagged by {@code named} 0, since no participation row stands for them.
 *
 * @param count         null where the report prints a placeholder for the number
 * @param sentenceIndex the sentence of the paragraph that gives the count, from 1; null where no one sentence does
 */
public record AttendanceRow(String meetingId, String category, String capacity, Integer count, String basis,
                            int named, boolean provisional, String sourceFile, int paragraph, Integer sentenceIndex) {

    public static final TableDef<AttendanceRow> TABLE = TableDef.of("attendance",
            "one row per count a report prints (or category it lists without a number)", Column.class);

    /** The file and paragraph, joined: {@code report.txt#21}. */
    public String source() {
        return sourceFile + "#" + paragraph;
    }

    /** The columns of attendance.csv, in order, with what each holds. */
    public enum Column implements TableColumn<AttendanceRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", AttendanceRow::meetingId),
        CATEGORY("MEMBER_STATE, OBSERVER_STATE, REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION, UN_ENTITY, "
                + "SPECIALIZED_AGENCY, IGO, NGO, ACADEMIA, PRIVATE_SECTOR, ACADEMIA_AND_PRIVATE_SECTOR or OTHER",
                AttendanceRow::category),
        CAPACITY("the capacity the report names for them: PARTY, SIGNATORY, OBSERVER or MEMBER (of the body); empty "
                + "where it names none", AttendanceRow::capacity),
        COUNT("how many the report counts (or lists, where it gives no number); empty where it prints a placeholder",
                AttendanceRow::count),
        BASIS("PRINTED (the report prints the number), APPROXIMATE (it prints it as a bound or an estimate: \"more than "
                + "600\"), LIST (counted from the report's list) or PLACEHOLDER (a draft's \"[…]\" where the number "
                + "will be: the category attended, its number is not known yet)",
                AttendanceRow::basis),
        NAMED("how many of those counted the report names (as represented in participation.csv); 0 flags a count "
                + "whose members the report does not name (\"representatives of 7 intergovernmental organizations also "
                + "attended\"): this row is all the tables have of them", AttendanceRow::named),
        PROVISIONAL("true where the count rests on a draft's placeholder or bracketed value",
                AttendanceRow::provisional),
        SOURCE("file and paragraph, joined: report.txt#21", row -> row.source()),
        SOURCE_FILE("the input file (relative to its input folder)", AttendanceRow::sourceFile),
        PARAGRAPH("the paragraph that gives the count", AttendanceRow::paragraph),
        SENTENCE_INDEX("the sentence of the paragraph that gives the count, from 1, as in positions.csv (for a count "
                + "from a list, the sentence listing its first entity); empty where no one sentence does (an annex)",
                AttendanceRow::sentenceIndex);

        private final String meaning;
        private final Function<AttendanceRow, Object> value;

        Column(String meaning, Function<AttendanceRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(AttendanceRow row) {
            return value.apply(row);
        }
    }
}
