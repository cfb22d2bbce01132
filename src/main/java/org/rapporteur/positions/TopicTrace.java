package org.rapporteur.positions;

/**
 * How the rules read one topic in one sentence: the learned combiner's evidence about that (sentence, topic) pair.
 *
 * @param topic       the topic id
 * @param how         how the sentence names it
 * @param start       where the naming words start in the sentence
 * @param end         where they end
 * @param clauseStart where the topic's clause starts (the clause its stance is read in)
 * @param clauseEnd   where it ends
 * @param stance      the rules' stance, or null when they give none
 * @param rule        the rule that decided ("NEED+negated"), or ""
 * @param hedged      whether a hedge or neutral frame stands in the topic's part of the sentence
 * @param inCondition whether the topic is named inside a condition ("only if it contained safeguards")
 * @param conflict    whether two opposite cues were about as near
 */
public record TopicTrace(String topic, How how, int start, int end, int clauseStart, int clauseEnd, Stance stance,
                         String rule, boolean hedged, boolean inCondition, boolean conflict) {

    /** What a rule's id ends with when a negation flipped its cue ("NEED+negated"). */
    public static final String NEGATED = "+negated";

    /** Whether a negation flipped the cue that decided. */
    public boolean negated() {
        return rule.endsWith(NEGATED);
    }

    /** How a sentence names a topic. */
    public enum How {
        /** in the codebook's words */
        NAMED,
        /** referred back to ("that Convention", "such an instrument") */
        ANAPHOR,
        /** implied by a cue ("existing instruments are sufficient" is about a new one) */
        IMPLIED,
        /** named only in a reason or purpose ("citing the right to privacy"): no position of its own by the rules */
        REASON
    }
}
