package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Forms of boards, regional commissions and treaty bodies: a Bureau listed as "President: Name (State, regional
 * group)"; a session numbered within a year ("second regular session of 2031"), which is no session number; counts of
 * the credentials received; an attribution ending in its own bracketed acronym; a Chair by rotation who presides
 * through a named official; a table of States as Presiding Officers and the minister who presided for the Chair's
 * State; Co-Chairs elected earlier by the Conference of the Parties.
 */
class OfficersAndCountsOfBoardsAndRegionalCommissionsTest {

    static final String REGIONAL_GROUPS = "officers-state-and-regional-group-in-the-bracket.txt";
    static final String ROTATION = "chair-by-rotation-through-a-named-official.txt";
    static final String PRESIDING_OFFICERS = "presiding-officers-a-table-of-countries-and-the-minister-who-presided.txt";
    static final String CO_CHAIRS = "co-chairs-elected-earlier-by-the-conference-of-the-parties.txt";

    private static List<Participation> officers(MeetingReport report) {
        return report.participation().stream().filter(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER).toList();
    }

    @Test
    void aBureauMembersStateIsTheOneBeforeTheRegionalGroupInTheBracket() {
        assertThat(officers(parse(REGIONAL_GROUPS))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(Role.CHAIR, "SEN", "Amara Diallo-Konaté"),
                        tuple(Role.OFFICER, "UKR", "Oksana Hrytsenko"),
                        tuple(Role.OFFICER, "CHL", "Tomás Aguirre Vidal"));
    }

    @Test
    void aSessionNumberedWithinAYearHasNoSessionNumberButKeepsItsDates() {
        MeetingReport report = parse(REGIONAL_GROUPS);
        assertThat(report.sessionNumber()).isNull();
        assertThat(report.startDate()).hasToString("2031-03-03");
        assertThat(report.endDate()).hasToString("2031-03-05");
        assertThat(new SessionNumber(List.of("Report on its first regular session of 2027"), List.of()).withinAYear(1))
                .isTrue();
        assertThat(new SessionNumber(List.of("Report on its first session, held in 2027"), List.of()).withinAYear(1))
                .isFalse();
    }

    @Test
    void credentialsReceivedAreCountedInTheirOwnCategories() {
        assertThat(parse(REGIONAL_GROUPS).attendance()).extracting(AttendanceCount::category,
                        AttendanceCount::capacity, AttendanceCount::count)
                .containsExactly(tuple(AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 52),
                        tuple(AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 3),
                        tuple(AttendanceCategory.UN_ENTITY, null, 6),
                        tuple(AttendanceCategory.IGO, null, 2),
                        tuple(AttendanceCategory.NGO, null, 9));
    }

    @Test
    void anAttributionKeepsTheBracketOfItsAcronym() {
        assertThat(parse(REGIONAL_GROUPS).participation()).filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactly(tuple("GHA", "Group of African States"), tuple("AFRICAN_GROUP", ""),
                        tuple("BRB", "Caribbean Community"), tuple("CARICOM", ""));
        assertThat(CountItems.closed("the Andean Community (CAN")).isEqualTo("the Andean Community (CAN)");
        assertThat(CountItems.closed("the Andean Community")).isEqualTo("the Andean Community");
    }

    @Test
    void theOfficialThroughWhomAStateChairsByRotationIsTheChairAndAnEarlierSessionsChairIsNot() {
        assertThat(officers(parse(ROTATION))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(Role.CHAIR, "THA", "Somchai Wongsawat"),
                        tuple(Role.OFFICER, "MNG", "Lkhagva Bat-Erdene"),
                        tuple(Role.OFFICER, "KAZ", "Farida Nurlanovna"),
                        tuple(Role.OFFICER, "WSM", "Ioane Leota"));
    }

    @Test
    void theMinisterWhoPresidedForTheChairsStateReplacesTheStatesRowAndTheNextMeetingsChairIsNone() {
        assertThat(officers(parse(PRESIDING_OFFICERS))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(Role.OFFICER, "BLZ", ""),
                        tuple(Role.OFFICER, "ECU", ""),
                        tuple(Role.OFFICER, "GUY", ""),
                        tuple(Role.CHAIR, "PRY", "Rosa Benítez Ocampo"));
    }

    @Test
    void coChairsElectedEarlierByTheConferenceBothServeAndAContactGroupsCoChairsDoNot() {
        assertThat(officers(parse(CO_CHAIRS))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(Role.CHAIR, "JPN", "Haruto Kimura"),
                        tuple(Role.CHAIR, "NGA", "Adaeze Nwosu"),
                        tuple(Role.OFFICER, "CZE", "Petra Novotná"));
    }
}
