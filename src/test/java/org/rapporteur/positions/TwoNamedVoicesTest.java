package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Two named speakers set against each other in one sentence ("The representative of A …, whereas the representative of
 * B …"): the sentence turns from one voice to the other there, as it does at "while others". A topic both voices speak
 * of takes the first voice's stance (the labelling guide, convention 6), and the second voice's hedge or cue does not
 * reach back into the first. The rules alone, one sentence each.
 */
class TwoNamedVoicesTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void theSecondSpeakersHedgeDoesNotMakeTheFirstSpeakersSupportNeutral() {
        assertThat(classify("The delegate of Ghana endorsed the adoption of the convention, whereas the delegate of "
                + "Peru said that her support would depend on the outcome of consultations in her capital."))
                .contains("DRAFT_CONVENTION_ADOPTION FOR");
    }

    @Test
    void theSecondSpeakersCueDoesNotDecideTheTopicTheFirstSpokeOf() {
        assertThat(classify("The representative of Mongolia voiced strong opposition to mandatory data retention, "
                + "while the representative of Kenya called data retention an essential tool of investigation."))
                .containsExactly("DATA_RETENTION AGAINST");
        assertThat(classify("The observer for the Council of Europe praised the Budapest Convention as a proven "
                + "framework, but the representatives of two other States dismissed the Budapest Convention as a "
                + "regional arrangement.")).containsExactly("BUDAPEST_CONVENTION FOR");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance()).toList();
    }
}
