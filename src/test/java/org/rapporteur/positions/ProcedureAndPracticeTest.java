package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Facts and procedure that name a topic take no position: the Chair's invitation to submit or share, a recommendation
 * as a document, a proposal to delete put to a vote, what a national law requires. The same words still carry a stance
 * where a speaker asks for something. The rules alone, one sentence each.
 */
class ProcedureAndPracticeTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void theChairsInvitationToSubmitIsProcedure() {
        assertThat(classify("The Chair invited the experts to send their written remarks on the chapter on the "
                + "24/7 network before the next session.")).isEmpty();
        assertThat(classify("The Conference invited States to submit information on their use of the Organized "
                + "Crime Convention.")).isEmpty();
        assertThat(classify("The Conference invited States parties to consider the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION FOR CALL_FOR");
    }

    @Test
    void aRecommendationAsADocumentIsNoCall() {
        assertThat(classify("Time did not allow the meeting to finish reading the draft recommendation on data "
                + "retention.")).isEmpty();
        assertThat(classify("Several experts recommended the Organized Crime Convention to States facing online "
                + "fraud.")).containsExactly("UNTOC FOR CALL_FOR");
    }

    @Test
    void whatANationalLawRequiresIsPractice() {
        assertThat(classify("Two speakers explained that the criminal procedure code of their countries required "
                + "providers to keep traffic data for two years.")).isEmpty();
        assertThat(classify("One speaker said that national law required providers to retain traffic data and that "
                + "such an obligation was essential to investigations."))
                .containsExactly("DATA_RETENTION FOR NEED");
    }

    @Test
    void aProposalToDeletePutToAVoteIsNoDeletionAskedFor() {
        assertThat(classify("The Committee then voted on a proposal to delete the paragraph on the 24/7 network.")
                .stream().filter(p -> p.contains("DELETE")).toList()).isEmpty();
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
