package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The classes of the read hands' errors in session 21 (article-by-article negotiation and questionnaire replies): a
 * provision asked to be deleted, restored or kept; a proposal to delete judged; a vote's tally and a committee's
 * handling of a text; the provider abroad and the data held elsewhere; what has not kept pace; the text before the ad
 * hoc committee; what a condition demands; a negation used up inside its cue; a comment added after a comma; national
 * practice told as a fact. The rules alone, one sentence each, our own wording (not the hands').
 */
class ProvisionsAndConditionsTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void askingThatAProvisionGoIsAgainstWhatItHolds() {
        assertThat(classify("Fiji called for the removal of the clause on trans-border access."))
                .containsExactly("ELECTRONIC_EVIDENCE AGAINST DELETE");
        assertThat(classify("On the bracketed paragraph on data retention, Peru proposed its deletion."))
                .containsExactly("DATA_RETENTION AGAINST DELETE");
        // the reference to a treaty in a text is no praise of it as a model
        assertThat(classify("Two delegations suggested striking out the reference to the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION AGAINST DELETE");
        assertThat(classify("One delegation proposed abolishing the existing 24/7 networks."))
                .containsExactly("NETWORKS_24_7 AGAINST ABOLISH");
    }

    @Test
    void askingThatAProvisionStayOrComeBackIsForIt() {
        assertThat(classify("Chile urged that the article on data retention be reinstated."))
                .containsExactly("DATA_RETENTION FOR KEEP");
        assertThat(classify("Norway wished the provisions on electronic evidence to be kept intact."))
                .containsExactly("ELECTRONIC_EVIDENCE FOR KEEP");
    }

    @Test
    void aProposalToDeleteTakesTheOppositeOfTheVerdictOnTheProposal() {
        assertThat(classify("A proposal to strike out the provision on data retention drew no support."))
                .containsExactly("DATA_RETENTION FOR KEEP");
        assertThat(classify("Kenya rejected the proposal to remove the paragraph on capacity-building."))
                .containsExactly("CAPACITY_BUILDING FOR KEEP");
        assertThat(classify("Several delegations backed the proposal to remove the reference to the Budapest "
                + "Convention.")).containsExactly("BUDAPEST_CONVENTION AGAINST DELETE");
    }

    @Test
    void aVotesTallyAndTheCommitteesHandlingOfATextAreProcedure() {
        assertThat(classify("The proposal to delete the article on the 24/7 network was put to a vote and rejected "
                + "by 90 votes to 31.")).isEmpty();
        assertThat(classify("The Committee approved the article on technical assistance ad referendum.")).isEmpty();
        assertThat(classify("The Committee decided to leave the paragraph on data retention in square brackets."))
                .isEmpty();
    }

    @Test
    void theProviderAbroadAndTheDataHeldElsewhereAreElectronicEvidence() {
        assertThat(classify("Cuba opposed any power to compel a provider based in another State to hand over "
                + "records.")).containsExactly("ELECTRONIC_EVIDENCE AGAINST OPPOSE");
        assertThat(classify("Several delegations supported orders addressed to foreign providers."))
                .containsExactly("ELECTRONIC_EVIDENCE FOR SUPPORT");
        assertThat(classify("One delegation could not accept that information kept on its territory could be "
                + "searched by foreign police.")).containsExactly("ELECTRONIC_EVIDENCE AGAINST OPPOSE");
    }

    @Test
    void whatHasNotKeptPaceIsComplainedOfButNotTheFundsForIt() {
        assertThat(classify("Some speakers lamented that the Organized Crime Convention had failed to keep pace "
                + "with online offending.")).containsExactly("UNTOC AGAINST NOT_KEPT_PACE");
        assertThat(classify("One delegation regretted that funding for capacity-building had not kept pace with "
                + "demand.")).containsExactly("CAPACITY_BUILDING FOR REGRET_ABSENCE");
    }

    @Test
    void theTextBeforeTheAdHocCommitteeIsTheDraftConventionThereOnly() {
        String sentence = "Colombia said that the current draft was the best outcome achievable and urged "
                + "delegations to approve it.";
        assertThat(classify(sentence, "A/AC.291")).containsExactly("DRAFT_CONVENTION_ADOPTION FOR CALL_FOR");
        assertThat(classify(sentence, "UNODC/CCPCJ/EG.4")).isEmpty();
        assertThat(classify("Some delegations asked for another session before the text was adopted.", "A/AC.291"))
                .containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST MORE_TIME");
        // the draft named in full is the draft, not a new instrument
        assertThat(classify("Two States said they would vote against the draft United Nations convention against "
                + "cybercrime.")).containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST VOTE_AGAINST");
    }

    @Test
    void aConditionGivesItsTopicTheStanceItDemandsOfIt() {
        assertThat(classify("The representative of Peru said his delegation would join the consensus only if the "
                + "provisions on technical assistance were reinforced."))
                .containsExactly("CAPACITY_BUILDING FOR STRENGTHEN", "DRAFT_CONVENTION_ADOPTION NEUTRAL JOIN_CONSENSUS");
        // named in the condition without being its subject: no position
        assertThat(classify("Argentina said it could accept the article on service providers as long as it did not "
                + "conflict with its data protection law.")).containsExactly("PRIVATE_SECTOR NEUTRAL CONDITIONAL");
        assertThat(classify("Several delegations found the article on data retention acceptable in principle, "
                + "subject to a shorter retention period.")).containsExactly("DATA_RETENTION NEUTRAL CONDITIONAL");
    }

    @Test
    void aNegationInsideACueIsUsedUpThere() {
        assertThat(classify("Most delegations saw no reason to reject the wording proposed by the secretariat on "
                + "data protection.")).containsExactly("HUMAN_RIGHTS FOR CALL_FOR");
    }

    @Test
    void aCommentAfterACommaDoesNotGovernTheMainVerbsTopic() {
        assertThat(classify("Several delegations rejected any provision letting police contact foreign providers "
                + "directly, stressing that requests should go through central authorities."))
                .containsExactly("ELECTRONIC_EVIDENCE AGAINST OPPOSE");
    }

    @Test
    void nationalPracticeToldAsAFactTakesNoPositionBesideAView() {
        assertThat(classify("One State noted that its constitution already guaranteed the privacy of "
                + "communications, and supported the article on expedited preservation."))
                .containsExactly("ELECTRONIC_EVIDENCE FOR SUPPORT");
    }

    private static List<String> classify(String sentence) {
        return classify(sentence, "");
    }

    private static List<String> classify(String sentence, String body) {
        return RULES.classify(sentence, SentenceContext.of(body)).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
