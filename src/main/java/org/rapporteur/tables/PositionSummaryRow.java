package org.rapporteur.tables;

import java.util.function.Function;

/**
 * positions-summary.csv: one row per meeting, topic and stance: how many positions, the strongest quantifier's weight
 * and the weights' sum.
 */
public record PositionSummaryRow(String meetingId, String topic, String stance, int mentions, int maxWeight,
                                 int weightedMentions) {

    public static final TableDef<PositionSummaryRow> TABLE = TableDef.of("positions-summary", Column.class);

    public enum Column implements TableColumn<PositionSummaryRow> {
        MEETING_ID(PositionSummaryRow::meetingId),
        TOPIC(PositionSummaryRow::topic),
        STANCE(PositionSummaryRow::stance),
        MENTIONS(PositionSummaryRow::mentions),
        MAX_WEIGHT(PositionSummaryRow::maxWeight),
        WEIGHTED_MENTIONS(PositionSummaryRow::weightedMentions);

        private final Function<PositionSummaryRow, Object> value;

        Column(Function<PositionSummaryRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(PositionSummaryRow row) {
            return value.apply(row);
        }
    }
}
