package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Stance said indirectly, as hedged diplomatic language and drafters translating from French say it: reluctance and
 * reservations, not being persuaded, a refusal, a preference for another path ("rather than"), and hedged support
 * ("sympathetic to", "could live with"). The rules alone, one sentence each.
 */
class IndirectStanceTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void reluctanceToSupportIsAgainstNotSupport() {
        assertThat(classify("Some delegations were reluctant to support a new instrument on cybercrime."))
                .containsExactly("NEW_INSTRUMENT AGAINST RELUCTANCE");
        assertThat(classify("Several delegations expressed hesitation about mandatory data retention."))
                .containsExactly("DATA_RETENTION AGAINST RELUCTANCE");
    }

    @Test
    void notPersuadedAndRemainingToBeConvincedAreAgainst() {
        assertThat(classify("Several delegations were not persuaded that a new convention would add value."))
                .containsExactly("NEW_INSTRUMENT AGAINST DOUBT");
        assertThat(classify("Some speakers remained to be convinced of the need for a new treaty on cybercrime."))
                .containsExactly("NEW_INSTRUMENT AGAINST NEED+negated");
    }

    @Test
    void aRefusalOrNotGoingAlongWithIsAgainst() {
        assertThat(classify("Some delegations refused to consider a new instrument on cybercrime."))
                .containsExactly("NEW_INSTRUMENT AGAINST OPPOSE");
        assertThat(classify("One delegation could not go along with the proposal for a new convention."))
                .containsExactly("NEW_INSTRUMENT AGAINST OPPOSE");
    }

    @Test
    void reservesAndReticenceAsAFrenchDrafterWritesThemAreAgainst() {
        assertThat(classify("One delegation expressed reserves concerning the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION AGAINST CONCERN");
        assertThat(classify("Some delegations judged it inopportune to open negotiations on a new convention."))
                .containsExactly("NEW_INSTRUMENT AGAINST CRITICAL");
        assertThat(classify("Some delegations considered that the Budapest Convention was not pertinent for their "
                + "region.")).containsExactly("BUDAPEST_CONVENTION AGAINST RELEVANT+negated");
    }

    @Test
    void scepticismAboutTheValueOfSomethingIsAgainstIt() {
        assertThat(classify("Several experts were sceptical about the value of further capacity-building seminars."))
                .containsExactly("CAPACITY_BUILDING AGAINST IMPORTANCE+negated");
        assertThat(classify("One delegation voiced scepticism over the usefulness of mandatory data retention for "
                + "investigations.")).containsExactly("DATA_RETENTION AGAINST IMPORTANCE+negated");
        assertThat(classify("One speaker expressed scepticism about mandatory data retention."))
                .containsExactly("DATA_RETENTION AGAINST DOUBT");
    }

    @Test
    void scepticismAboutAnObjectionIsNotAgainstWhatWasObjectedTo() {
        // doubting an objection or a concern is no opposition to its object: the negation cancels the objection's cue
        assertThat(classify("A few delegations voiced scepticism about the objections raised to a new instrument on "
                + "cybercrime.")).doesNotContain("NEW_INSTRUMENT AGAINST OPPOSE", "NEW_INSTRUMENT AGAINST DOUBT");
        assertThat(classify("Some speakers were sceptical of the concerns voiced about data retention."))
                .doesNotContain("DATA_RETENTION AGAINST CONCERN", "DATA_RETENTION AGAINST DOUBT");
    }

    @Test
    void theTopicAfterRatherThanIsTheOneNotPreferredAndTheOneBeforeKeepsItsOwnCue() {
        assertThat(classify("Many delegations preferred to strengthen the Budapest Convention rather than a new "
                + "instrument.")).containsExactly("BUDAPEST_CONVENTION FOR STRENGTHEN",
                        "NEW_INSTRUMENT AGAINST RATHER_THAN");
    }

    @Test
    void aNeedNotDemonstratedOrWonderedAboutIsAgainst() {
        assertThat(classify("In the view of some delegations, the need for a new legally binding instrument had not "
                + "been demonstrated.")).containsExactly("NEW_INSTRUMENT AGAINST NOT_SHOWN");
        assertThat(classify("Some delegations wondered whether a new instrument on cybercrime was really necessary."))
                .containsExactly("NEW_INSTRUMENT AGAINST DOUBT");
        assertThat(classify("Some speakers saw little need for a new global treaty on cybercrime."))
                .containsExactly("NEW_INSTRUMENT AGAINST CRITICAL");
    }

    @Test
    void theTopicAfterABetterPathThanIsTheOneNotPreferred() {
        assertThat(classify("Some delegations indicated that the existing framework offered a better path than a new "
                + "instrument.")).containsExactly("NEW_INSTRUMENT AGAINST RATHER_THAN");
    }

    @Test
    void illAdaptedIsAgainstAndWellAdaptedFor() {
        assertThat(classify("Some delegations found the Budapest Convention ill-adapted to the needs of their region."))
                .containsExactly("BUDAPEST_CONVENTION AGAINST CRITICAL");
        assertThat(classify("Several delegations found the 24/7 networks well adapted to urgent requests."))
                .containsExactly("NETWORKS_24_7 FOR RELEVANT");
    }

    @Test
    void implicationsToBeWeighedAreNeutral() {
        assertThat(classify("Several delegations said that the implications of mandatory data retention would need to "
                + "be carefully weighed.")).containsExactly("DATA_RETENTION NEUTRAL STUDY_FIRST");
    }

    @Test
    void hedgedSupportIsFor() {
        assertThat(classify("Several delegations were sympathetic to the idea of a new instrument on cybercrime."))
                .containsExactly("NEW_INSTRUMENT FOR SUPPORT");
        assertThat(classify("Some delegations saw value in the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION FOR IMPORTANCE");
        assertThat(classify("No delegation was reluctant to support capacity-building."))
                .containsExactly("CAPACITY_BUILDING FOR RELUCTANCE+negated");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
