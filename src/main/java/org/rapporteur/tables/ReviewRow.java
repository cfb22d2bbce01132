package org.rapporteur.tables;

import java.util.function.Function;

/** review.csv: one row per sentence an analyst should look at, and why. */
public record ReviewRow(String meetingId, String source, int paragraph, int sentenceIndex, String sentence,
                        String reason) {

    public static final TableDef<ReviewRow> TABLE = TableDef.of("review", Column.class);

    public enum Column implements TableColumn<ReviewRow> {
        MEETING_ID(ReviewRow::meetingId),
        SOURCE(ReviewRow::source),
        PARAGRAPH(ReviewRow::paragraph),
        SENTENCE_INDEX(ReviewRow::sentenceIndex),
        SENTENCE(ReviewRow::sentence),
        REASON(ReviewRow::reason);

        private final Function<ReviewRow, Object> value;

        Column(Function<ReviewRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(ReviewRow row) {
            return value.apply(row);
        }
    }
}
