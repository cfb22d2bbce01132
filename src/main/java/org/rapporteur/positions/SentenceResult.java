package org.rapporteur.positions;

import java.util.List;

/**
 * What the classifier found in one sentence.
 *
 * @param positions    the positions, at most one per topic
 * @param reviewReason why an analyst should look at the sentence ("" when there is no reason)
 * @param context      what the next sentence of the paragraph inherits
 * @param speaker      the entity the sentence names as speaking, or ""
 * @param onBehalfOf   the group it spoke for, or ""
 */
public record SentenceResult(List<Position> positions, String reviewReason, SentenceContext context, String speaker,
                             String onBehalfOf) {
}
