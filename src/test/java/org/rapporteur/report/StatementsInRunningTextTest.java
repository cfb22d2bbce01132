package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.locations;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;

/**
 * Statements as other bodies write them: the group spoken for named after what the speaker did ("made a statement on
 * behalf of …"), a speaker described between its name and its verb ("in its capacity as observer"), lists of
 * statements with a qualifier ("statements in exercise of the right of reply were made by …"), a State speaking for a
 * group and then for itself in one list, officials of the United Nations' own organs speaking by title, and the kind
 * of the last speakers said after them (", non-governmental organizations").
 */
class StatementsInRunningTextTest {

    static final String SPEAKERS = "statements-speakers-in-running-text.txt";
    static final String SECRETARIATS = "statements-convention-secretariats-and-draft-sentences.txt";
    static final String SEVERAL_STATES = "statements-on-behalf-of-several-states.txt";
    static final String LONG_TITLES = "statements-by-officials-with-long-titles.txt";
    static final String MANDATES = "statements-officials-with-a-mandate.txt";
    static final String CHAIRED_AND_BRACKETED = "statements-chaired-bracketed-and-officials.txt";

    private static String code(Participation p) {
        return p.entity().code().isEmpty() ? p.nameAsWritten() : p.entity().code();
    }

    @Test
    void theGroupSpokenForAfterTheVerbAndADescriptionBetweenTheSpeakerAndItsVerb() {
        assertThat(rows(parse(SPEAKERS), Role.STATEMENT)).filteredOn(p -> p.paragraph() <= 3)
                .extracting(Participation::paragraph, StatementsInRunningTextTest::code, Participation::onBehalfOf)
                .containsExactly(tuple(1, "EU", "European Union member States"),
                        tuple(2, "EU", "European Union member States"),
                        tuple(3, "GHA", "Group of African States"));
    }

    @Test
    void statementListsWithAQualifierBetweenStatementsAndTheVerb() {
        assertThat(rows(parse(SPEAKERS), Role.STATEMENT)).filteredOn(p -> p.paragraph() == 4 || p.paragraph() == 5)
                .extracting(Participation::paragraph, StatementsInRunningTextTest::code)
                .containsExactly(tuple(4, "ARM"), tuple(4, "AZE"), tuple(4, "VEN"), tuple(5, "WSM"), tuple(5, "TON"));
    }

    @Test
    void aStateSpeakingForAGroupAndThenForItselfIsTwoStatementsWhileARepeatedNameIsADuplicate() {
        MeetingReport report = parse(SPEAKERS);
        assertThat(rows(report, Role.STATEMENT)).filteredOn(p -> p.paragraph() == 6 || p.paragraph() == 7)
                .extracting(Participation::paragraph, StatementsInRunningTextTest::code, Participation::onBehalfOf)
                .containsExactly(tuple(6, "EGY", "Group of Arab States"), tuple(6, "ARAB_GROUP", ""), tuple(6, "JOR", ""),
                        tuple(6, "EGY", ""), tuple(6, "LBN", ""),
                        tuple(7, "GUY", "Group of 77 and China"), tuple(7, "G77", ""), tuple(7, "GUY", ""),
                        tuple(7, "SUR", ""));
        assertThat(locations(report, FindingCode.DUPLICATE_ENTITY)).containsExactly("paragraph 6");
    }

    @Test
    void officialsOfTheUnitedNationsOwnOrgansSpeakByTitleForNoDelegation() {
        MeetingReport report = parse(SPEAKERS);
        assertThat(rows(report, Role.STATEMENT)).filteredOn(p -> p.paragraph() == 8 || p.paragraph() == 9).isEmpty();
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).doesNotContain("paragraph 8", "paragraph 9");
    }

    @Test
    void theKindOfTheLastSpeakersSaidAfterThemIsNoSpeakerAndSeparatesTheirNames() {
        MeetingReport report = parse(SPEAKERS);
        assertThat(rows(report, Role.STATEMENT)).filteredOn(p -> p.paragraph() == 10)
                .extracting(Participation::nameAsWritten, p -> p.entity().type())
                .containsExactly(tuple("the Fisheries Transparency Alliance", EntityType.NGO),
                        tuple("the Coastal Livelihoods Network", EntityType.NGO));
        // names the tables do not list, of the kind the text gives: still reported, as NGOs
        assertThat(locations(report, FindingCode.UNLISTED_ENTITY)).filteredOn("paragraph 10"::equals).hasSize(2);
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).doesNotContain("paragraph 10", "paragraph 11");
    }

    @Test
    void theSecretariatOfAConventionSpeaksButTheSecretariatOfTheMeetingItselfDoesNot() {
        MeetingReport report = parse(SECRETARIATS);
        assertThat(rows(report, Role.STATEMENT)).filteredOn(p -> p.paragraph() <= 2)
                .extracting(Participation::paragraph, StatementsInRunningTextTest::code)
                .containsExactly(tuple(1, "UNDRR"), tuple(1, "UNFCCC"), tuple(1, "SCBD"));
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
    }

    @Test
    void aDraftsSentenceInBracketsGivesItsPlaceholderAndNoSpeakerOfItsClosingBracket() {
        MeetingReport report = parse(SECRETARIATS);
        assertThat(rows(report, Role.STATEMENT)).filteredOn(p -> p.paragraph() >= 3)
                .extracting(Participation::paragraph, StatementsInRunningTextTest::code, Participation::provisional)
                .containsExactly(tuple(3, "PER", false), tuple(3, "CHL", false), tuple(4, "AOSIS", true));
        assertThat(locations(report, FindingCode.PLACEHOLDER)).contains("paragraph 3", "paragraph 4");
    }

    @Test
    void anUnknownNameInAListThatSaysNoKindTakesItsKindFromItsOwnWords() {
        assertThat(rows(parse(SPEAKERS), Role.STATEMENT)).filteredOn(p -> p.paragraph() == 11)
                .extracting(p -> p.entity().name(), p -> p.entity().type())
                .containsExactly(tuple("Universidad del Mar Austral", EntityType.ACADEMIA),
                        tuple("Brinemark Technologies Ltd", EntityType.PRIVATE_SECTOR),
                        tuple("University of the Northern Fjords", EntityType.ACADEMIA),
                        tuple("Harbour Systems GmbH", EntityType.PRIVATE_SECTOR));
    }

    @Test
    void anUnknownLastSpeakerOfAChainInRunningTextIsKeptAsWrittenAndReported() {
        MeetingReport report = parse(SPEAKERS);
        assertThat(rows(report, Role.STATEMENT)).filteredOn(p -> p.paragraph() >= 12)
                .extracting(Participation::paragraph, StatementsInRunningTextTest::code, p -> p.entity().type())
                .containsExactly(tuple(12, "NOR", EntityType.MEMBER_STATE), tuple(12, "VAT", EntityType.OBSERVER_STATE),
                        tuple(12, "the Coral Reef Guardians Network", EntityType.UNKNOWN),
                        tuple(13, "CHL", EntityType.MEMBER_STATE), tuple(13, "PER", EntityType.MEMBER_STATE),
                        tuple(13, "the Andean Water Forum", EntityType.UNKNOWN));
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).containsExactly("paragraph 12", "paragraph 13");
    }

    @Test
    void severalStatesSpokenForTogetherAreKnownNamesAndAnOrganisationWithItsCountedMembersIsTheOrganisation() {
        MeetingReport report = parse(SEVERAL_STATES);
        assertThat(rows(report, Role.STATEMENT))
                .extracting(Participation::paragraph, StatementsInRunningTextTest::code, Participation::onBehalfOf)
                .containsExactly(tuple(1, "PER", "Chile and Colombia"), tuple(1, "GHA", "Group of 77 and China"),
                        tuple(1, "G77", ""), tuple(1, "DNK", "Finland, Iceland, Norway and Sweden"),
                        tuple(1, "JPN", ""), tuple(1, "EU", "European Union member States"),
                        tuple(2, "CHE", "Liechtenstein and Monaco"), tuple(2, "POL", "European Union member States"),
                        tuple(2, "EU", ""));
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
    }

    @Test
    void aMinistersTitleWithCommasIsOneSpeakerItsStateAndTheSecretaryGeneralIsNone() {
        MeetingReport report = parse(LONG_TITLES);
        assertThat(rows(report, Role.STATEMENT)).extracting(Participation::paragraph, StatementsInRunningTextTest::code)
                .containsExactly(tuple(1, "NPL"), tuple(1, "PER"), tuple(2, "KEN"), tuple(2, "BTN"), tuple(2, "UNEP"),
                        tuple(3, "CHL"), tuple(3, "PHL"));
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
    }

    @Test
    void anOfficialWhoseTitleNamesAMandateGivesNoSpeakerForTheMandatesWords() {
        MeetingReport report = parse(MANDATES);
        assertThat(rows(report, Role.STATEMENT)).extracting(Participation::paragraph, StatementsInRunningTextTest::code)
                .containsExactly(tuple(2, "PER"), tuple(3, "CHL"));
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
    }

    @Test
    void coChairsOfficialsByTitleBracketedGroupsInRunningTextAndTwoPartsWithBy() {
        MeetingReport report = parse(CHAIRED_AND_BRACKETED);
        assertThat(report.participation()).filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::nameAsWritten,
                        Participation::onBehalfOf)
                .containsExactly(tuple(3, "CHL", "Chile", "Group of Latin American and Caribbean States"),
                        tuple(3, "SEN", "Senegal", "Group of African States"), tuple(3, "TON", "Tonga", ""),
                        tuple(4, "PSE", "the State of Palestine", ""),
                        tuple(4, "WHO", "the World Health Organization", ""),
                        tuple(4, "PIF", "the Pacific Islands Forum", ""));
        assertThat(report.findings()).noneMatch(f -> f.code() == org.rapporteur.quality.FindingCode.UNKNOWN_ENTITY);
    }
}
