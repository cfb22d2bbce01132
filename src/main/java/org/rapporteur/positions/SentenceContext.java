package org.rapporteur.positions;

import java.util.Set;

/**
 * What a sentence passes to the next one in its paragraph: the topics it named (for "that Convention", "such an
 * instrument"), its quantifier (for "they"), and the meeting's body series, which decides what "the Convention" means
 * (in a report of the Conference of the Parties to the Organized Crime Convention, that Convention).
 *
 * @param topics     topic ids named or taken a position on
 * @param quantifier the quantifier as written, or ""
 * @param weight     its weight, 0 when none
 * @param body       the body series of the meeting (CTOC/COP, UNODC/CCPCJ/EG.4), or "" when unknown
 */
public record SentenceContext(Set<String> topics, String quantifier, int weight, String body) {

    public static final SentenceContext NONE = new SentenceContext(Set.of(), "", 0, "");

    public SentenceContext(Set<String> topics, String quantifier, int weight) {
        this(topics, quantifier, weight, "");
    }

    /** The start of a paragraph of a meeting of this body. */
    public static SentenceContext of(String body) {
        return new SentenceContext(Set.of(), "", 0, body == null ? "" : body);
    }
}
