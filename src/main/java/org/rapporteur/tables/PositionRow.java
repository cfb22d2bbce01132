package org.rapporteur.tables;

import java.util.function.Function;

/**
 * positions.csv: one row per position voiced in a sentence (the evidence), after the analyst's overrides: reports
 * in meeting order, then statements files; within a file by paragraph, sentence and topic.
 */
public record PositionRow(String meetingId, String sourceFile, int paragraph, int sentenceIndex, String sentence,
                          String topic, String stance, String quantifier, int weight, String attributedEntityCode,
                          String onBehalfOf, double confidence, String rule) {

    /**
     * Below this confidence a position's sentence is also listed in review.csv (the classifier's own threshold,
     * {@code PositionClassifier.REVIEW_BELOW}): such a position is counted apart, as one to review, in positions-summary
     * and the workbook's balance of stances.
     */
    public static final double REVIEW_BELOW = 0.5;

    /** Whether the classifier is unsure of the position: it waits for an analyst and is left out of the balance. */
    public boolean toReview() {
        return confidence < REVIEW_BELOW;
    }

    /** Who the position counts for: the group for a statement made on its behalf, else the speaker. */
    public String credited() {
        return onBehalfOf.isEmpty() ? attributedEntityCode : onBehalfOf;
    }

    public static final TableDef<PositionRow> TABLE = TableDef.of("positions",
            "one row per position voiced in a sentence (the evidence), after the analyst's overrides", Column.class);

    /** The file and paragraph, joined: {@code report.txt#21}. */
    public String source() {
        return sourceFile + "#" + paragraph;
    }

    /** The columns of positions.csv, in order, with what each holds. */
    public enum Column implements TableColumn<PositionRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", PositionRow::meetingId),
        SOURCE("file and paragraph, joined: report.txt#21", row -> row.source()),
        SOURCE_FILE("the input file (relative to its input folder)", PositionRow::sourceFile),
        PARAGRAPH("the paragraph of the report (the line of a statements file)", PositionRow::paragraph),
        SENTENCE_INDEX("the sentence's place in the paragraph, from 1", PositionRow::sentenceIndex),
        SENTENCE("the sentence as written", PositionRow::sentence),
        TOPIC("the topic, from the codebook (NEW_INSTRUMENT, BUDAPEST_CONVENTION, ...)", PositionRow::topic),
        STANCE("FOR, AGAINST or NEUTRAL", PositionRow::stance),
        QUANTIFIER("the quantifier as written (\"Many speakers\")", PositionRow::quantifier),
        WEIGHT("the quantifier's weight, 1 (one speaker) to 6 (all speakers)", PositionRow::weight),
        ATTRIBUTED_ENTITY_CODE("the State or group the text names as the speaker; empty when it names none",
                PositionRow::attributedEntityCode),
        ON_BEHALF_OF("the group the speaker spoke for (\"Egypt, on behalf of the Group of African States\"), as an "
                + "entity code; empty otherwise", PositionRow::onBehalfOf),
        CONFIDENCE("how sure the classifier is, 0 to 1 (rules and model agreeing is surest; below 0.5 the sentence is "
                + "also in review.csv and the position is counted apart, to review, in positions-summary; 1 for an "
                + "analyst's override)", PositionRow::confidence),
        RULE("the rule that decided (NEED+negated), or the model's score and nearest labelled examples "
                + "(MODEL(p=0.91 near sec014=FOR,...)), or OVERRIDE (was X) for an analyst's correction",
                PositionRow::rule);

        private final String meaning;
        private final Function<PositionRow, Object> value;

        Column(String meaning, Function<PositionRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(PositionRow row) {
            return value.apply(row);
        }
    }
}
