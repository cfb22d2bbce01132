package org.rapporteur.tables;

import java.util.function.Function;

/**
 * positions-summary.csv: one row per meeting, topic and stance: how many positions the classifier is sure of, the
 * strongest quantifier's weight and the weights' sum; then, apart, how many positions it is unsure of (their sentences
 * are in review.csv) and their weights' sum. The balance of stances counts the first only.
 */
public record PositionSummaryRow(String meetingId, String topic, String stance, int mentions, int maxWeight,
                                 int weightedMentions, int mentionsToReview, int weightedToReview) {

    public static final TableDef<PositionSummaryRow> TABLE = TableDef.of("positions-summary",
            "one row per meeting, topic and stance", Column.class);

    /** The columns of positions-summary.csv, in order, with what each holds. */
    public enum Column implements TableColumn<PositionSummaryRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", PositionSummaryRow::meetingId),
        TOPIC("the topic", PositionSummaryRow::topic),
        STANCE("FOR, AGAINST or NEUTRAL", PositionSummaryRow::stance),
        MENTIONS("positions of this stance on the topic at the meeting that the classifier is sure of (confidence "
                + "0.5 or more, or an analyst's override): those the balance of stances counts",
                PositionSummaryRow::mentions),
        MAX_WEIGHT("the strongest quantifier's weight among them", PositionSummaryRow::maxWeight),
        WEIGHTED_MENTIONS("the sum of their weights (\"many speakers\" 4, \"some speakers\" 2)",
                PositionSummaryRow::weightedMentions),
        MENTIONS_TO_REVIEW("positions of this stance on the topic at the meeting below 0.5 confidence, not in mentions: "
                + "their sentences are in review.csv, and the balance of stances leaves them out",
                PositionSummaryRow::mentionsToReview),
        WEIGHTED_TO_REVIEW("the sum of their weights", PositionSummaryRow::weightedToReview);

        private final String meaning;
        private final Function<PositionSummaryRow, Object> value;

        Column(String meaning, Function<PositionSummaryRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(PositionSummaryRow row) {
            return value.apply(row);
        }
    }
}
