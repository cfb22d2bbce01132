package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Verdicts on a track record and predicted consequences in the speakers' own words, and views deferred, withheld,
 * divided or left to each State: the classes of the read hands' errors in session 19 (regional preparatory meetings,
 * expert groups weighing what a programme has done). A thing that "paid for itself" or "had not lived up to
 * expectations"; no difficulty with it; wishing to see it extended or written into the text; a cost without return; a
 * convention overtaken or with no answer; "few" objecting or doubting; an abstention, a condition, a position withheld or
 * to be formed later, a record that was mixed, a choice for each legal system. The rules alone, one sentence each, our
 * own wording (not the hands').
 */
class TrackRecordAndDeferredViewsTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void aTrackRecordJudgedInTheSpeakersOwnWords() {
        assertThat(classify("Several delegations said the regional centres of excellence had paid for themselves many "
                + "times over.")).containsExactly("CAPACITY_BUILDING FOR TRACK_RECORD");
        assertThat(classify("One delegation said the mentoring scheme for prosecutors had more than repaid the "
                + "investment.")).containsExactly("CAPACITY_BUILDING FOR TRACK_RECORD");
        assertThat(classify("Several experts said the Budapest Convention had stood the test of time."))
                .containsExactly("BUDAPEST_CONVENTION FOR TRACK_RECORD");
        assertThat(classify("The representative of Chad said the 24/7 network had given proof of its worth in urgent "
                + "cases.")).containsExactly("NETWORKS_24_7 FOR TRACK_RECORD");
        assertThat(classify("Some experts said that the contact points had not lived up to expectations."))
                .containsExactly("NETWORKS_24_7 AGAINST TRACK_RECORD+negated");
        assertThat(classify("Some experts said that the large sums spent on technical assistance had produced few "
                + "tangible results.")).containsExactly("CAPACITY_BUILDING AGAINST TRACK_RECORD+negated");
    }

    @Test
    void noDifficultyAndAWishToSeeItDoneAreForIt() {
        assertThat(classify("The representative of Laos said her Government had no difficulty with the chapter on "
                + "technical assistance.")).containsExactly("CAPACITY_BUILDING FOR NO_DIFFICULTY");
        assertThat(classify("Several delegations said they hoped to see the network of contact points extended to "
                + "every region.")).containsExactly("NETWORKS_24_7 FOR WISH_TO_SEE");
        assertThat(classify("One delegation said that safeguards for privacy should be written into the convention."))
                .containsExactly("HUMAN_RIGHTS FOR WISH_TO_SEE");
        // what a summary will hold is procedure
        assertThat(classify("The Chair noted that the proposals on electronic evidence would be reflected in his "
                + "summary.")).isEmpty();
    }

    @Test
    void aCostWithoutReturnOrAConventionOvertakenIsAgainstIt() {
        assertThat(classify("One expert said that a new treaty would waste years of diplomatic effort."))
                .containsExactly("NEW_INSTRUMENT AGAINST WASTE");
        assertThat(classify("Some speakers said the Organized Crime Convention had been overtaken by technology."))
                .containsExactly("UNTOC AGAINST OVERTAKEN");
        assertThat(classify("The representative of Cuba said the Budapest Convention offered no answer to the needs of "
                + "developing States.")).containsExactly("BUDAPEST_CONVENTION AGAINST OVERTAKEN");
        assertThat(classify("Some experts said that the companies should never be obliged to hand over data to foreign "
                + "Governments without the consent of the State concerned."))
                .containsExactly("PRIVATE_SECTOR AGAINST NEVER_WITHOUT");
        assertThat(classify("One delegation said remote searches must not be carried out without the agreement of the "
                + "State where the server was located.")).containsExactly("ELECTRONIC_EVIDENCE AGAINST NEVER_WITHOUT");
    }

    @Test
    void fewObjectingOrDoubtingIsForIt() {
        assertThat(classify("Few delegations objected to the expansion of technical assistance."))
                .containsExactly("CAPACITY_BUILDING FOR OPPOSE+negated");
        assertThat(classify("Few experts doubted that the Budapest Convention had helped."))
                .containsExactly("BUDAPEST_CONVENTION FOR ENABLE");
        // "a few" is a quantifier, not a negation
        assertThat(classify("A few experts doubted that the Budapest Convention had helped."))
                .containsExactly("BUDAPEST_CONVENTION AGAINST ENABLE+negated");
        assertThat(classify("No delegation from the region questioned the need for capacity-building."))
                .containsExactly("CAPACITY_BUILDING FOR NEED");
    }

    @Test
    void prioritiesNeedsAndConcernsOfARegion() {
        assertThat(classify("Several delegations ranked forensic training first among their needs."))
                .containsExactly("CAPACITY_BUILDING FOR PRIORITY");
        assertThat(classify("One delegation said the Budapest Convention was a good example of cooperation across "
                + "regions.")).containsExactly("BUDAPEST_CONVENTION FOR PRIORITY");
        assertThat(classify("Some States said that technical assistance was less pressing than legislative reform."))
                .containsExactly("CAPACITY_BUILDING AGAINST PRIORITY_LOW");
        assertThat(classify("One region held that capacity-building was not an end in itself."))
                .containsExactly("CAPACITY_BUILDING AGAINST PRIORITY_LOW");
        assertThat(classify("Several delegations were apprehensive about obligations to retain subscriber data."))
                .containsExactly("DATA_RETENTION AGAINST CONCERN");
        assertThat(classify("Participants were not at all persuaded that obligations to retain traffic data would be "
                + "compatible with their laws.")).containsExactly("DATA_RETENTION AGAINST DOUBT");
    }

    @Test
    void whatCannotBeMadeUpForAndWhatWasNotDesignedForIt() {
        assertThat(classify("One delegation said that regional arrangements could not make up for the absence of a "
                + "global treaty on cybercrime.")).containsExactly("NEW_INSTRUMENT FOR IRREPLACEABLE");
        assertThat(classify("Some experts said that the Organized Crime Convention had not been designed with online "
                + "offences in mind.")).containsExactly("UNTOC AGAINST NOT_MADE_FOR");
        assertThat(classify("Several delegations said that the text had been carefully negotiated and deserved to be "
                + "adopted without a vote.")).containsExactly("DRAFT_CONVENTION_ADOPTION FOR MERIT");
        assertThat(classify("The representative of Norway said that companies should never be obliged to disclose "
                + "data to a foreign authority without a review by a court."))
                .containsExactly("PRIVATE_SECTOR AGAINST NEVER_WITHOUT");
    }

    @Test
    void anAbstentionOrAConditionIsNeutral() {
        assertThat(classify("The representative of Peru said her delegation would abstain if the draft convention were "
                + "put to a vote.")).containsExactly("DRAFT_CONVENTION_ADOPTION NEUTRAL ABSTAIN");
        assertThat(classify("The representative of Fiji said his delegation would support a new treaty if it covered "
                + "only core offences.")).containsExactly("NEW_INSTRUMENT NEUTRAL CONDITIONAL");
        assertThat(classify("The representative of Malta said her country would accede to the Budapest Convention, "
                + "subject to parliamentary approval.")).containsExactly("BUDAPEST_CONVENTION NEUTRAL CONDITIONAL");
        // the "if" of the vote, not of the support
        assertThat(classify("The representative of Canada said that her delegation would vote in favour of the draft "
                + "convention if it came to a vote.")).containsExactly("DRAFT_CONVENTION_ADOPTION FOR SUPPORT");
    }

    @Test
    void aViewWithheldOrToBeFormedLaterIsNeutral() {
        assertThat(classify("Several delegations withheld their position on the draft convention."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION NEUTRAL VIEW_WITHHELD");
        assertThat(classify("The representative of Chile said his Government was still awaiting instructions on the "
                + "draft convention.")).containsExactly("DRAFT_CONVENTION_ADOPTION NEUTRAL VIEW_WITHHELD");
    }

    @Test
    void aDividedViewOrAMixedRecordIsNeutral() {
        assertThat(classify("Views on data retention were sharply divided among the experts."))
                .containsExactly("DATA_RETENTION NEUTRAL BALANCED");
        assertThat(classify("One expert said the record of technical assistance was mixed."))
                .containsExactly("CAPACITY_BUILDING NEUTRAL BALANCED");
        assertThat(classify("Some experts said it was too early to say whether the 24/7 network had improved "
                + "cooperation.")).containsExactly("NETWORKS_24_7 NEUTRAL BALANCED");
    }

    @Test
    void aChoiceLeftToEachStateIsNeutral() {
        assertThat(classify("Several speakers said that retention periods should be decided at the national level."))
                .containsExactly("DATA_RETENTION NEUTRAL NATIONAL_DISCRETION");
        assertThat(classify("One expert said that the role of service providers was a question each legal system had "
                + "to answer for itself.")).containsExactly("PRIVATE_SECTOR NEUTRAL NATIONAL_DISCRETION");
        assertThat(classify("Some delegations said that privacy safeguards should be left to each State to define."))
                .containsExactly("HUMAN_RIGHTS NEUTRAL NATIONAL_DISCRETION");
    }

    @Test
    void topicsDescribedByWhatTheyDoOrWhoseTheyAre() {
        assertThat(classify("Some experts said that a binding instrument under the United Nations was long overdue."))
                .containsExactly("NEW_INSTRUMENT FOR NEED");
        assertThat(classify("One delegation said that a treaty tailored to cybercrime was needed."))
                .containsExactly("NEW_INSTRUMENT FOR NEED");
        assertThat(classify("Several speakers welcomed the assistance their countries had received from donors."))
                .containsExactly("CAPACITY_BUILDING FOR WELCOME");
        assertThat(classify("Several experts said that duty officers reachable at any hour had proved indispensable."))
                .containsExactly("NETWORKS_24_7 FOR NEED");
        assertThat(classify("Some experts said that obliging platforms to cooperate with the police was essential."))
                .containsExactly("PRIVATE_SECTOR FOR NEED");
        assertThat(classify("Several delegations supported partnerships with hosting companies."))
                .containsExactly("PRIVATE_SECTOR FOR SUPPORT");
        assertThat(classify("One expert opposed direct orders to providers in other jurisdictions."))
                .containsExactly("ELECTRONIC_EVIDENCE AGAINST OPPOSE");
        // operators made to keep records are data retention alone (labelling clarification 10)
        assertThat(classify("Several delegations opposed obligations on telecommunications operators to keep "
                + "connection logs for years.")).containsExactly("DATA_RETENTION AGAINST OPPOSE");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
