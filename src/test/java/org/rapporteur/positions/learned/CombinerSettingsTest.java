package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CombinerSettingsTest {

    @Test
    void changesOnlyTheSettingsNamed() {
        PairModel.Settings s = PairModel.Settings.DEFAULT.with("l2=1e-3, epochs=8");
        assertThat(s.l2()).isEqualTo(1e-3);
        assertThat(s.epochs()).isEqualTo(8);
        assertThat(s.withEpochs(PairModel.Settings.DEFAULT.epochs()).with("l2=" + PairModel.Settings.DEFAULT.l2()))
                .isEqualTo(PairModel.Settings.DEFAULT);
    }

    @Test
    void theHardCasesOfTheGateWeighMoreWhereTheirWeightIsRaised() {
        // the same evidence labelled NONE where the rules read the topic and FOR where they did not, as often: with the
        // default weights the model leans to FOR, with the NONE pairs whose topic was read weighing three times to NONE
        java.util.List<PairModel.Pair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean none = i % 5 < 2;
            pairs.add(new PairModel.Pair(new int[] {7}, new float[] {i % 3, 1}, 0, none ? PairModel.NONE : 1, none));
        }
        PairModel.Settings plain = PairModel.Settings.DEFAULT.with("noneBias=0");
        double[] before = PairModel.train(pairs, 1, plain).predict(new int[] {7}, new float[] {1, 1}, 0);
        double[] after = PairModel.train(pairs, 1, plain.with("namedNoneWeight=3"))
                .predict(new int[] {7}, new float[] {1, 1}, 0);
        assertThat(before[1]).isGreaterThan(before[PairModel.NONE]);
        assertThat(after[PairModel.NONE]).isGreaterThan(after[1]);
    }

    @Test
    void neutralPairsWeighMoreWhereTheirWeightIsRaised() {
        // the same evidence labelled NEUTRAL once and FOR twice in three: with the default weights the model leans to
        // FOR, with the NEUTRAL pairs weighing three times to NEUTRAL
        java.util.List<PairModel.Pair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pairs.add(new PairModel.Pair(new int[] {7}, new float[] {i % 2, 1}, 0, i % 3 == 0 ? PairModel.NEUTRAL : 1));
        }
        PairModel.Settings plain = PairModel.Settings.DEFAULT.with("noneBias=0");
        double[] before = PairModel.train(pairs, 1, plain).predict(new int[] {7}, new float[] {1, 1}, 0);
        double[] after = PairModel.train(pairs, 1, plain.with("neutralWeight=3"))
                .predict(new int[] {7}, new float[] {1, 1}, 0);
        assertThat(PairModel.Settings.DEFAULT.neutralWeight()).isEqualTo(1.0);
        assertThat(before[1]).isGreaterThan(before[PairModel.NEUTRAL]);
        assertThat(after[PairModel.NEUTRAL]).isGreaterThan(after[1]);
    }

    @Test
    void refusesAnUnknownSettingByName() {
        assertThatThrownBy(() -> PairModel.Settings.DEFAULT.with("l3=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no setting l3 (");
        assertThatThrownBy(() -> PairModel.Settings.DEFAULT.with("l2=much"))
                .hasMessage("the setting l2 is not a number: \"much\"");
    }
}
