package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The plain-cue gate: where the rules read a topic named in the codebook's words with an explicit, un-negated,
 * un-hedged FOR or AGAINST cue, the learned combiner's "no position" overrules it only when it is more than the margin
 * more likely than the rules' stance. The traces are the rules' own reading of each sentence (no model, no Spring);
 * the combiner's probabilities are written out (NONE, FOR, AGAINST, NEUTRAL).
 */
class PlainCueGateTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    static final String PLAIN_FOR = "The representative of Brazil expressed support for the Budapest Convention.";
    static final String PLAIN_AGAINST = "Several speakers opposed mandatory data retention.";

    private static TopicTrace trace(String sentence, String topic) {
        return RULES.analyse(sentence, SentenceContext.NONE).topics().get(topic);
    }

    @Test
    void theMarginUsedIsTheOneChosenLeaveOneHandOut() {
        assertThat(PlainCueGate.DEFAULT.margin()).isEqualTo(PlainCueGate.DEFAULT_MARGIN).isEqualTo(0.1);
    }

    @Test
    void aPlainCueStandsAgainstANoPositionLessThanTheMarginAhead() {
        TopicTrace brazil = trace(PLAIN_FOR, "BUDAPEST_CONVENTION");
        assertThat(brazil.how() + " " + brazil.stance() + " " + brazil.rule()).isEqualTo("NAMED FOR SUPPORT");
        // the case the gate was made for: NONE 0.547 against FOR 0.451, 0.096 ahead
        double[] nearEven = {0.547, 0.451, 0.001, 0.001};
        assertThat(PlainCueGate.DEFAULT.keepsRule(brazil, Stance.FOR, nearEven)).isTrue();
        // 0.09 ahead: kept; 0.11 ahead: overruled
        assertThat(PlainCueGate.DEFAULT.keepsRule(brazil, Stance.FOR, new double[] {0.545, 0.455, 0, 0})).isTrue();
        assertThat(PlainCueGate.DEFAULT.keepsRule(brazil, Stance.FOR, new double[] {0.555, 0.445, 0, 0})).isFalse();
        // a clear "no position" still overrules: 0.65 ahead
        assertThat(PlainCueGate.DEFAULT.keepsRule(brazil, Stance.FOR, new double[] {0.80, 0.15, 0.03, 0.02}))
                .isFalse();
    }

    @Test
    void theMarginIsMeasuredAgainstTheRulesOwnStance() {
        TopicTrace retention = trace(PLAIN_AGAINST, "DATA_RETENTION");
        assertThat(retention.how() + " " + retention.stance() + " " + retention.rule())
                .isEqualTo("NAMED AGAINST OPPOSE");
        // NONE 0.50, AGAINST 0.42: 0.08 ahead, kept; the FOR of 0.49 does not count for an AGAINST cue
        assertThat(PlainCueGate.DEFAULT.keepsRule(retention, Stance.AGAINST, new double[] {0.50, 0.05, 0.42, 0.03}))
                .isTrue();
        assertThat(PlainCueGate.DEFAULT.keepsRule(retention, Stance.AGAINST, new double[] {0.50, 0.49, 0.01, 0}))
                .isFalse();
    }

    @Test
    void aPlainCueStandsAgainstAnotherStanceLessThanTheStanceMarginAhead() {
        TopicTrace retention = trace(PLAIN_AGAINST, "DATA_RETENTION");
        PlainCueGate gate = new PlainCueGate(0.1, 0, 0.2);
        // NEUTRAL 0.50 against the rules' AGAINST 0.35: 0.15 ahead, kept; FOR 0.60 against 0.30: 0.30 ahead, overruled
        assertThat(gate.keepsRuleStance(retention, Stance.AGAINST, Stance.NEUTRAL, new double[] {0.05, 0.10, 0.35, 0.50}))
                .isTrue();
        assertThat(gate.keepsRuleStance(retention, Stance.AGAINST, Stance.FOR, new double[] {0.05, 0.60, 0.30, 0.05}))
                .isFalse();
        // the default leaves it to the combiner
        assertThat(PlainCueGate.DEFAULT.keepsRuleStance(retention, Stance.AGAINST, Stance.NEUTRAL,
                new double[] {0.05, 0.10, 0.35, 0.50})).isFalse();
        // a negated cue is no plain cue: "did not support" is left to the combiner
        TopicTrace negated = trace("Several speakers did not support mandatory data retention.", "DATA_RETENTION");
        assertThat(gate.keepsRuleStance(negated, Stance.AGAINST, Stance.NEUTRAL, new double[] {0.05, 0.10, 0.35, 0.50}))
                .isFalse();
        assertThatThrownBy(() -> new PlainCueGate(0.1, 0, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMarginOfZeroLeavesEveryDecisionToTheCombiner() {
        TopicTrace brazil = trace(PLAIN_FOR, "BUDAPEST_CONVENTION");
        assertThat(new PlainCueGate(0).keepsRule(brazil, Stance.FOR, new double[] {0.547, 0.451, 0.001, 0.001}))
                .isFalse();
        assertThat(new PlainCueGate(1).keepsRule(brazil, Stance.FOR, new double[] {0.80, 0.15, 0.03, 0.02}))
                .isTrue();
    }

    @Test
    void aNegatedHedgedOrReferredBackCueIsNotPlainAndGetsNoMargin() {
        double[] nearEven = {0.50, 0.49, 0.005, 0.005};
        TopicTrace negated = trace("Several speakers did not object to the elaboration of a new convention.",
                "NEW_INSTRUMENT");
        assertThat(negated.rule()).isEqualTo("OPPOSE+negated");
        assertThat(PlainCueGate.DEFAULT.keepsRule(negated, Stance.FOR, nearEven)).isFalse();
        TopicTrace hedged = trace("The view was expressed that a new instrument could be supported provided that it "
                + "enjoyed broad support.", "NEW_INSTRUMENT");
        assertThat(hedged.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(PlainCueGate.DEFAULT.keepsRule(hedged, Stance.NEUTRAL, new double[] {0.5, 0, 0, 0.49})).isFalse();
        assertThat(PlainCueGate.DEFAULT.keepsRule(null, Stance.FOR, nearEven)).isFalse();
    }

    @Test
    void aMarginIsAProbabilityDifference() {
        assertThatThrownBy(() -> new PlainCueGate(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlainCueGate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlainCueGate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlainCueGate(0.1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    static final String SUPPORT_ON_CONDITION = "Several delegations said that they could support the establishment of "
            + "a 24/7 network, provided that it drew on the existing points of contact.";

    @Test
    void aHedgedClauseStaysNeutralAgainstAStanceLessThanTheHedgeMarginAhead() {
        TopicTrace network = trace(SUPPORT_ON_CONDITION, "NETWORKS_24_7");
        assertThat(network.how() + " " + network.stance() + " " + network.rule() + " " + network.hedged() + " "
                + network.inCondition()).isEqualTo("NAMED NEUTRAL CONDITIONAL true false");
        PlainCueGate gate = new PlainCueGate(0.1, 0.2);
        // FOR 0.50 against NEUTRAL 0.35: 0.15 ahead, NEUTRAL stands; FOR 0.60 against 0.30: 0.30 ahead, FOR wins
        assertThat(gate.keepsHedge(network, Stance.FOR, new double[] {0.10, 0.50, 0.05, 0.35})).isTrue();
        assertThat(gate.keepsHedge(network, Stance.FOR, new double[] {0.05, 0.60, 0.05, 0.30})).isFalse();
        assertThat(gate.keepsHedge(network, Stance.AGAINST, new double[] {0.10, 0.05, 0.45, 0.40})).isTrue();
        // a "no position" barely ahead of NEUTRAL does not veto the hedge either: 0.12 ahead kept, 0.25 not
        assertThat(gate.keepsHedge(network, null, new double[] {0.52, 0.04, 0.04, 0.40})).isTrue();
        assertThat(gate.keepsHedge(network, null, new double[] {0.60, 0.03, 0.02, 0.35})).isFalse();
        // a hedge margin of 0 leaves the decision to the combiner
        assertThat(gate.withHedgeMargin(0).keepsHedge(network, Stance.FOR, new double[] {0.10, 0.50, 0.05, 0.35}))
                .isFalse();
    }

    @Test
    void onlyAHedgedNeutralReadingOfATopicOutsideTheConditionIsKept() {
        PlainCueGate gate = new PlainCueGate(0.1, 0.5);
        double[] nearEven = {0.10, 0.46, 0.04, 0.40};
        // a plain cue is no hedge
        assertThat(gate.keepsHedge(trace(PLAIN_FOR, "BUDAPEST_CONVENTION"), Stance.FOR, nearEven)).isFalse();
        // the topic named inside the condition is not what the hedge makes NEUTRAL
        TopicTrace inCondition = trace("Some delegations could accept the draft convention only if it contained "
                + "human rights safeguards.", "HUMAN_RIGHTS");
        assertThat(inCondition.inCondition()).isTrue();
        assertThat(gate.keepsHedge(inCondition, Stance.FOR, nearEven)).isFalse();
        assertThat(gate.keepsHedge(null, Stance.FOR, nearEven)).isFalse();
    }

    @Test
    void aGateNamesBothMargins() {
        assertThat(new PlainCueGate(0.1, 0.2).label())
                .isEqualTo("gate_margin=0.1 hedge_margin=0.2 stance_margin=0.0");
        assertThat(new PlainCueGate(0.1, 0.2, 0.3).label())
                .isEqualTo("gate_margin=0.1 hedge_margin=0.2 stance_margin=0.3");
        assertThat(new PlainCueGate(0.15).hedgeMargin()).isEqualTo(PlainCueGate.DEFAULT_HEDGE_MARGIN);
    }

    @Test
    void aNegatedCueStandsAgainstANoPositionLessThanTheNegatedMarginAhead() {
        TopicTrace negated = trace("A few delegations did not object to drafting a further treaty on cybercrime.",
                "NEW_INSTRUMENT");
        assertThat(negated.how() + " " + negated.stance() + " " + negated.rule()).isEqualTo("NAMED FOR OPPOSE+negated");
        PlainCueGate gate = PlainCueGate.DEFAULT.withCueMargins(0.2, 0);
        // NONE 0.55 against FOR 0.40: 0.15 ahead, kept; NONE 0.70 against 0.25: 0.45 ahead, overruled
        assertThat(gate.keepsRule(negated, Stance.FOR, new double[] {0.55, 0.40, 0.03, 0.02})).isTrue();
        assertThat(gate.keepsRule(negated, Stance.FOR, new double[] {0.70, 0.25, 0.03, 0.02})).isFalse();
        // the default leaves it to the combiner, and the plain cue keeps its own margin
        assertThat(PlainCueGate.DEFAULT.keepsRule(negated, Stance.FOR, new double[] {0.55, 0.40, 0.03, 0.02}))
                .isFalse();
        assertThat(gate.keepsRule(trace(PLAIN_FOR, "BUDAPEST_CONVENTION"), Stance.FOR,
                new double[] {0.55, 0.40, 0.03, 0.02})).isFalse();
    }

    @Test
    void aCueOnATopicImpliedStandsAgainstANoPositionLessThanTheReferredMarginAhead() {
        TopicTrace implied = trace("Numerous delegations held that the existing regional treaties were quite sufficient.",
                "NEW_INSTRUMENT");
        assertThat(implied.how() + " " + implied.stance()).isEqualTo("IMPLIED AGAINST");
        PlainCueGate gate = PlainCueGate.DEFAULT.withCueMargins(0, 0.2);
        assertThat(gate.keepsRule(implied, Stance.AGAINST, new double[] {0.52, 0.02, 0.40, 0.06})).isTrue();
        assertThat(gate.keepsRule(implied, Stance.AGAINST, new double[] {0.75, 0.02, 0.20, 0.03})).isFalse();
        assertThat(PlainCueGate.DEFAULT.keepsRule(implied, Stance.AGAINST, new double[] {0.52, 0.02, 0.40, 0.06}))
                .isFalse();
        assertThat(gate.label()).isEqualTo("gate_margin=0.1 hedge_margin=0.0 stance_margin=0.0 negated_margin=0.0 "
                + "referred_margin=0.2");
    }

    @Test
    void aPlainRuleDecisionIsNotSentToReviewByAModelThatDisagreesWeakly() {
        TopicTrace brazil = trace(PLAIN_FOR, "BUDAPEST_CONVENTION");
        // "no position" 0.096 ahead: the cue stands, with the mean of the rules' 1 and the combiner's 0.451
        PlainCueGate.Settled kept = PlainCueGate.DEFAULT.settle(brazil, Stance.FOR, new double[] {0.547, 0.451, 0.001,
                0.001});
        assertThat(kept.stance()).isEqualTo(Stance.FOR);
        assertThat(kept.confidence()).isCloseTo(0.7255, within(1e-9))
                .isGreaterThanOrEqualTo(PositionClassifier.REVIEW_BELOW);
        // the combiner agrees, but below one half: still not to review
        PlainCueGate.Settled agreed = PlainCueGate.DEFAULT.settle(trace(PLAIN_AGAINST, "DATA_RETENTION"),
                Stance.AGAINST, new double[] {0.30, 0.05, 0.40, 0.25});
        assertThat(agreed.stance()).isEqualTo(Stance.AGAINST);
        assertThat(agreed.confidence()).isCloseTo(0.70, within(1e-9));
        // a clear "no position" still overrules it
        assertThat(PlainCueGate.DEFAULT.settle(brazil, Stance.FOR, new double[] {0.80, 0.15, 0.03, 0.02}).stance())
                .isNull();
    }

    @Test
    void aPositionTheCombinerDecidesAloneKeepsItsProbabilityAndGoesToReviewBelowOneHalf() {
        double[] unsure = {0.30, 0.45, 0.05, 0.20};
        // found by the combiner where the rules saw no topic
        PlainCueGate.Settled alone = PlainCueGate.DEFAULT.settle(null, null, unsure);
        assertThat(alone.stance() + " " + alone.confidence()).isEqualTo("FOR 0.45");
        assertThat(alone.confidence()).isLessThan(PositionClassifier.REVIEW_BELOW);
        // a negated cue is no plain cue: its confidence is the combiner's own
        TopicTrace negated = trace("Several delegations did not object to the elaboration of a new convention.",
                "NEW_INSTRUMENT");
        assertThat(PlainCueGate.DEFAULT.settle(negated, Stance.FOR, unsure).confidence()).isEqualTo(0.45);
        // the combiner overruling a plain cue's stance by more than the stance margin: its own probability
        PlainCueGate.Settled overruled = new PlainCueGate(0.1, 0, 0.1).settle(trace(PLAIN_FOR, "BUDAPEST_CONVENTION"),
                Stance.FOR, new double[] {0.05, 0.20, 0.70, 0.05});
        assertThat(overruled.stance() + " " + overruled.confidence()).isEqualTo("AGAINST 0.7");
    }
}
