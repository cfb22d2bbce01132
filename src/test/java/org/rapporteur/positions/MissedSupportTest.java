package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Support said in words the codebook did not know, so that a sentence that clearly supports a topic got no position:
 * what cannot be replaced, a negated subject without a noun ("nobody"), a text long overdue, adopting "the convention",
 * assistance asked for a task, a body's own recommendation, the speakers' own evaluations. The rules alone.
 */
class MissedSupportTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void whatOneThingAloneCouldNotReplaceIsSupportedAndTheOtherIsNot() {
        assertThat(classify("Several delegations doubted that informal police cooperation alone could replace a "
                + "binding instrument on cybercrime."))
                .containsExactly("NEW_INSTRUMENT FOR REPLACE_ALONE+negated");
        assertThat(classify("One speaker said that the 24/7 networks could not replace the expedited preservation "
                + "of stored data."))
                .containsExactly("ELECTRONIC_EVIDENCE FOR IRREPLACEABLE");
    }

    @Test
    void nobodyDisputingIsFor() {
        assertThat(classify("Nobody in the room disputed the value of capacity-building."))
                .containsExactly("CAPACITY_BUILDING FOR IMPORTANCE");
    }

    @Test
    void overdueAndHistoricAreFor() {
        assertThat(classify("Many delegations said that a universal convention on cybercrime was long overdue."))
                .containsExactly("NEW_INSTRUMENT FOR NEED");
        assertThat(classify("Several delegations said that adopting the convention would be a historic achievement."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION FOR IMPORTANCE");
    }

    @Test
    void assistanceAskedForATaskIsCapacityBuilding() {
        assertThat(classify("Ghana requested assistance in establishing a national forensic laboratory."))
                .containsExactly("CAPACITY_BUILDING FOR CALL_FOR");
        assertThat(classify("Ghana requested the secretariat to circulate the list of speakers."))
                .isEmpty();
    }

    @Test
    void aBodysRecommendationIsTheWholeBodysVoice() {
        List<Position> positions = RULES.classify("The Working Group recommended that States make full use of "
                + "the 24/7 network.", SentenceContext.NONE).positions();
        assertThat(positions).extracting(p -> p.topic() + " " + p.stance() + " " + p.rule() + " " + p.quantifier()
                + " " + p.weight())
                .containsExactly("NETWORKS_24_7 FOR RELEVANT The Working Group recommended 6");
    }

    @Test
    void aNeedThatIsNotIsAgainst() {
        assertThat(classify("One delegation said that the convention need not say anything on data retention."))
                .containsExactly("DATA_RETENTION AGAINST NO_NEED");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
