package org.rapporteur.positions;

/**
 * A sentence an analyst should look at: it reports a view but no position was found, its cues conflict, or the
 * classifier is unsure of a position. Who speaks is kept, so that an analyst's override can make it a position.
 *
 * @param paragraph     the paragraph number
 * @param sentenceIndex the sentence's place in the paragraph, from 1
 * @param sentence      the sentence
 * @param reason        why it is listed
 * @param quantifier    the quantifier as written, or ""
 * @param weight        its weight, 1 when none
 * @param speaker       the entity named as speaking, or ""
 * @param onBehalfOf    the group it spoke for, or ""
 */
public record ReviewSentence(int paragraph, int sentenceIndex, String sentence, String reason, String quantifier,
                             int weight, String speaker, String onBehalfOf) {

    static ReviewSentence of(int paragraph, int sentenceIndex, String sentence, SentenceResult result) {
        return new ReviewSentence(paragraph, sentenceIndex, sentence, result.reviewReason(),
                result.context().quantifier(), Math.max(1, result.context().weight()), result.speaker(),
                result.onBehalfOf());
    }
}
