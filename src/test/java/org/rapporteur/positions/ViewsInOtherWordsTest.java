package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The classes of the read hands' errors in session 20 (article-by-article comments on a draft, panels and interactive
 * dialogues): national discretion named by the law that decides, a question left to a later conference, a verdict one
 * way for one use and the other way for another, views reported as divided after their topic, a view to be formed
 * after more time; opposing a demand, which negates the demand's cue; "against" after a noun of purpose, which is no
 * opposition; "nothing" before a verdict; an objecting question put to the panel; a negation reaching the noun its
 * adjective qualifies. The rules alone, one sentence each, our own wording (not the hands').
 */
class ViewsInOtherWordsTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void nationalDiscretionNamedByTheLawOrBodyThatDecides() {
        assertThat(classify("One delegation said that the retention period for traffic data was a matter for the "
                + "domestic law of each State.")).containsExactly("DATA_RETENTION NEUTRAL NATIONAL_DISCRETION");
        assertThat(classify("Several experts regarded the conditions for cross-border access to electronic evidence "
                + "as a question for each national parliament."))
                .containsExactly("ELECTRONIC_EVIDENCE NEUTRAL NATIONAL_DISCRETION");
        assertThat(classify("The representative of Chile proposed that the text leave the period of data retention "
                + "to national legislation.")).containsExactly("DATA_RETENTION NEUTRAL NATIONAL_DISCRETION");
        assertThat(classify("It was proposed that the creation of a new network of 24/7 contact points be left to "
                + "the Conference of the States Parties.")).containsExactly("NETWORKS_24_7 NEUTRAL DEFER");
    }

    @Test
    void aVerdictOneWayForOneUseAndTheOtherWayForAnotherIsBalanced() {
        assertThat(classify("One expert found the Organized Crime Convention helpful for cases involving criminal "
                + "groups but of little use against lone offenders.")).containsExactly("UNTOC NEUTRAL BALANCED");
        assertThat(classify("A speaker described the Budapest Convention as valuable for drafting laws, although "
                + "insufficient as a basis for global cooperation."))
                .containsExactly("BUDAPEST_CONVENTION NEUTRAL BALANCED");
        // a negated first verdict is no balance
        assertThat(classify("The Organized Crime Convention was not useful but counterproductive in cybercrime "
                + "cases.")).containsExactly("UNTOC AGAINST IMPORTANCE+negated");
    }

    @Test
    void viewsReportedAsDividedAfterTheirTopicAreNeutral() {
        assertThat(classify("Reactions to the draft provision on data retention were divided."))
                .containsExactly("DATA_RETENTION NEUTRAL BALANCED");
        assertThat(classify("Views on whether a new treaty on cybercrime was required remained divided, and the "
                + "Chair made no finding.")).containsExactly("NEW_INSTRUMENT NEUTRAL BALANCED");
    }

    @Test
    void aViewToBeFormedAfterMoreTimeIsNeutralButAskingForTimeBeforeAnAdoptionIsNot() {
        assertThat(classify("The representative of Peru said his delegation would need more time to study the "
                + "provisions on electronic evidence.")).containsExactly("ELECTRONIC_EVIDENCE NEUTRAL NOT_DECIDED");
        assertThat(classify("One State was consulting its ministries before commenting on the human rights "
                + "safeguards.")).containsExactly("HUMAN_RIGHTS NEUTRAL NOT_DECIDED");
    }

    @Test
    void opposingADemandNegatesTheDemand() {
        assertThat(classify("Several delegations warned against any requirement on providers to retain traffic "
                + "data for long periods.")).containsExactly("DATA_RETENTION AGAINST NEED+negated");
        assertThat(classify("One State rejected any call for a new treaty on cybercrime."))
                .containsExactly("NEW_INSTRUMENT AGAINST CALL_FOR+negated");
        assertThat(classify("Several speakers opposed the requirement on providers to retain traffic data."))
                .containsExactly("DATA_RETENTION AGAINST NEED+negated");
    }

    @Test
    void againstAfterANounOfPurposeIsNoOpposition() {
        assertThat(classify("The representative of Mali welcomed the Organized Crime Convention as a tool against "
                + "online fraud.")).containsExactly("UNTOC FOR WELCOME");
        assertThat(classify("The representative of Iran was against the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION AGAINST OPPOSE");
    }

    @Test
    void nothingBeforeAVerdictIsItsAbsence() {
        assertThat(classify("Several experts found nothing objectionable in the provisions on the expedited "
                + "preservation of stored data.")).containsExactly("ELECTRONIC_EVIDENCE FOR OPPOSE+negated");
        assertThat(classify("One speaker saw nothing useful in the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION AGAINST IMPORTANCE+negated");
    }

    @Test
    void anObjectingQuestionPutToThePanelIsAgainst() {
        assertThat(classify("The representative of Cuba asked the panel whether a new instrument on cybercrime would "
                + "add anything to existing treaties.")).containsExactly("NEW_INSTRUMENT AGAINST DOUBT");
    }

    @Test
    void aNegationReachesTheNounItsAdjectiveQualifies() {
        assertThat(classify("One State did not consider the Convention on Cybercrime a suitable model for the "
                + "draft.")).containsExactly("BUDAPEST_CONVENTION AGAINST MODEL+negated");
        // two cues apart are not one phrase: the negation takes the first only
        assertThat(classify("No delegation questioned the need for a new treaty on cybercrime."))
                .containsExactly("NEW_INSTRUMENT FOR NEED");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
