package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Who chaired when the elected Chair left: a Vice-Chair elected "as Chair for the remainder of the session" (the Chair
 * before stays an officer, having chaired part of it) or agreed to "serve as Chair until the end of the term" after
 * the Chair stepped down (then no officer of this session), a Vice-Chair who resigned before the session (none), an
 * Acting Chair for one sitting (replaces nobody); and a Chair and Co-Chair named with their titles instead of a
 * bracket, the State taken from a national body's name.
 */
class ChairsReplacedOrNamedByTitleTest {

    static final String DURING = "chair-replaced-during-and-before-the-session.txt";
    static final String STEPPED_DOWN = "chair-who-stepped-down-and-a-vice-chair-who-resigned.txt";
    static final String TITLES = "chair-and-co-chair-named-by-their-titles.txt";

    private static List<Participation> officers(MeetingReport report) {
        return report.participation().stream().filter(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER).toList();
    }

    @Test
    void aViceChairElectedChairForTheRemainderReplacesTheChairWhoStaysAnOfficer() {
        assertThat(officers(parse(DURING))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "JOR", "Omar Khalil"),
                        tuple(Role.OFFICER, "LBN", "Layla Haddad"),
                        tuple(Role.OFFICER, "MAR", "Salma Bennani"),
                        tuple(Role.OFFICER, "OMN", "Yousef Al-Harthy"),
                        tuple(Role.OFFICER, "TUN", "Nadia Saleh"));
    }

    @Test
    void aChairWhoSteppedDownAndAViceChairWhoResignedAreNoOfficersOfThisSession() {
        assertThat(officers(parse(STEPPED_DOWN))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "SVN", "Petra Novak"),
                        tuple(Role.OFFICER, "ROU", "Ioana Marin"),
                        tuple(Role.OFFICER, "HRV", "Luka Horvat"));
    }

    @Test
    void aChairAndCoChairNamedWithTitlesTakeTheStateOfTheirNationalBodiesAndAWorkingGroupsChairIsNone() {
        assertThat(officers(parse(TITLES))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(Role.CHAIR, "GHA", "Kofi Asamoah-Mensah"),
                        tuple(Role.CHAIR, "NOR", "Ingrid Solberg"));
    }

    @Test
    void aNationalBodyNamesItsStateAtTheStartOfAnAuthorityOrAfterOneOrTwoWords() {
        NationalBodies bodies = new NationalBodies(new EntityNames(new NameResolver(ReferenceData.loadDefault()),
                new java.util.ArrayList<>()));
        assertThat(bodies.state("Kenya Revenue Authority")).contains("Kenya");
        assertThat(bodies.state("Statistics Norway")).contains("Norway");
        assertThat(bodies.state("Papua New Guinea")).as("a State's own name").isEmpty();
        assertThat(bodies.state("University of Chile")).isEmpty();
        assertThat(bodies.state("Kyoto University")).isEmpty();
    }
}
