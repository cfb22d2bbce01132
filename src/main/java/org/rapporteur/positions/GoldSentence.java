package org.rapporteur.positions;

import java.util.Map;

/**
 * One sentence of a gold set with its labels.
 *
 * @param id       the sentence id
 * @param sentence the text
 * @param labels   topic id → stance; empty when the sentence takes no position (topic NONE)
 */
public record GoldSentence(String id, String sentence, Map<String, Stance> labels) {
}
