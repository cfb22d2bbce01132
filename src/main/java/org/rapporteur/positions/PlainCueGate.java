package org.rapporteur.positions;

/**
 * When the rules' plain cue stands against the learned combiner's "no position". The combiner decides, for every
 * (sentence, topic) pair, whether the sentence takes a position at all; where the rules read a topic named in the
 * codebook's words with an explicit FOR or AGAINST cue (not negated, hedged, conditional or in conflict with another
 * cue), a "no position" that is barely ahead of that stance does not veto it ("The representative of Brazil expressed
 * support for the Budapest Convention." once gave NONE 0.547 against FOR 0.451): the rules' stance stands unless NONE
 * is more than {@link #margin()} more likely than it. A margin of 0 leaves every decision to the combiner.
 *
 * @param margin how much more likely (in probability) "no position" must be than the rules' stance to overrule it
 */
public record PlainCueGate(double margin) {

    /**
     * The margin used: chosen leave-one-hand-out on the eight read hands ({@code evaluate --leave-one-hand-out DIR
     * --score bln,cop,rap,sec,stm,gold,dev,holdout --gate-margin 0,0.05,0.1,0.15,0.2,0.3,0.5,1}): mean macro F1 0.9219
     * at 0, 0.9224 at 0.05, 0.9226 at 0.1 (the best, and no more no-position sentences given one than at 0: 21 of
     * 423), 0.9224 at 0.15, 0.9221-0.9222 at 0.2 and 0.3 (22-23 given one), 0.9216 at 0.5, 0.9034 at 1 (39). A flat
     * plateau from 0.05 to 0.3: the margin decides a pair or two per hand.
     */
    public static final double DEFAULT_MARGIN = 0.1;

    public static final PlainCueGate DEFAULT = new PlainCueGate(DEFAULT_MARGIN);

    public PlainCueGate {
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("a gate margin is a probability difference from 0 to 1, not " + margin);
        }
    }

    /**
     * Whether the rules' stance stands where the combiner's most likely class is "no position".
     *
     * @param trace       how the rules read the topic (null when they did not name it)
     * @param ruleStance  the rules' stance on the topic
     * @param probability the combiner's probabilities: NONE, then one per stance in {@link Stance}'s order
     */
    public boolean keepsRule(TopicTrace trace, Stance ruleStance, double[] probability) {
        return plainCue(trace)
                && probability[0] - probability[1 + ruleStance.ordinal()] < margin;
    }

    /**
     * Whether the rules read a topic named in the codebook's words with an explicit FOR or AGAINST cue, not negated,
     * hedged, conditional or in conflict with another cue.
     */
    static boolean plainCue(TopicTrace trace) {
        return trace != null && trace.how() == TopicTrace.How.NAMED && trace.stance() != null
                && trace.stance() != Stance.NEUTRAL && !trace.rule().isEmpty() && !trace.negated()
                && !trace.hedged() && !trace.inCondition() && !trace.conflict();
    }
}
