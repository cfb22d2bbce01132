package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.locations;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;

/**
 * Forms that reports of other bodies (commissions, human rights working groups, regional preparatory meetings) take,
 * found by an outside probe and written again here in other words: speakers named in running text, statement lists in
 * several parts, attendance introduced otherwise, counts that name entities, officers named with the State they
 * represent, venues at United Nations Headquarters.
 */
class FormsOfOtherBodiesTest {

    static final String SPEAKERS = "speakers-in-running-text.txt";
    static final String ATTENDANCE = "attendance-and-officers-in-other-forms.txt";
    static final String OCEAN_ORGANISATIONS = "organisations-of-ocean-and-chemicals-meetings.txt";

    private static String code(Participation p) {
        return p.entity().code();
    }

    @Test
    void speakersTheRunningTextNamesDoingSomethingAreStatements() {
        assertThat(rows(parse(SPEAKERS), Role.STATEMENT)).filteredOn(p -> p.paragraph() <= 8)
                .extracting(Participation::paragraph, FormsOfOtherBodiesTest::code, Participation::onBehalfOf)
                .containsExactly(tuple(5, "BOL", ""), tuple(5, "NLD", ""), tuple(6, "MDA", ""), tuple(6, "CPV", ""),
                        tuple(6, "PSE", ""), tuple(6, "UNICEF", ""), tuple(6, "", ""),
                        tuple(7, "ECU", "Group of 77 and China"));
    }

    @Test
    void statementListsInPartsWithHeadsOfOrganisationsAndAnAppositive() {
        assertThat(rows(parse(SPEAKERS), Role.STATEMENT)).filteredOn(p -> p.paragraph() > 8)
                .extracting(Participation::paragraph, FormsOfOtherBodiesTest::code, Participation::capacity)
                .containsExactly(tuple(9, "CHL", null), tuple(9, "PER", null), tuple(9, "MAR", null),
                        tuple(9, "CoE", Capacity.OBSERVER), tuple(9, "GCC", Capacity.OBSERVER),
                        tuple(10, "UNODC", null), tuple(10, "UNESCO", null), tuple(11, "CHE", null),
                        tuple(11, "VAT", null), tuple(11, "EU", Capacity.PARTY));
        // the one unknown name: the last speaker of paragraph 6's chain, kept as written
        assertThat(locations(parse(SPEAKERS), FindingCode.UNKNOWN_ENTITY)).containsExactly("paragraph 6");
    }

    @Test
    void panelPresentationsByTheFollowingExperts() {
        assertThat(rows(parse(SPEAKERS), Role.PANELLIST)).extracting(Participation::person,
                        FormsOfOtherBodiesTest::code)
                .containsExactly(tuple("Ingrid Aaltonen", "FIN"), tuple("Kwame Asante-Mensah", "GHA"));
    }

    @Test
    void attendanceListedOtherwiseWithTheCapacityOfARegionalMeeting() {
        assertThat(rows(parse(ATTENDANCE), Role.REPRESENTED)).extracting(Participation::paragraph,
                        FormsOfOtherBodiesTest::code, Participation::capacity)
                .containsExactly(tuple(4, "IRQ", Capacity.MEMBER), tuple(4, "JOR", Capacity.MEMBER),
                        tuple(4, "KWT", Capacity.MEMBER), tuple(4, "LBN", Capacity.MEMBER),
                        tuple(4, "OMN", Capacity.MEMBER), tuple(5, "JPN", Capacity.OBSERVER),
                        tuple(5, "NOR", Capacity.OBSERVER), tuple(6, "UNHCR", null), tuple(6, "WHO", null),
                        tuple(6, "UNDP", null), tuple(7, "VAT", Capacity.OBSERVER),
                        tuple(7, "PSE", Capacity.OBSERVER), tuple(8, "LAS", null), tuple(9, "", null),
                        tuple(9, "", null), tuple(9, "", null));
        assertThat(locations(parse(ATTENDANCE), FindingCode.DUPLICATE_ENTITY)).as("Japan and Norway named again")
                .isEmpty();
    }

    @Test
    void countsPrintedBeforeAttendedAndEntitiesACountSentenceNames() {
        assertThat(parse(ATTENDANCE).attendance()).filteredOn(a -> a.basis() == AttendanceCount.Basis.PRINTED)
                .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(7, AttendanceCategory.NGO, Capacity.OBSERVER, 7),
                        tuple(7, AttendanceCategory.UN_ENTITY, null, 4),
                        tuple(8, AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 5),
                        tuple(8, AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 2));
    }

    @Test
    void anAndInsideAnUnknownNameAndANameTheReportsListGaveAKind() {
        MeetingReport report = parse(ATTENDANCE);
        assertThat(rows(report, Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 9)
                .extracting(Participation::nameAsWritten, p -> p.entity().type())
                .containsExactly(tuple("Arab Network for Human Rights and Democracy", EntityType.NGO),
                        tuple("Nour Legal Aid Society", EntityType.NGO), tuple("Justice Coalition", EntityType.NGO));
        assertThat(rows(report, Role.STATEMENT)).extracting(Participation::nameAsWritten, p -> p.entity().type())
                .containsExactly(tuple("Nour Legal Aid Society", EntityType.NGO),
                        tuple("the Justice Coalition", EntityType.NGO));
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
    }

    @Test
    void officersChairedByAndNamedWithTheStateTheyRepresent() {
        assertThat(parse(ATTENDANCE).participation()).filteredOn(p -> p.role() == Role.CHAIR
                        || p.role() == Role.OFFICER)
                .extracting(Participation::role, Participation::person, FormsOfOtherBodiesTest::code)
                .containsExactly(tuple(Role.CHAIR, "Layla Haddad Nasser", "LBN"),
                        tuple(Role.OFFICER, "Omar Khalil Saadeh", "JOR"));
    }

    @Test
    void theBodyMetAtHeadquartersOnTheDatesOfItsMeetings() {
        MeetingReport report = parse(ATTENDANCE);
        assertThat(report.venue()).isEqualTo("New York");
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(report.datesProvisional()).isTrue();
        assertThat(report.sessionNumber()).as("the Congress's number is not the meeting's").isNull();
    }

    @Test
    void organisationsOfOceanAndChemicalsMeetingsResolveAndAnUnknownNameUnderAMixedHeadingHasNoKind() {
        MeetingReport report = parse(OCEAN_ORGANISATIONS);
        assertThat(report.participation())
                .extracting(Participation::paragraph, Participation::role, p -> p.entity().code(), p -> p.entity().type())
                .containsExactlyInAnyOrder(
                        tuple(1, Role.REPRESENTED, "ISA", EntityType.IGO), tuple(1, Role.REPRESENTED, "IUCN", EntityType.IGO),
                        tuple(2, Role.STATEMENT, "ISA", EntityType.IGO), tuple(2, Role.STATEMENT, "IUCN", EntityType.IGO),
                        // "intergovernmental and non-governmental organizations": an unknown name may be either
                        tuple(2, Role.STATEMENT, "", EntityType.UNKNOWN), tuple(2, Role.STATEMENT, "", EntityType.UNKNOWN),
                        tuple(3, Role.STATEMENT, "IOC-UNESCO", EntityType.UN_ENTITY),
                        tuple(3, Role.STATEMENT, "BRS", EntityType.UN_ENTITY),
                        // "X, a national human rights institution, also attended": kept as written, not guessed
                        tuple(4, Role.REPRESENTED, "", EntityType.UNKNOWN),
                        tuple(4, Role.REPRESENTED, "Order of Malta", EntityType.IGO));
        assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.UNKNOWN_ENTITY)
                .extracting(f -> f.message().substring(0, f.message().indexOf('"', 1) + 1))
                .containsExactlyInAnyOrder("\"Deep Ocean Stewardship Trust\"", "\"Reef Futures Alliance\"",
                        "\"Ocean Rights Commission of Fiji\"");
    }
}
