package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The model reads every sentence that can carry a position, or (to save its cost) only those the rules leave open. */
class ModelUseTest {

    static final PositionClassifier ALL = PositionClassifier.withDefaultModel(CodebookReader.readDefault(),
            name -> Optional.empty());
    static final PositionClassifier UNDECIDED = ALL.using(PositionClassifier.ModelUse.UNDECIDED);

    @Test
    void aSentenceTheRulesDecideIsLeftToThemWhenOnlyUndecidedOnesAreRead() {
        String decided = "Many speakers were of the view that a new instrument on cybercrime was not needed.";
        long before = lookups();
        Position byRules = UNDECIDED.classify(decided, SentenceContext.NONE).positions().get(0);
        assertThat(lookups()).as("the model was not consulted").isEqualTo(before);
        Position byAll = ALL.classify(decided, SentenceContext.NONE).positions().get(0);
        assertThat(lookups()).as("the model read the sentence's vector").isEqualTo(before + 1);
        assertThat(byRules.topic() + " " + byRules.stance() + " " + byRules.rule() + " " + byRules.confidence())
                .isEqualTo("NEW_INSTRUMENT AGAINST NEED+negated 1.0");
        assertThat(byAll.stance()).isEqualTo(Stance.AGAINST);
    }

    /** How many times a sentence's vector was asked for, wherever it came from (the combiner asks once a sentence). */
    private static long lookups() {
        return ALL.vectors().cacheHits() + ALL.vectors().embedded() + ALL.vectors().fromStore();
    }

    @Test
    void withoutTheModelASentenceTheRulesLeaveOpenTakesNoPositionAndADecidedOneKeepsTheRulesConfidence() {
        PositionClassifier none = ALL.using(PositionClassifier.ModelUse.NONE);
        assertThat(none.usesModel()).isFalse();
        assertThat(none.classify("Several speakers noted the work of the 24/7 network in their region.",
                SentenceContext.NONE).positions()).isEmpty();
        Position byRules = none.classify("Many speakers were of the view that a new instrument on cybercrime was not "
                + "needed.", SentenceContext.NONE).positions().get(0);
        assertThat(byRules.topic() + " " + byRules.stance() + " " + byRules.confidence())
                .isEqualTo("NEW_INSTRUMENT AGAINST 1.0");
    }

    @Test
    void aSentenceTheRulesLeaveOpenIsReadByTheModelEitherWay() {
        String open = "Several speakers said that the round-the-clock contact points had allowed them to preserve data "
                + "within hours.";
        assertThat(UNDECIDED.classify(open, SentenceContext.NONE).positions())
                .isEqualTo(ALL.classify(open, SentenceContext.NONE).positions())
                .extracting(Position::topic).containsExactly("NETWORKS_24_7");
    }
}
