package org.rapporteur.positions;

import java.util.Set;

/**
 * What a sentence passes to the next one in its paragraph: the topics it named (for "that Convention", "such an
 * instrument") and its quantifier (for "they").
 *
 * @param topics     topic ids named or taken a position on
 * @param quantifier the quantifier as written, or ""
 * @param weight     its weight, 0 when none
 */
public record SentenceContext(Set<String> topics, String quantifier, int weight) {

    public static final SentenceContext NONE = new SentenceContext(Set.of(), "", 0);
}
