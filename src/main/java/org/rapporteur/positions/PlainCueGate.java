package org.rapporteur.positions;

/**
 * When the rules' reading stands against a near-even decision of the learned combiner. The combiner decides, for every
 * (sentence, topic) pair, whether the sentence takes a position at all and which. Two of the rules' readings are
 * explicit enough that a decision barely ahead of them does not overrule them:
 * <ul>
 * <li>a <b>plain cue</b>: a topic named in the codebook's words with an explicit FOR or AGAINST cue (not negated,
 * hedged, conditional or in conflict with another cue). A "no position" that is barely ahead does not veto it ("The
 * representative of Brazil expressed support for the Budapest Convention." once gave NONE 0.547 against FOR 0.451):
 * the rules' stance stands unless NONE is more than {@link #margin()} more likely than it;</li>
 * <li>a <b>hedge</b>: a topic named (or referred back to) in a clause the rules read NEUTRAL because of a hedge or
 * neutral frame ("supported, provided that it built on existing structures", "could join a consensus only if …"),
 * the topic not itself inside the condition. A FOR, AGAINST or "no position" barely ahead of NEUTRAL does not overrule
 * it: NEUTRAL stands unless the combiner's choice is more than {@link #hedgeMargin()} more likely than NEUTRAL.</li>
 * <li>a <b>plain cue against another stance</b>: the same plain cue where the combiner's most likely class is another
 * stance ("We are not in a position to support the proposal for a new treaty", OPPOSE, read NEUTRAL by the combiner).
 * The rules' stance stands unless the combiner's stance is more than {@link #stanceMargin()} more likely than it.</li>
 * </ul>
 * Two further readings may be given a margin against "no position" (both 0, off, by default):
 * <ul>
 * <li>a <b>negated cue</b>: a topic named or referred back to whose stance a negation decided ("did not object to a new
 * convention" is FOR it, "could not support X" AGAINST X), not hedged, conditional or in conflict: the rules' stance
 * stands unless NONE is more than {@link #negatedMargin()} more likely than it;</li>
 * <li>a <b>referred cue</b>: an explicit, un-negated FOR or AGAINST cue on a topic referred back to ("that
 * Convention") or implied by the cue ("existing instruments are sufficient"): the rules' stance stands unless NONE is
 * more than {@link #referredMargin()} more likely than it.</li>
 * </ul>
 * A margin of 0 leaves those decisions to the combiner.
 *
 * <p>{@link #settle} applies them and gives the position its confidence. A plain cue's stance that stands (the combiner
 * agrees, or disagrees by less than a margin) has two readers behind it: the rules, certain of an explicit cue, and the
 * combiner; its confidence is the mean of the two (1 and the combiner's probability of that stance), so never below
 * one half: a weak disagreement of the model neither overrules a plain reading nor sends it to review. Every other
 * position's confidence is the combiner's probability of its stance. (Kept against a "no position" less than the
 * margin ahead, a plain cue's own probability is at most one half by construction; as the combiner's probability, the
 * gate's every such decision went to review and out of the counts.)
 *
 * @param margin      how much more likely (in probability) "no position" must be than the rules' plain stance to
 *                    overrule it
 * @param hedgeMargin how much more likely FOR, AGAINST or "no position" must be than NEUTRAL to overrule the
 *                    rules' hedge
 * @param stanceMargin how much more likely another stance must be than the rules' plain stance to overrule it
 * @param negatedMargin how much more likely "no position" must be than the rules' stance from a negated cue
 * @param referredMargin how much more likely "no position" must be than the rules' stance on a topic referred back
 *                    to or implied
 */
public record PlainCueGate(double margin, double hedgeMargin, double stanceMargin, double negatedMargin,
                           double referredMargin) {

    /**
     * The margin used: chosen leave-one-hand-out on the eight read hands ({@code evaluate --leave-one-hand-out DIR
     * --score bln,cop,rap,sec,stm,gold,dev,holdout --gate-margin 0,0.05,0.1,0.15,0.2,0.3,0.5,1}): mean macro F1 0.9219
     * at 0, 0.9224 at 0.05, 0.9226 at 0.1 (the best, and no more no-position sentences given one than at 0: 21 of
     * 423), 0.9224 at 0.15, 0.9221-0.9222 at 0.2 and 0.3 (22-23 given one), 0.9216 at 0.5, 0.9034 at 1 (39). A flat
     * plateau from 0.05 to 0.3: the margin decides a pair or two per hand.
     */
    public static final double DEFAULT_MARGIN = 0.1;

    /**
     * The hedge margin used: 0 (off). Measured leave-one-hand-out with 28 hands in training ({@code --hedge-margin
     * 0,0.1,0.2,0.3}): the eight read hands score the same at every margin (mean macro F1 0.932), so the simplest stands.
     */
    public static final double DEFAULT_HEDGE_MARGIN = 0;

    /**
     * The stance margin used: 0 (off). Measured leave-one-hand-out with 40 hands in training ({@code --score
     * bl7,bl8,stm,bln,sec,rap,cop --stance-margin 0,0.1,0.2,0.3}): mean macro F1 of the seven read hands 0.908, 0.907,
     * 0.908, 0.907 (README, "Positions: measured"), so the simplest stands.
     */
    public static final double DEFAULT_STANCE_MARGIN = 0;

    /**
     * The negated-cue margin used: 0 (off). Measured leave-one-hand-out with 48 hands in training on the eleven failing
     * hands ({@code --negated-margin 0,0.1,0.2}): 0.1 and 0.2 lower the six never-read failing hands' mean macro F1 by
     * 0.0004 and leave the five read ones as they were (README, "Positions: measured", session 17).
     */
    public static final double DEFAULT_NEGATED_MARGIN = 0;

    /**
     * The referred-cue margin used: 0 (off). Measured as the negated one ({@code --referred-margin 0,0.1,0.2}): no
     * hand's figures move at 0.1 or 0.2.
     */
    public static final double DEFAULT_REFERRED_MARGIN = 0;

    public static final PlainCueGate DEFAULT = new PlainCueGate(DEFAULT_MARGIN, DEFAULT_HEDGE_MARGIN,
            DEFAULT_STANCE_MARGIN, DEFAULT_NEGATED_MARGIN, DEFAULT_REFERRED_MARGIN);

    public PlainCueGate {
        for (double m : new double[] {margin, hedgeMargin, stanceMargin, negatedMargin, referredMargin}) {
            if (!(m >= 0 && m <= 1)) {
                throw new IllegalArgumentException("a gate margin is a probability difference from 0 to 1, not " + m);
            }
        }
    }

    /** The plain-cue margin given, the hedge and stance margins the defaults. */
    public PlainCueGate(double margin) {
        this(margin, DEFAULT_HEDGE_MARGIN);
    }

    /** The plain-cue and hedge margins given, the stance margin the default. */
    public PlainCueGate(double margin, double hedgeMargin) {
        this(margin, hedgeMargin, DEFAULT_STANCE_MARGIN);
    }

    /** The plain-cue, hedge and stance margins given, the negated and referred margins the defaults. */
    public PlainCueGate(double margin, double hedgeMargin, double stanceMargin) {
        this(margin, hedgeMargin, stanceMargin, DEFAULT_NEGATED_MARGIN, DEFAULT_REFERRED_MARGIN);
    }

    /** How a table of scores names this gate: "gate_margin=0.1 hedge_margin=0.2 stance_margin=0". */
    public String label() {
        return "gate_margin=" + margin + " hedge_margin=" + hedgeMargin + " stance_margin=" + stanceMargin
                + (negatedMargin == 0 && referredMargin == 0 ? ""
                        : " negated_margin=" + negatedMargin + " referred_margin=" + referredMargin);
    }

    /** This gate with another hedge margin. */
    public PlainCueGate withHedgeMargin(double hedge) {
        return new PlainCueGate(margin, hedge, stanceMargin, negatedMargin, referredMargin);
    }

    /** This gate with another stance margin. */
    public PlainCueGate withStanceMargin(double stance) {
        return new PlainCueGate(margin, hedgeMargin, stance, negatedMargin, referredMargin);
    }

    /** This gate with other negated-cue and referred-cue margins. */
    public PlainCueGate withCueMargins(double negated, double referred) {
        return new PlainCueGate(margin, hedgeMargin, stanceMargin, negated, referred);
    }

    /**
     * What the combiner and the rules settle on for one topic: a stance (null: no position) and its confidence.
     *
     * @param stance     null for no position
     * @param confidence from 0 to 1 (0 with no position)
     */
    public record Settled(Stance stance, double confidence) {
    }

    /**
     * The stance the combiner's probabilities and the rules' reading settle on for a topic (the combiner's most likely
     * class, unless a margin keeps the rules' reading), and its confidence (see the class's comment).
     *
     * @param trace       how the rules read the topic (null when they did not name it)
     * @param ruleStance  the rules' stance on the topic, null when they took no position on it
     * @param probability the combiner's probabilities: NONE, then one per stance in {@link Stance}'s order
     */
    public Settled settle(TopicTrace trace, Stance ruleStance, double[] probability) {
        int best = 0;
        for (int k = 1; k < probability.length; k++) {
            if (probability[k] > probability[best]) {
                best = k;
            }
        }
        Stance stance = best == 0 ? null : Stance.values()[best - 1];
        if (ruleStance != null) {
            if (stance == null && keepsRule(trace, ruleStance, probability)) {
                stance = ruleStance; // a near-even "no position" does not veto the rules' cue
            }
            if (stance != null && keepsRuleStance(trace, ruleStance, stance, probability)) {
                stance = ruleStance; // nor does another stance only a little more likely than the plain cue's
            }
            if (keepsHedge(trace, stance, probability)) {
                stance = Stance.NEUTRAL; // a hedged clause ("supported, provided that …") stays NEUTRAL
            }
        }
        if (stance == null) {
            return new Settled(null, 0);
        }
        double p = probability[1 + stance.ordinal()];
        return new Settled(stance, stance == ruleStance && plainCue(trace) ? (1 + p) / 2 : p);
    }

    /**
     * Whether the rules' stance stands where the combiner's most likely class is "no position".
     *
     * @param trace       how the rules read the topic (null when they did not name it)
     * @param ruleStance  the rules' stance on the topic
     * @param probability the combiner's probabilities: NONE, then one per stance in {@link Stance}'s order
     */
    public boolean keepsRule(TopicTrace trace, Stance ruleStance, double[] probability) {
        double ahead = probability[0] - probability[1 + ruleStance.ordinal()];
        if (plainCue(trace)) {
            return ahead < margin;
        }
        if (negatedCue(trace)) {
            return ahead < negatedMargin;
        }
        return referredCue(trace) && ahead < referredMargin;
    }

    /**
     * Whether the rules' plain stance stands where the combiner's most likely class is another stance.
     *
     * @param trace       how the rules read the topic (null when they did not name it)
     * @param ruleStance  the rules' stance on the topic
     * @param stance      the combiner's most likely stance (not null)
     * @param probability the combiner's probabilities: NONE, then one per stance in {@link Stance}'s order
     */
    public boolean keepsRuleStance(TopicTrace trace, Stance ruleStance, Stance stance, double[] probability) {
        return stance != ruleStance && plainCue(trace)
                && probability[1 + stance.ordinal()] - probability[1 + ruleStance.ordinal()] < stanceMargin;
    }

    /**
     * Whether the rules' NEUTRAL stands where the combiner's most likely class is FOR, AGAINST or "no position".
     *
     * @param trace       how the rules read the topic (null when they did not name it)
     * @param stance      the combiner's most likely stance, null for "no position"
     * @param probability the combiner's probabilities: NONE, then one per stance in {@link Stance}'s order
     */
    public boolean keepsHedge(TopicTrace trace, Stance stance, double[] probability) {
        int chosen = stance == null ? 0 : 1 + stance.ordinal();
        return hedged(trace) && stance != Stance.NEUTRAL
                && probability[chosen] - probability[1 + Stance.NEUTRAL.ordinal()] < hedgeMargin;
    }

    /**
     * Whether the rules read a topic named or referred back to as NEUTRAL because a hedge or neutral frame stands in
     * its part of the sentence, the topic not itself inside the condition.
     */
    static boolean hedged(TopicTrace trace) {
        return trace != null && (trace.how() == TopicTrace.How.NAMED || trace.how() == TopicTrace.How.ANAPHOR)
                && trace.stance() == Stance.NEUTRAL && trace.hedged() && !trace.inCondition();
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

    /**
     * Whether the rules read a topic named or referred back to with a FOR or AGAINST stance that a negation decided
     * ("did not object to X"), not hedged, conditional or in conflict with another cue.
     */
    static boolean negatedCue(TopicTrace trace) {
        return trace != null && (trace.how() == TopicTrace.How.NAMED || trace.how() == TopicTrace.How.ANAPHOR)
                && trace.stance() != null && trace.stance() != Stance.NEUTRAL && trace.negated()
                && !trace.hedged() && !trace.inCondition() && !trace.conflict();
    }

    /**
     * Whether the rules read a topic referred back to ("that Convention") or implied by its cue ("existing instruments
     * are sufficient") with an explicit, un-negated FOR or AGAINST cue, not hedged, conditional or in conflict.
     */
    static boolean referredCue(TopicTrace trace) {
        return trace != null && (trace.how() == TopicTrace.How.ANAPHOR || trace.how() == TopicTrace.How.IMPLIED)
                && trace.stance() != null && trace.stance() != Stance.NEUTRAL && !trace.rule().isEmpty()
                && !trace.negated() && !trace.hedged() && !trace.inCondition() && !trace.conflict();
    }
}
