package org.rapporteur.tables;

import java.util.function.Function;

/**
 * positions.csv: one row per position voiced in a sentence (the evidence), after the analyst's overrides: reports in
 * meeting order, then statements files; within a file by paragraph, sentence and topic.
 */
public record PositionRow(String meetingId, String source, int paragraph, int sentenceIndex, String sentence,
                          String topic, String stance, String quantifier, int weight, String attributedEntityCode,
                          String rule) {

    public static final TableDef<PositionRow> TABLE = TableDef.of("positions", Column.class);

    public enum Column implements TableColumn<PositionRow> {
        MEETING_ID(PositionRow::meetingId),
        SOURCE(PositionRow::source),
        PARAGRAPH(PositionRow::paragraph),
        SENTENCE_INDEX(PositionRow::sentenceIndex),
        SENTENCE(PositionRow::sentence),
        TOPIC(PositionRow::topic),
        STANCE(PositionRow::stance),
        QUANTIFIER(PositionRow::quantifier),
        WEIGHT(PositionRow::weight),
        ATTRIBUTED_ENTITY_CODE(PositionRow::attributedEntityCode),
        RULE(PositionRow::rule);

        private final Function<PositionRow, Object> value;

        Column(Function<PositionRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(PositionRow row) {
            return value.apply(row);
        }
    }
}
