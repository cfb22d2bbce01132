package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    static Position position(String topic, Stance stance) {
        return new Position(topic, stance, "Many speakers", 4, "", "", "TEST", "");
    }

    @Test
    void topicDetectionCountsAPairFoundWithTheWrongStanceAsFoundButNotTheStance() {
        Evaluation e = new Evaluation();
        // found with the right stance; found with the wrong stance; missed; found where the gold has none
        e.add(new GoldSentence("s1", "A.", Map.of("UNTOC", Stance.FOR)), List.of(position("UNTOC", Stance.FOR)));
        e.add(new GoldSentence("s2", "B.", Map.of("UNTOC", Stance.AGAINST)), List.of(position("UNTOC", Stance.FOR)));
        e.add(new GoldSentence("s3", "C.", Map.of("HUMAN_RIGHTS", Stance.NEUTRAL)), List.of());
        e.add(new GoldSentence("s4", "D.", Map.of()), List.of(position("HUMAN_RIGHTS", Stance.AGAINST)));

        assertThat(e.topicDetection().precision()).isEqualTo(2.0 / 3);
        assertThat(e.topicDetection().recall()).isEqualTo(2.0 / 3);
        assertThat(e.topicDetection().support()).isEqualTo(3);
        assertThat(e.stance(Stance.AGAINST).recall()).isZero();
        assertThat(e.stance(Stance.FOR).precision()).isEqualTo(0.5);
        assertThat(e.report()).contains("topic detection (any stance): precision 0.667 recall 0.667 f1 0.667 support 3");
    }
}
