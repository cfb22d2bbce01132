package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.RuleAnalysis;
import org.rapporteur.positions.SentenceContext;
import org.rapporteur.positions.SentenceResult;
import org.rapporteur.positions.Stance;

/** The evidence of a learned decision: the labelled examples on the topic nearest to the sentence, nearest first. */
class NearestExamplesTest {

    private static final List<GoldSentence> SENTENCES = List.of(
            new GoldSentence("e1", "one", Map.of("T", Stance.FOR)),
            new GoldSentence("e2", "two", Map.of("T", Stance.AGAINST)),
            new GoldSentence("e3", "three", Map.of("U", Stance.FOR)),
            new GoldSentence("e4", "four", Map.of("T", Stance.NEUTRAL)),
            new GoldSentence("e0", "zero", Map.of("T", Stance.FOR)),
            new GoldSentence("e5", "five", Map.of()));

    private static LearnedModel model() {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        vectors.put("one", new float[] {1, 0});
        vectors.put("two", new float[] {0.6f, 0.8f});
        vectors.put("three", new float[] {1, 0}); // as near as it gets, but on another topic
        vectors.put("four", new float[] {0, 1});
        vectors.put("zero", new float[] {1, 0}); // as near as e1: the smaller id comes first
        vectors.put("five", new float[] {1, 0}); // no position on any topic
        // the rules' reading does not matter here: every sentence is read by the model, and the rules found nothing
        return LearnedModel.train("test", SENTENCES, vectors, List.of("T", "U"), (text, body) -> new RuleAnalysis(text,
                new SentenceResult(List.of(), "", SentenceContext.NONE, "", ""), Map.of(), null, "", false, true,
                List.of()));
    }

    @Test
    void listsTheNearestExamplesOnTheTopicWithTheirStanceNearestFirstTiesByIdentifier() {
        LearnedModel model = model();
        assertThat(model.nearest(new float[] {1, 0}, "T", 3)).containsExactly("e0=FOR", "e1=FOR", "e2=AGAINST");
        assertThat(model.nearest(new float[] {0, 1}, "T", 2)).containsExactly("e4=NEUTRAL", "e2=AGAINST");
        assertThat(model.nearest(new float[] {0, 1}, "T", 9)).containsExactly("e4=NEUTRAL", "e2=AGAINST", "e0=FOR",
                "e1=FOR");
        assertThat(model.nearest(new float[] {0, 1}, "U", 3)).containsExactly("e3=FOR");
    }
}
