package org.rapporteur.positions;

/**
 * A sentence an analyst should look at: it reports a view but no position was found, or its cues conflict.
 *
 * @param paragraph     the paragraph number
 * @param sentenceIndex the sentence's place in the paragraph, from 1
 * @param sentence      the sentence
 * @param reason        why it is listed
 */
public record ReviewSentence(int paragraph, int sentenceIndex, String sentence, String reason) {
}
