package org.rapporteur.positions;

import java.util.List;

/**
 * What the classifier found in one sentence.
 *
 * @param positions    the positions, at most one per topic
 * @param reviewReason why an analyst should look at the sentence ("" when there is no reason)
 * @param context      what the next sentence of the paragraph inherits
 */
public record SentenceResult(List<Position> positions, String reviewReason, SentenceContext context) {
}
