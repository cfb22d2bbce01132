package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The nearest labelled sentences' votes on each topic, a feature of the combiner. */
class NeighbourVotesTest {

    private static final List<LearnedModel.Example> EXAMPLES = List.of(
            new LearnedModel.Example("sec1", "a", "", "T=FOR", new float[] {1, 0}),
            new LearnedModel.Example("sec2", "b", "", "T=AGAINST;U=FOR", new float[] {0.8f, 0.6f}),
            new LearnedModel.Example("rap1", "c", "", "T=NEUTRAL", new float[] {0.6f, 0.8f}),
            new LearnedModel.Example("rap2", "d", "", "", new float[] {0, 1}));
    private static final int[][] CLASSES = LearnedModel.classes(EXAMPLES, List.of("T", "U"));

    @Test
    void theKNearestVoteTheirLabelsOnEachTopicNoneWhereTheyHaveNoPosition() {
        double[][] votes = LearnedModel.votes(EXAMPLES, CLASSES, 2, new float[] {1, 0}, 2, null);
        // sec1 and sec2 are nearest: T is FOR once and AGAINST once, U FOR once and NONE once
        assertThat(votes[0]).containsExactly(0, 0.5, 0.5, 0);
        assertThat(votes[1]).containsExactly(0.5, 0.5, 0, 0);
    }

    @Test
    void theLastRowIsTheShareOfNeighboursTakingNoPositionAtAll() {
        // nearest to {0, 1}: rap2 (no position on any topic) and rap1 (NEUTRAL on T)
        double[][] votes = LearnedModel.votes(EXAMPLES, CLASSES, 2, new float[] {0, 1}, 2, null);
        assertThat(votes).hasNumberOfRows(3);
        assertThat(votes[2][0]).isEqualTo(0.5);
        // nearest to {1, 0}: sec1 and sec2, both with a position
        assertThat(LearnedModel.votes(EXAMPLES, CLASSES, 2, new float[] {1, 0}, 2, null)[2][0]).isEqualTo(0);
    }

    @Test
    void aSentenceOfTheCorpusIsNotVotedOnByItsOwnHand() {
        double[][] votes = LearnedModel.votes(EXAMPLES, CLASSES, 2, new float[] {1, 0}, 2, "sec");
        // in training, as for a text by a new hand, only the other hands vote: rap1 (NEUTRAL on T) and rap2 (none)
        assertThat(votes[0]).containsExactly(0.5, 0, 0, 0.5);
        assertThat(LearnedModel.source("sec014")).isEqualTo("sec");
        assertThat(LearnedModel.source("g7")).isEqualTo("g");
        assertThat(LearnedModel.fromSource("sec014", "sec")).isTrue();
        assertThat(LearnedModel.fromSource("sec014", "se")).isFalse();
        assertThat(LearnedModel.fromSource("g7", "g")).isTrue();
        assertThat(LearnedModel.fromSource("g7", "gold")).isFalse();
    }

    @Test
    void eachNumberedHandIsASourceOfItsOwn() {
        // hands written one after another under one prefix ("bl2", …, "bl10") are distinct writers: the sentence's number
        // in its hand is the id's last three digits
        assertThat(LearnedModel.source("bl8014")).isEqualTo("bl8");
        assertThat(LearnedModel.source("bl10001")).isEqualTo("bl10");
        assertThat(LearnedModel.fromSource("bl8014", "bl8")).isTrue();
        assertThat(LearnedModel.fromSource("bl8014", "bl")).isFalse();
        assertThat(LearnedModel.fromSource("bl10001", "bl1")).isFalse();
        assertThat(LearnedModel.fromSource("bl10001", "bl10")).isTrue();
        assertThat(LearnedModel.source("PRODUCTION_CAPS#12")).isEqualTo("PRODUCTION_CAPS#");
    }

    @Test
    void theNearestAmongAFewIndexesHoldingTheNearestAreTheNearestOfAll() {
        // nearest to {0.6, 0.8}: rap1 (itself, 1.0), sec2 (0.96), rap2 (0.8), then sec1 (0.6)
        assertThat(LearnedModel.nearest(EXAMPLES, new float[] {0.6f, 0.8f}, 3, null, null)).containsExactly(2, 1, 3);
        // a retraining looks among an example's nearest and the examples added since: the same answer
        assertThat(LearnedModel.nearest(EXAMPLES, new float[] {0.6f, 0.8f}, 3, null, new int[] {1, 2, 3}))
                .containsExactly(2, 1, 3);
        assertThat(LearnedModel.nearest(EXAMPLES, new float[] {0.6f, 0.8f}, 2, "rap", new int[] {0, 1}))
                .containsExactly(1, 0);
    }

    @Test
    void noVotesWhenKIsZero() {
        assertThat(LearnedModel.votes(EXAMPLES, CLASSES, 2, new float[] {1, 0}, 0, null)).isNull();
    }
}
