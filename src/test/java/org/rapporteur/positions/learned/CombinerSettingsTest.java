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
    void refusesAnUnknownSettingByName() {
        assertThatThrownBy(() -> PairModel.Settings.DEFAULT.with("l3=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no setting l3 (");
        assertThatThrownBy(() -> PairModel.Settings.DEFAULT.with("l2=much"))
                .hasMessage("the setting l2 is not a number: \"much\"");
    }
}
