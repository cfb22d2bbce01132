package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.locations;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rapporteur.documents.DocumentFiles;
import org.rapporteur.documents.DocumentText;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Names and categories as UN bodies write them, each class with the fixtures of {@code src/test/resources/reports/}
 * written for it (their README gives the expected facts): a name followed by its acronym; an organisation speaking
 * for its member States; the category a list gives against the entity's own kind and the capacity it attends in;
 * counts as the report prints them; the meeting's own number; names whose letters an encoding lost.
 */
class NamesAndCategoriesTest {

    static final String ACRONYMS = "names-with-acronyms.txt";
    static final String MEMBER_STATES = "its-member-states.txt";
    static final String PARTIES = "parties-signatories-and-mixed-lists.txt";
    static final String COUNTS_PARTIES = "counts-parties-and-signatories.txt";
    static final String COUNTS_MEMBERS = "counts-members-and-observers.txt";
    static final String SESSION_OFFICERS = "session-from-officers-paragraph.txt";
    static final String SESSION_TITLE = "session-from-title.txt";
    static final String SESSION_NOT_STATED = "session-not-stated.txt";
    static final String UNREADABLE = "unreadable-letters-windows-1252.txt";

    private static String code(Participation p) {
        return p.entity().code();
    }

    @Nested
    class NameFollowedByItsAcronym {

        @Test
        void resolvesStatementsByFullNameAndAcronymInBothOrders() {
            assertThat(rows(parse(ACRONYMS), Role.STATEMENT)).extracting(Participation::paragraph,
                            NamesAndCategoriesTest::code)
                    .containsExactly(tuple(14, "UNICRI"), tuple(14, "ITU"), tuple(14, "OSCE"), tuple(15, "INTERPOL"),
                            tuple(19, "ECCAS"));
        }

        @Test
        void resolvesListedOrganisationsWhetherTheAcronymIsCapitalsOrAShortName() {
            assertThat(rows(parse(ACRONYMS), Role.REPRESENTED)).filteredOn(p -> p.paragraph() < 18)
                    .extracting(Participation::paragraph, NamesAndCategoriesTest::code)
                    .containsExactly(tuple(16, "CoE"), tuple(16, "Eurojust"), tuple(16, "ECOWAS"),
                            tuple(16, "EAPCCO"), tuple(16, "Commonwealth Secretariat"), tuple(17, "UNIDIR"),
                            tuple(17, "UNODC"));
        }

        @Test
        void saysWhenOnlyTheAcronymIsKnownAndWhenItNamesAnotherEntity() {
            MeetingReport report = parse(ACRONYMS);
            assertThat(locations(report, FindingCode.RESOLVED_BY_ACRONYM)).containsExactly("paragraph 16");
            assertThat(locations(report, FindingCode.ACRONYM_CONFLICT)).containsExactly("paragraph 19");
            assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
        }

        @Test
        void neverTakesAnAcronymWhoseEntityHasAnotherName() {
            MeetingReport report = parse(ACRONYMS);
            assertThat(rows(report, Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 18)
                    .extracting(Participation::nameAsWritten, p -> p.entity().code(), p -> p.entity().type())
                    .containsExactly(tuple("Center for Internet Security (CIS)", "", EntityType.NGO),
                            tuple("Global Initiative against Transnational Organized Crime (GI-TOC)", "",
                                    EntityType.NGO));
            assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.UNLISTED_ENTITY)
                    .extracting(Finding::message).first().asString()
                    .contains("CIS is Commonwealth of Independent States").contains("not taken");
        }
    }

    @Nested
    class OrganisationSpeakingForItsMemberStates {

        @Test
        void theOrganisationSpeaksAndOnBehalfOfNamesItsMembersInEveryForm() {
            assertThat(rows(parse(MEMBER_STATES), Role.STATEMENT))
                    .extracting(Participation::paragraph, NamesAndCategoriesTest::code, Participation::onBehalfOf)
                    .containsExactly(tuple(10, "EU", "European Union member States"), tuple(11, "BRA", ""),
                            tuple(11, "AU", "African Union member States"), tuple(11, "IDN", ""),
                            tuple(12, "HUN", "European Union member States"), tuple(12, "EU", ""),
                            tuple(12, "JPN", ""), tuple(13, "PRT", "European Union member States"),
                            tuple(13, "EU", ""));
        }

        @Test
        void isNeverAnUnknownEntityNorAnyOtherFindingOfItsParagraph() {
            // the file as a whole lacks dates and a session (an excerpt); nothing is said about a name
            assertThat(parse(MEMBER_STATES).findings()).extracting(Finding::location).containsOnly("file");
        }
    }

    @Nested
    class CategoryOfTheListAndKindOfTheEntity {

        @Test
        void aRegionalEconomicIntegrationOrganizationAmongTheStatesPartiesIsAPartyNotAState() {
            assertThat(rows(parse(PARTIES), Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 19)
                    .extracting(NamesAndCategoriesTest::code, p -> p.entity().type(), Participation::category,
                            Participation::capacity)
                    .containsExactly(
                            tuple("DZA", EntityType.MEMBER_STATE, AttendanceCategory.MEMBER_STATE, Capacity.PARTY),
                            tuple("COL", EntityType.MEMBER_STATE, AttendanceCategory.MEMBER_STATE, Capacity.PARTY),
                            tuple("EU", EntityType.IGO,
                                    AttendanceCategory.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION, Capacity.PARTY),
                            tuple("FIN", EntityType.MEMBER_STATE, AttendanceCategory.MEMBER_STATE, Capacity.PARTY),
                            tuple("MYS", EntityType.MEMBER_STATE, AttendanceCategory.MEMBER_STATE, Capacity.PARTY),
                            tuple("PSE", EntityType.OBSERVER_STATE, AttendanceCategory.OBSERVER_STATE,
                                    Capacity.PARTY),
                            tuple("ZMB", EntityType.MEMBER_STATE, AttendanceCategory.MEMBER_STATE, Capacity.PARTY));
        }

        @Test
        void signatoriesAndStatesRepresentedByObserversStayMemberStatesInAnotherCapacity() {
            assertThat(rows(parse(PARTIES), Role.REPRESENTED))
                    .filteredOn(p -> p.paragraph() >= 20 && p.paragraph() <= 22)
                    .extracting(NamesAndCategoriesTest::code, p -> p.entity().type(), Participation::capacity)
                    .containsExactly(tuple("ECU", EntityType.MEMBER_STATE, Capacity.SIGNATORY),
                            tuple("JAM", EntityType.MEMBER_STATE, Capacity.SIGNATORY),
                            tuple("BTN", EntityType.MEMBER_STATE, Capacity.OBSERVER),
                            tuple("SOM", EntityType.MEMBER_STATE, Capacity.OBSERVER),
                            tuple("VAT", EntityType.OBSERVER_STATE, Capacity.OBSERVER));
        }

        @Test
        void membersOfTheBodyMakeStatementsAsMembers() {
            assertThat(rows(parse(PARTIES), Role.STATEMENT)).filteredOn(p -> p.paragraph() == 17)
                    .extracting(NamesAndCategoriesTest::code, Participation::capacity)
                    .containsExactly(tuple("KEN", Capacity.MEMBER), tuple("PER", Capacity.MEMBER),
                            tuple("VNM", Capacity.MEMBER));
        }

        @Test
        void inAMixedListEachNameTakesTheKindItsWordsTellElseTheCombinedOne() {
            MeetingReport report = parse(PARTIES);
            assertThat(rows(report, Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 23)
                    .extracting(Participation::nameAsWritten, p -> p.entity().type())
                    .containsExactly(tuple("University of Cape Town", EntityType.ACADEMIA),
                            tuple("Kaspersky Lab", EntityType.ACADEMIA_AND_PRIVATE_SECTOR),
                            tuple("Trend Micro Inc.", EntityType.PRIVATE_SECTOR),
                            tuple("Universidad Nacional Autónoma de México", EntityType.ACADEMIA),
                            tuple("Cybersafe Solutions Ltd.", EntityType.PRIVATE_SECTOR),
                            tuple("Global Cyber Alliance", EntityType.ACADEMIA_AND_PRIVATE_SECTOR));
            assertThat(rows(report, Role.STATEMENT)).filteredOn(p -> p.paragraph() == 18)
                    .extracting(Participation::nameAsWritten, p -> p.entity().type())
                    .containsExactly(tuple("Asociación por los Derechos Civiles", EntityType.NGO),
                            tuple("University of Oxford", EntityType.ACADEMIA),
                            tuple("Derechos Digitales", EntityType.NGO));
        }

        @Test
        void countsEachListInItsCategoryAndCapacity() {
            assertThat(parse(PARTIES).attendance()).extracting(AttendanceCount::category,
                            AttendanceCount::capacity, AttendanceCount::count)
                    .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, Capacity.PARTY, 5),
                            tuple(AttendanceCategory.OBSERVER_STATE, Capacity.PARTY, 1),
                            tuple(AttendanceCategory.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION, Capacity.PARTY, 1),
                            tuple(AttendanceCategory.MEMBER_STATE, Capacity.SIGNATORY, 2),
                            tuple(AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 2),
                            tuple(AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 1),
                            tuple(AttendanceCategory.ACADEMIA_AND_PRIVATE_SECTOR, null, 6));
        }
    }

    @Nested
    class CountsAsTheReportPrintsThem {

        @Test
        void partiesARegionalOrganizationSignatoriesAndObserversAreEachTheirOwnCount() {
            assertThat(parse(COUNTS_PARTIES).attendance()).extracting(AttendanceCount::paragraph,
                            AttendanceCount::category, AttendanceCount::capacity, AttendanceCount::count)
                    .containsExactlyInAnyOrder(tuple(20, AttendanceCategory.MEMBER_STATE, Capacity.PARTY, 118),
                            tuple(20, AttendanceCategory.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION, Capacity.PARTY, 1),
                            tuple(20, AttendanceCategory.MEMBER_STATE, Capacity.SIGNATORY, 3),
                            tuple(21, AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 2),
                            tuple(21, AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 1),
                            tuple(21, AttendanceCategory.UN_ENTITY, Capacity.OBSERVER, 5),
                            tuple(21, AttendanceCategory.IGO, Capacity.OBSERVER, 14));
        }

        @Test
        void aCommissionsMembersAndItsObserversAreNotAddedUp() {
            assertThat(parse(COUNTS_MEMBERS).attendance()).extracting(AttendanceCount::category,
                            AttendanceCount::capacity, AttendanceCount::count)
                    .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 53),
                            tuple(AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 92),
                            tuple(AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 2),
                            tuple(AttendanceCategory.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION, Capacity.OBSERVER, 1),
                            tuple(AttendanceCategory.UN_ENTITY, Capacity.OBSERVER, 11),
                            tuple(AttendanceCategory.IGO, Capacity.OBSERVER, 25));
        }
    }

    @Nested
    class TheMeetingsOwnNumber {

        @Test
        void comesFromTheOfficersParagraphNotFromAnEarlierAPlannedMeetingOrASitting() {
            assertThat(parse(SESSION_OFFICERS).sessionNumber()).isEqualTo(5);
        }

        @Test
        void comesFromTheTitleBeforeAnythingTheBodySays() {
            assertThat(parse(SESSION_TITLE).sessionNumber()).isEqualTo(11);
        }

        @Test
        void isLeftEmptyWithAnInfoFindingWhereTheReportDoesNotSay() {
            MeetingReport report = parse(SESSION_NOT_STATED);
            assertThat(report.sessionNumber()).isNull();
            assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.MISSING_SESSION)
                    .extracting(Finding::severity).containsExactly(org.rapporteur.quality.Severity.INFO);
            assertThat(report.meetingId()).isEqualTo("CTOC/COP/WG.2/2024/3");
        }
    }

    @Nested
    class NamesWhoseLettersAnEncodingLost {

        private MeetingReport read() throws IOException {
            byte[] bytes;
            try (InputStream in = getClass().getResourceAsStream("/reports/" + UNREADABLE)) {
                bytes = in.readAllBytes();
            }
            DocumentText text = new DocumentFiles(ReadLimits.DEFAULT).read(UNREADABLE, bytes);
            assertThat(text.findings()).extracting(Finding::code).containsExactly(FindingCode.ENCODING_GUESSED);
            return new ReportParser(new NameResolver(ReferenceData.loadDefault())).parse(UNREADABLE, text.text());
        }

        @Test
        void theChairAndEveryPanellistAreKeptAsWritten() throws IOException {
            MeetingReport report = read();
            List<Participation> people = report.participation().stream()
                    .filter(p -> p.role() == Role.CHAIR || p.role() == Role.PANELLIST).toList();
            assertThat(people).extracting(Participation::role, NamesAndCategoriesTest::code, Participation::person)
                    .containsExactly(tuple(Role.CHAIR, "HRV", "Ivana Kova?evi?"),
                            tuple(Role.PANELLIST, "CZE", "Ji?í Dvo?ák"), tuple(Role.PANELLIST, "SRB", "Sanja ?uri?"),
                            tuple(Role.PANELLIST, "TUR", "Mehmet Y?lmaz"),
                            tuple(Role.PANELLIST, "DNK", "Renée Sørensen"));
        }

        @Test
        void eachUnreadableNameHasAFindingAtItsParagraph() throws IOException {
            assertThat(locations(read(), FindingCode.UNREADABLE_NAME))
                    .containsExactly("paragraph 9", "paragraph 10", "paragraph 10", "paragraph 10");
        }
    }
}
