package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.positions.EvaluationTest.position;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DecisionPathsTest {

    @Test
    void eachPairIsCountedOnThePathThatSettledItWithTheRulesOwnRightCountBeside() {
        DecisionPaths paths = new DecisionPaths();
        // rules FOR kept, gold FOR: right
        paths.add(Map.of("UNTOC", Stance.FOR), List.of(position("UNTOC", Stance.FOR)),
                List.of(position("UNTOC", Stance.FOR)));
        // rules FOR, combiner AGAINST, gold AGAINST: the combiner fixed it
        paths.add(Map.of("UNTOC", Stance.AGAINST), List.of(position("UNTOC", Stance.FOR)),
                List.of(position("UNTOC", Stance.AGAINST)));
        // rules nothing, combiner NEUTRAL, gold NEUTRAL: a topic only the combiner found
        paths.add(Map.of("HUMAN_RIGHTS", Stance.NEUTRAL), List.of(), List.of(position("HUMAN_RIGHTS", Stance.NEUTRAL)));
        // rules AGAINST withdrawn by the combiner on a sentence with no position: right, the rules were wrong
        paths.add(Map.of(), List.of(position("UNTOC", Stance.AGAINST)), List.of());
        // rules FOR withdrawn where the gold says FOR: wrong, the rules were right
        paths.add(Map.of("UNTOC", Stance.FOR), List.of(position("UNTOC", Stance.FOR)), List.of());
        // a gold position neither gave, and a sentence with no position given none (not a pair)
        paths.add(Map.of("UNTOC", Stance.AGAINST), List.of(), List.of());
        paths.add(Map.of(), List.of(), List.of());

        assertThat(paths.counts(DecisionPaths.Path.RULES_KEPT)).isEqualTo(new DecisionPaths.Counts(1, 1, 1));
        assertThat(paths.counts(DecisionPaths.Path.STANCE_CHANGED)).isEqualTo(new DecisionPaths.Counts(1, 1, 0));
        assertThat(paths.counts(DecisionPaths.Path.MODEL_ADDED)).isEqualTo(new DecisionPaths.Counts(1, 1, 0));
        assertThat(paths.counts(DecisionPaths.Path.RULES_DROPPED)).isEqualTo(new DecisionPaths.Counts(2, 1, 1));
        assertThat(paths.counts(DecisionPaths.Path.BOTH_MISSED)).isEqualTo(new DecisionPaths.Counts(1, 0, 0));
        assertThat(paths.line()).isEqualTo("rules_kept 1/1  stance_changed 1/1 (rules 0)  model_added 1/1 (rules 0)"
                + "  rules_dropped 1/2 (rules 1)  both_missed 0/1");
    }

    @Test
    void aTopicTheCombinerAddsWhereTheGoldHasNoneIsAWrongAdditionAndTheRulesSilenceRight() {
        DecisionPaths paths = new DecisionPaths();
        paths.add(Map.of("UNTOC", Stance.FOR), List.of(position("UNTOC", Stance.FOR)),
                List.of(position("UNTOC", Stance.FOR), position("NEW_INSTRUMENT", Stance.AGAINST)));

        assertThat(paths.counts(DecisionPaths.Path.RULES_KEPT)).isEqualTo(new DecisionPaths.Counts(1, 1, 1));
        assertThat(paths.counts(DecisionPaths.Path.MODEL_ADDED)).isEqualTo(new DecisionPaths.Counts(1, 0, 1));
    }
}
