package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Hedged and indirect stance: not decided yet ("had yet to decide", "not in a position to comment"), too early for a
 * view, study first, national discretion and balanced views are NEUTRAL; not being able to adopt, or not wanting to
 * rush into it, is AGAINST. The rules alone, one sentence each.
 */
class UndecidedAndBalancedTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void notDecidedYetIsNeutral() {
        assertThat(classify("The representative of Peru said that her Government had yet to decide whether to accede "
                + "to the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION NEUTRAL NOT_DECIDED");
        assertThat(classify("One speaker said that his delegation was not in a position to comment on the proposed "
                + "data protection safeguards."))
                .containsExactly("HUMAN_RIGHTS NEUTRAL NOT_DECIDED");
        assertThat(classify("The representative of Fiji considered it too early for her delegation to express a view "
                + "on the draft convention."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION NEUTRAL PREMATURE_POSITION");
    }

    @Test
    void unableToSayEitherWayIsNeutral() {
        assertThat(classify("Two delegations said that, for the time being, they were unable to take a position on "
                + "mandatory data retention."))
                .containsExactly("DATA_RETENTION NEUTRAL NOT_DECIDED");
        // the "against" of "a view for or against" is no opposition
        assertThat(classify("Some experts did not wish to give an opinion for or against the Organized Crime "
                + "Convention as a basis for cooperation."))
                .containsExactly("UNTOC NEUTRAL NOT_DECIDED");
    }

    @Test
    void studyFirstCaseByCaseAndNationalLegislationAreNeutral() {
        assertThat(classify("Several speakers said that the 24/7 network deserved closer study."))
                .containsExactly("NETWORKS_24_7 NEUTRAL FURTHER_STUDY");
        assertThat(classify("Some speakers said that the use of production orders should be decided case by case."))
                .containsExactly("ELECTRONIC_EVIDENCE NEUTRAL DEFER");
        assertThat(classify("One delegation said that mandatory data retention was a matter for national "
                + "legislation."))
                .containsExactly("DATA_RETENTION NEUTRAL NATIONAL_DISCRETION");
    }

    @Test
    void dividedViewsAndUsefulForSomeButNotOthersAreNeutral() {
        assertThat(classify("Delegations differed on whether a new instrument on cybercrime was needed."))
                .containsExactly("NEW_INSTRUMENT NEUTRAL BALANCED");
        assertThat(classify("Several speakers said that capacity-building was useful for some regions but of little "
                + "help for others."))
                .containsExactly("CAPACITY_BUILDING NEUTRAL BALANCED");
    }

    @Test
    void notBeingInAPositionToAdoptOrNotRushingIsAgainst() {
        assertThat(classify("The representative of Chad said that her delegation would not be in a position to adopt "
                + "the convention at the current session."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST OPPOSE");
        assertThat(classify("Several speakers said that the Committee should not rush to adopt the convention."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST PREMATURE");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
