package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Opposition said by belittling, by a question or by "too … to": little of a value is none of it ("saw little value in
 * X", "scant support for X", "no appetite for X"), a thing too general or too narrow to serve, a question that implies
 * an objection ("asked how X could be reconciled with Y", "wondered what X would add", "asked whether X would add
 * anything"), where a question asking for help or information takes no position; and the emphatic idioms after "can
 * not", "can't" and "could not" ("could not stress enough the value of X"), which are no negation. The rules alone, one
 * sentence each, our own wording.
 */
class DismissiveStanceTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void littleOfAValueIsNoneOfIt() {
        assertThat(classify("A number of experts saw little value in yet more seminars on capacity-building."))
                .containsExactly("CAPACITY_BUILDING AGAINST IMPORTANCE+negated");
        assertThat(classify("Some States found scant support for mandatory data retention among their partners."))
                .containsExactly("DATA_RETENTION AGAINST SUPPORT+negated");
        assertThat(classify("In the room there was no appetite for the proposed round-the-clock contact network "
                + "of 24/7 points.")).containsExactly("NETWORKS_24_7 AGAINST SUPPORT+negated");
    }

    @Test
    void aLittleOrLittleByLittleIsNoNegation() {
        assertThat(classify("Several delegations saw a little value in the 24/7 networks."))
                .containsExactly("NETWORKS_24_7 FOR IMPORTANCE");
        assertThat(classify("There was little doubt among the experts that capacity-building was needed."))
                .containsExactly("CAPACITY_BUILDING FOR NEED");
    }

    @Test
    void tooGeneralToServeIsAgainst() {
        assertThat(classify("One delegation found the Council of Europe convention too general to be of real use "
                + "to its investigators.")).containsExactly("BUDAPEST_CONVENTION AGAINST DOUBT");
        assertThat(classify("Several speakers called mandatory data retention too intrusive to be workable."))
                .containsExactly("DATA_RETENTION AGAINST DOUBT");
        // too important to neglect is no objection
        assertThat(classify("Many speakers said that capacity-building was too important to be neglected."))
                .containsExactly("CAPACITY_BUILDING FOR IMPORTANCE");
    }

    @Test
    void aQuestionThatImpliesAnObjectionIsAgainstWhatItQuestions() {
        // what the thing is to be reconciled with is the ground of the doubt and takes no position
        assertThat(classify("A delegation asked how general data retention could ever be reconciled with respect "
                + "for human rights.")).containsExactly("DATA_RETENTION AGAINST DOUBT");
        assertThat(classify("Some experts wondered what a further global treaty on cybercrime would add in "
                + "practice.")).containsExactly("NEW_INSTRUMENT AGAINST DOUBT");
    }

    @Test
    void aRequestForInformationTakesNoPosition() {
        assertThat(classify("One delegation asked how the secretariat planned to schedule the capacity-building "
                + "workshops.")).isEmpty();
    }

    @Test
    void aQuestionAskingForHelpTakesNoPositionOnWhatItNames() {
        // what help a provider could give, to whom, is no judgement of the convention the beneficiaries implement
        assertThat(classify("The representative of Peru asked what technical assistance UNODC could offer to States "
                + "that were implementing the Organized Crime Convention.")).isEmpty();
        assertThat(classify("Several speakers enquired how the Office could contribute to the training of judges in "
                + "the use of the 24/7 networks.")).isEmpty();
        assertThat(classify("A delegation wondered whether the secretariat could provide further guidance on the "
                + "Budapest Convention's protocol.")).isEmpty();
        assertThat(classify("Some delegations asked what help the United Nations could give to States that wished "
                + "to accede to the Budapest Convention.")).isEmpty();
    }

    @Test
    void aQuestionWhetherAThingAddsAnythingOrIsReallyNeededIsAgainstIt() {
        assertThat(classify("One delegation asked whether a new treaty on cybercrime would add anything to the "
                + "instruments already in force.")).containsExactly("NEW_INSTRUMENT AGAINST DOUBT");
        assertThat(classify("A speaker queried whether a further global instrument was really needed."))
                .containsExactly("NEW_INSTRUMENT AGAINST DOUBT");
        // a plain question whether something is so stays a question
        assertThat(classify("One delegation asked whether the 24/7 networks were open to non-parties.")).isEmpty();
    }

    @Test
    void theEmphaticIdiomsAfterCanNotAndCouldNotAreNoNegation() {
        assertThat(classify("My delegation can not overstate the value of the 24/7 networks."))
                .containsExactly("NETWORKS_24_7 FOR IMPORTANCE");
        assertThat(classify("We could not stress enough the importance of technical assistance to developing "
                + "countries.")).containsExactly("CAPACITY_BUILDING FOR IMPORTANCE");
        assertThat(classify("We can't emphasise too strongly how much we value the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION FOR EMPHASIS");
        // a criticism of a text in the past tense stays negated
        assertThat(classify("The representative of Chile regretted that the draft did not stress enough the need "
                + "for human rights safeguards.")).doesNotContain("HUMAN_RIGHTS FOR EMPHASIS");
    }

    @Test
    void rejectingACriticismOrAClaimNegatesWhatItSays() {
        assertThat(classify("The representative of Ghana rejected the criticism that the Palermo Convention was "
                + "obsolete.")).containsExactly("UNTOC FOR CRITICAL+negated");
        assertThat(classify("One delegation dismissed the argument that more capacity-building was needed."))
                .containsExactly("CAPACITY_BUILDING AGAINST NEED+negated");
        // rejecting the thing itself is still opposition
        assertThat(classify("Some delegations rejected the proposal for mandatory data retention."))
                .containsExactly("DATA_RETENTION AGAINST OPPOSE");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
