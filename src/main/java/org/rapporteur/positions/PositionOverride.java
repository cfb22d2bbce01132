package org.rapporteur.positions;

/**
 * An analyst's correction of one position: in the sentence at {@code sentenceIndex} of {@code source}
 * ({@code report.txt#14}), the topic takes this stance; stance null removes the position.
 *
 * @param source        file and paragraph, as in positions.csv
 * @param sentenceIndex the sentence's place in the paragraph, from 1
 * @param topic         the topic id
 * @param stance        the stance, or null for "no position"
 * @param line          the line of the overrides file, for messages
 */
public record PositionOverride(String source, int sentenceIndex, String topic, Stance stance, int line) {
}
