package org.rapporteur.positions;

/**
 * One position found in one sentence.
 *
 * @param topic                the topic id
 * @param stance               FOR, AGAINST or NEUTRAL
 * @param quantifier           the quantifier as written ("many speakers", "The representative of Mexico"), or ""
 * @param weight               1 to 6
 * @param attributedEntityCode the entity the text names as speaking, or "" (never invented)
 * @param onBehalfOf           the group the speaker spoke for ("Egypt, on behalf of the Group of African States"), as
 *                             an entity code, or ""
 * @param rule                 why: the cue or rule id that decided the stance, e.g. {@code NEED+negated}; a learned
 *                             decision names its score and nearest labelled examples
 * @param cueWords             the words that matched, for an analyst to check
 * @param confidence           0 to 1, two decimals: how sure the classifier is (rules and model agreeing is surest)
 */
public record Position(String topic, Stance stance, String quantifier, int weight, String attributedEntityCode,
                       String onBehalfOf, String rule, String cueWords, double confidence) {

    /** A rule's position, before the learned parts weigh it. */
    public Position(String topic, Stance stance, String quantifier, int weight, String attributedEntityCode,
                    String onBehalfOf, String rule, String cueWords) {
        this(topic, stance, quantifier, weight, attributedEntityCode, onBehalfOf, rule, cueWords, 1.0);
    }

    public Position withConfidence(double value, String why) {
        return new Position(topic, stance, quantifier, weight, attributedEntityCode, onBehalfOf,
                why.isEmpty() ? rule : rule + " " + why, cueWords, Math.round(value * 100) / 100.0);
    }
}
