package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/** One sentence per construction the labelling conventions name: negation, hedges, contrast, attribution, weights. */
class PositionClassifierTest {

    static final NameResolver RESOLVER = new NameResolver(ReferenceData.loadDefault());
    static final PositionClassifier CLASSIFIER = new PositionClassifier(CodebookReader.readDefault(),
            name -> RESOLVER.resolve(name).map(Entity::code));

    @Test
    void notObjectingToANewConventionIsFor() {
        assertThat(classify("Several speakers did not object to the elaboration of a new convention."))
                .containsExactly("NEW_INSTRUMENT FOR [Several speakers] 3 - OPPOSE+negated");
    }

    @Test
    void noSpeakerQuestioningTheNeedIsForAndTheNegationFlipsOnlyTheFirstCue() {
        assertThat(classify("No speaker questioned the need for capacity-building."))
                .containsExactly("CAPACITY_BUILDING FOR [No speaker] 6 - NEED");
    }

    @Test
    void prematureToNegotiateIsAgainst() {
        assertThat(classify("Some speakers considered it premature to negotiate a new instrument."))
                .containsExactly("NEW_INSTRUMENT AGAINST [Some speakers] 2 - PREMATURE");
    }

    @Test
    void prematureToTakeAPositionIsNeutral() {
        assertThat(classify("One speaker considered it premature to take a position on a new instrument."))
                .containsExactly("NEW_INSTRUMENT NEUTRAL [One speaker] 1 - PREMATURE_POSITION");
    }

    @Test
    void aContrastGivesEachSideItsOwnQuantifier() {
        assertThat(classify("While some speakers supported a new instrument, others considered the Budapest "
                + "Convention sufficient."))
                .containsExactly("NEW_INSTRUMENT FOR [some speakers] 2 - SUPPORT",
                        "BUDAPEST_CONVENTION FOR [others] 2 - SUFFICIENT");
    }

    @Test
    void oneStancePerSentenceAndTopicTheFirstSideWins() {
        assertThat(classify("Some speakers supported a new instrument, while others opposed it."))
                .containsExactly("NEW_INSTRUMENT FOR [Some speakers] 2 - SUPPORT");
    }

    @Test
    void concernIsAgainst() {
        assertThat(classify("Many speakers expressed concern about mandatory data retention."))
                .containsExactly("DATA_RETENTION AGAINST [Many speakers] 4 - CONCERN");
    }

    @Test
    void aConditionIsNeutralAndThePassiveIsOneVoice() {
        assertThat(classify("The view was expressed that a new instrument could be supported provided that it "
                + "enjoyed broad support."))
                .containsExactly("NEW_INSTRUMENT NEUTRAL [The view was expressed] 1 - CONDITIONAL");
    }

    @Test
    void wouldDependOnIsNeutral() {
        assertThat(classify("Some speakers noted that whether a new instrument was needed would depend on the "
                + "outcome of the study."))
                .containsExactly("NEW_INSTRUMENT NEUTRAL [Some speakers] 2 - DEPENDS");
    }

    @Test
    void aNamedSpeakerIsCredited() {
        assertThat(classify("The representative of Mexico expressed support for the adoption of the draft convention."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION FOR [The representative of Mexico] 1 MEX SUPPORT");
    }

    @Test
    void theSpeakerIsCreditedAndTheGroupItSpokeForKeptBesideIt() {
        assertThat(classify("Egypt, speaking on behalf of the Group of African States, called for strengthened "
                + "capacity-building."))
                .containsExactly("CAPACITY_BUILDING FOR [Egypt, speaking on behalf of the Group of African States] 1 "
                        + "EGY CALL_FOR");
        assertThat(CLASSIFIER.classify("Egypt, speaking on behalf of the Group of African States, called for "
                + "strengthened capacity-building.", SentenceContext.NONE).positions().get(0).onBehalfOf())
                .isEqualTo("AFRICAN_GROUP");
    }

    @Test
    void speakingOnBehalfOfAGroupFirstNamesTheSpeakerAndTheGroup() {
        assertThat(classify("Speaking on behalf of the Group of 77 and China, the representative of Cuba stressed "
                + "the importance of technical assistance."))
                .containsExactly("CAPACITY_BUILDING FOR [Speaking on behalf of the Group of 77 and China] 1 CUB "
                        + "IMPORTANCE");
        assertThat(CLASSIFIER.classify("Speaking on behalf of the Group of 77 and China, the representative of Cuba "
                + "stressed the importance of technical assistance.", SentenceContext.NONE).positions().get(0)
                .onBehalfOf()).isEqualTo("G77");
    }

    @Test
    void aMereReferenceTakesNoPosition() {
        assertThat(classify("Reference was made to the Budapest Convention.")).isEmpty();
    }

    @Test
    void existingInstrumentsSufficientIsAgainstANewOneWithoutNamingIt() {
        assertThat(classify("Most speakers stressed that existing international instruments were sufficient."))
                .containsExactly("NEW_INSTRUMENT AGAINST [Most speakers] 5 - EXISTING_SUFFICIENT");
    }

    @Test
    void noNeedIsAgainst() {
        assertThat(classify("Other speakers reiterated that there was no need for a new instrument."))
                .containsExactly("NEW_INSTRUMENT AGAINST [Other speakers] 2 - NEED+negated");
    }

    @Test
    void aTopicsOwnCueDecides() {
        assertThat(classify("Several speakers cautioned that 24/7 networks duplicated existing channels."))
                .containsExactly("NETWORKS_24_7 AGAINST [Several speakers] 3 - DUPLICATION");
    }

    @Test
    void notSuitedIsAgainst() {
        assertThat(classify("Several speakers considered that the Organized Crime Convention was not suited to "
                + "cybercrime."))
                .containsExactly("UNTOC AGAINST [Several speakers] 3 - RELEVANT+negated");
    }

    @Test
    void notReadyToAdoptIsAgainstAdoption() {
        assertThat(classify("Some delegations indicated that they were not ready to adopt the draft convention and "
                + "that more time was needed."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST [Some delegations] 2 - CONSENSUS_READY+negated");
    }

    @Test
    void theyTakesTheQuantifierOfTheSentenceBefore() {
        List<SentenceResult> results = CLASSIFIER.classifyAll(List.of(
                "Several delegations described their national legislation.",
                "In doing so, they stressed the importance of technical assistance."));
        assertThat(results.get(0).positions()).isEmpty();
        assertThat(results.get(1).positions()).extracting(p -> p.topic() + " " + p.quantifier() + " " + p.weight())
                .containsExactly("CAPACITY_BUILDING Several delegations 3");
    }

    @Test
    void thatConventionRefersBackToTheBudapestConvention() {
        List<SentenceResult> results = CLASSIFIER.classifyAll(List.of(
                "Some speakers discussed the Budapest Convention at length.",
                "Several speakers criticized the closed nature of that Convention."));
        assertThat(results.get(1).positions()).extracting(p -> p.topic() + " " + p.stance())
                .containsExactly("BUDAPEST_CONVENTION AGAINST");
    }

    @Test
    void aReportingVerbWithATopicButNoCueGoesToReview() {
        SentenceResult result = CLASSIFIER.classify("Several speakers noted the work of the 24/7 network in their "
                + "region.", SentenceContext.NONE);
        assertThat(result.positions()).isEmpty();
        assertThat(result.reviewReason()).isEqualTo("reporting verb and topic but no position");
    }

    @Test
    void aNegationReachesTheCueAcrossItsClause() {
        assertThat(classify("Several delegations did not consider that a further treaty was required."))
                .containsExactly("NEW_INSTRUMENT AGAINST [Several delegations] 3 - NEED+negated");
    }

    @Test
    void aNegatedNegationCancels() {
        assertThat(classify("It was not denied that data protection was essential."))
                .containsExactly("HUMAN_RIGHTS FOR [It was not denied that] 1 - NEED");
    }

    @Test
    void doubtingThatFlipsWhatFollows() {
        assertThat(classify("Some speakers doubted that the Palermo Convention was appropriate for offences "
                + "committed by individuals acting alone."))
                .containsExactly("UNTOC AGAINST [Some speakers] 2 - RELEVANT+negated");
    }

    @Test
    void aTopicNamedAsAReasonTakesNoPosition() {
        assertThat(classify("Some speakers opposed blanket data retention, citing the protection of privacy."))
                .containsExactly("DATA_RETENTION AGAINST [Some speakers] 2 - OPPOSE");
    }

    @Test
    void aNegationStopsAtAndAndTheLongestCueWins() {
        assertThat(classify("A few delegations considered that training programmes had grown without clear results "
                + "and should rank low among the priorities."))
                .containsExactly("CAPACITY_BUILDING AGAINST [A few delegations] 2 - HINDER");
    }

    @Test
    void twoVerbsJoinedByAndGovernTheirOwnObjects() {
        assertThat(classify("Several speakers rejected mandatory retention periods and favoured expedited "
                + "preservation orders."))
                .containsExactly("DATA_RETENTION AGAINST [Several speakers] 3 - OPPOSE",
                        "ELECTRONIC_EVIDENCE FOR [Several speakers] 3 - SUPPORT");
    }

    @Test
    void anyNewInstrumentIsNoPosition() {
        assertThat(classify("The Chair recalled that whether any new instrument should be elaborated was not on "
                + "the agenda.")).isEmpty();
    }

    @Test
    void aNegatedSubjectCancelsTheVerbsNegation() {
        assertThat(classify("No delegation doubted the importance of training for judges."))
                .containsExactly("CAPACITY_BUILDING FOR [No delegation] 6 - IMPORTANCE");
    }

    @Test
    void notASingleDelegationDisputingIsForWithTheWeightOfAll() {
        assertThat(classify("Not a single delegation disputed the value of technical assistance to smaller States."))
                .containsExactly("CAPACITY_BUILDING FOR [Not a single delegation] 6 - IMPORTANCE");
    }

    @Test
    void aNegationInsideAReasonDoesNotReachTheCueAfterIt() {
        // the codebook's negation scope ends at "because": "not" governs "keep pace", not "supported"
        assertThat(classify("Many speakers, because national laws could not keep pace, supported a new legal "
                + "instrument."))
                .containsExactly("NEW_INSTRUMENT FOR [Many speakers] 4 - SUPPORT");
    }

    @Test
    void aTopicNamedOnlyInTheConditionTakesNoPosition() {
        assertThat(classify("Several speakers said they could accept the draft convention only if it included strong "
                + "privacy guarantees."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION NEUTRAL [Several speakers] 3 - CONDITIONAL");
    }

    @Test
    void aTopicInTheConditionWithACueOfItsOwnKeepsIt() {
        assertThat(classify("A few speakers were open to a new treaty, provided that it built on the Budapest "
                + "Convention."))
                .containsExactly("NEW_INSTRUMENT NEUTRAL [A few speakers] 2 - CONDITIONAL",
                        "BUDAPEST_CONVENTION FOR [A few speakers] 2 - MODEL");
    }

    @Test
    void illSuitedIsOneCueAndItIsAgainst() {
        assertThat(classify("Some delegations found the Palermo Convention ill-suited to offences against computer "
                + "systems."))
                .containsExactly("UNTOC AGAINST [Some delegations] 2 - CRITICAL");
    }

    @Test
    void aTopicNamedAsAPurposeTakesNoPosition() {
        assertThat(classify("Many speakers supported dialogue with industry as a means of securing technical "
                + "assistance."))
                .containsExactly("PRIVATE_SECTOR FOR [Many speakers] 4 - SUPPORT");
    }

    @Test
    void inAReportOfTheConferenceOfThePartiesTheConventionIsTheOrganizedCrimeConvention() {
        String sentence = "Many speakers considered the Convention a useful legal basis for cooperation against "
                + "cybercrime.";
        assertThat(CLASSIFIER.classify(sentence, SentenceContext.of("CTOC/COP/WG.3")).positions())
                .extracting(p -> p.topic() + " " + p.stance()).containsExactly("UNTOC FOR");
        assertThat(CLASSIFIER.classify(sentence, SentenceContext.of("UNODC/CCPCJ/EG.4")).positions()).isEmpty();
        assertThat(CLASSIFIER.classify("Many speakers considered the Convention on Cybercrime a useful legal basis.",
                SentenceContext.of("CTOC/COP")).positions()).extracting(Position::topic)
                .containsExactly("BUDAPEST_CONVENTION");
    }

    private static List<String> classify(String sentence) {
        return CLASSIFIER.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " [" + p.quantifier() + "] " + p.weight() + " "
                        + (p.attributedEntityCode().isEmpty() ? "-" : p.attributedEntityCode()) + " " + p.rule())
                .toList();
    }
}
