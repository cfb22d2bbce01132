package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * In a drafting group, opposition is voiced as deletion: taking a provision, reference or words out of the text is
 * AGAINST what they hold, whatever verb asks for it ("proposed", "preferred", "called for"); opposing the deletion or
 * keeping the provision is FOR. Data deleted by providers is no provision. "The proposed X" is no proposal. The rules
 * alone, one sentence each.
 */
class DeletionTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void takingAProvisionOutOfTheTextIsAgainstIt() {
        assertThat(classify("Two delegations suggested striking out the paragraph on mandatory data retention."))
                .containsExactly("DATA_RETENTION AGAINST DELETE");
        assertThat(classify("Some delegations would rather delete the article on cooperation with the private "
                + "sector altogether.")).containsExactly("PRIVATE_SECTOR AGAINST DELETE");
        assertThat(classify("A few delegations asked for the references to the Budapest Convention to be taken out "
                + "from the text.")).containsExactly("BUDAPEST_CONVENTION AGAINST DELETE");
        assertThat(classify("One delegation found the human rights safeguards redundant and requested their removal."))
                .containsExactly("HUMAN_RIGHTS AGAINST NO_NEED");
    }

    @Test
    void keepingItOrOpposingItsDeletionIsFor() {
        assertThat(classify("Many delegations objected to the deletion of the paragraph on human rights safeguards."))
                .containsExactly("HUMAN_RIGHTS FOR KEEP");
        assertThat(classify("Several delegations wished to keep the provisions on cooperation with the private "
                + "sector.")).containsExactly("PRIVATE_SECTOR FOR KEEP");
    }

    @Test
    void aDeletionNobodyAskedForIsFor() {
        assertThat(classify("No delegation called for the removal of the paragraph on human rights safeguards."))
                .containsExactly("HUMAN_RIGHTS FOR DELETE+negated");
    }

    @Test
    void dataDeletedByProvidersIsNoProvision() {
        assertThat(classify("Several speakers called for minimum retention periods for traffic data, as providers "
                + "often deleted such data within days.")).containsExactly("DATA_RETENTION FOR CALL_FOR");
    }

    @Test
    void theProposedProvisionIsNoProposal() {
        assertThat(classify("Several delegations had difficulty with the proposed obligations on data retention."))
                .containsExactly("DATA_RETENTION AGAINST CRITICAL");
        assertThat(classify("Some delegations proposed a new convention on cybercrime."))
                .containsExactly("NEW_INSTRUMENT FOR CALL_FOR");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
