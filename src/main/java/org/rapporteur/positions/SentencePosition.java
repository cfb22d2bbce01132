package org.rapporteur.positions;

/**
 * A position with the sentence it comes from.
 *
 * @param paragraph     the paragraph number
 * @param sentenceIndex the sentence's place in the paragraph, from 1
 * @param sentence      the sentence
 * @param position      what was found
 */
public record SentencePosition(int paragraph, int sentenceIndex, String sentence, Position position) {
}
