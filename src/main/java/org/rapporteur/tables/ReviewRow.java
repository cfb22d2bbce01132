package org.rapporteur.tables;

import java.util.function.Function;

/**
 * review.csv: one row per sentence an analyst should look at, and why.
 */
public record ReviewRow(String meetingId, String sourceFile, int paragraph, int sentenceIndex, String sentence,
                        String reason) {

    public static final TableDef<ReviewRow> TABLE = TableDef.of("review",
            "one row per sentence an analyst should look at, and why", Column.class);

    /** The file and paragraph, joined: {@code report.txt#21}. */
    public String source() {
        return sourceFile + "#" + paragraph;
    }

    /** The columns of review.csv, in order, with what each holds. */
    public enum Column implements TableColumn<ReviewRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", ReviewRow::meetingId),
        SOURCE("file and paragraph, joined: report.txt#21", row -> row.source()),
        SOURCE_FILE("the input file (relative to its input folder)", ReviewRow::sourceFile),
        PARAGRAPH("the paragraph of the report (the line of a statements file)", ReviewRow::paragraph),
        SENTENCE_INDEX("the sentence's place in the paragraph, from 1", ReviewRow::sentenceIndex),
        SENTENCE("the sentence as written", ReviewRow::sentence),
        REASON("why it is here: a reporting verb and a topic but no position, or cues that conflict",
                ReviewRow::reason);

        private final String meaning;
        private final Function<ReviewRow, Object> value;

        Column(String meaning, Function<ReviewRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(ReviewRow row) {
            return value.apply(row);
        }
    }
}
