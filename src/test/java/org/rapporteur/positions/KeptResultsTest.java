package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The classifier keeps its results by sentence and context: a sentence met again after the same sentence before is
 * answered from them, and one met after another context is read again in that context.
 */
class KeptResultsTest {

    private static final String THEY = "In doing so, they stressed the importance of technical assistance.";

    private static PositionClassifier rulesKeeping(int sentences) {
        return new PositionClassifier(CodebookReader.readDefault(), name -> Optional.empty()).caching(sentences);
    }

    private static List<String> voices(PositionClassifier classifier, String before) {
        return classifier.classifyAll(List.of(before, THEY)).get(1).positions().stream()
                .map(p -> p.topic() + " " + p.quantifier() + " " + p.weight()).toList();
    }

    @Test
    void aSentenceMetAgainInTheSameContextIsAnsweredFromTheKeptResults() {
        PositionClassifier classifier = rulesKeeping(100);
        assertThat(voices(classifier, "Several delegations described their national legislation."))
                .containsExactly("CAPACITY_BUILDING Several delegations 3");
        assertThat(classifier.costLine()).startsWith("sentences=2 from_kept_results=0 (0%)");

        assertThat(voices(classifier, "Several delegations described their national legislation."))
                .containsExactly("CAPACITY_BUILDING Several delegations 3");
        assertThat(classifier.costLine()).startsWith("sentences=4 from_kept_results=2 (50%)");
    }

    @Test
    void theSameSentenceAfterAnotherSentenceTakesThatOnesQuantifier() {
        PositionClassifier classifier = rulesKeeping(100);
        assertThat(voices(classifier, "Several delegations described their national legislation."))
                .containsExactly("CAPACITY_BUILDING Several delegations 3");
        assertThat(voices(classifier, "Many speakers described their national legislation."))
                .containsExactly("CAPACITY_BUILDING Many speakers 4");
        // the second paragraph's first sentence is new, and "they" after it is another context: nothing kept applies
        assertThat(classifier.costLine()).startsWith("sentences=4 from_kept_results=0 (0%)");
    }

    @Test
    void keepingNoResultsGivesTheSameResults() {
        PositionClassifier keeping = rulesKeeping(100);
        PositionClassifier not = rulesKeeping(0);
        List<String> paragraph = List.of("Several delegations described their national legislation.", THEY,
                "Several delegations described their national legislation.", THEY);
        keeping.classifyAll(paragraph);
        assertThat(keeping.classifyAll(paragraph)).isEqualTo(not.classifyAll(paragraph));
        assertThat(not.costLine()).startsWith("sentences=4 from_kept_results=0 (0%)");
    }
}
