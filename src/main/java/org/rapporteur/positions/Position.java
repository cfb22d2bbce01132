package org.rapporteur.positions;

/**
 * One position found in one sentence.
 *
 * @param topic                  the topic id
 * @param stance                 FOR, AGAINST or NEUTRAL
 * @param quantifier             the quantifier as written ("many speakers", "The representative of Mexico"), or ""
 * @param weight                 1 to 6
 * @param attributedEntityCode   the entity the text credits with the view, or "" (never invented)
 * @param rule                   why: the cue or rule id that decided the stance, e.g. {@code NEED+negated}
 * @param cueWords               the words that matched, for an analyst to check
 */
public record Position(String topic, Stance stance, String quantifier, int weight, String attributedEntityCode,
                       String rule, String cueWords) {
}
