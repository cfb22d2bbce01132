package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * A meeting that elects members of another body (a treaty committee, a board of trustees) by ballot: the persons it
 * elects without naming an office are not its officers; the President and Vice-Presidents it elects are.
 */
class PersonsElectedToOtherBodiesTest {

    static final String ELECTIONS = "officers-and-persons-elected-to-other-bodies.txt";

    @Test
    void personsElectedByBallotOrToABoardAreNotOfficersOfTheMeeting() {
        MeetingReport report = parse(ELECTIONS);
        assertThat(report.participation()).filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::paragraph, Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(2, Role.CHAIR, "LTU", "Jonas Petraitis"),
                        tuple(2, Role.OFFICER, "MLI", "Mariam Touré"),
                        tuple(2, Role.OFFICER, "ECU", "Rafael Quintero Solís"));
    }

    @Test
    void aParagraphElectingMembersOfAnotherBodyIsToldFromOneElectingOfficers() {
        assertThat(OfficeWords.electsMembersOfABody("The Meeting elected seven judges of the Court.")).isTrue();
        assertThat(OfficeWords.electsMembersOfABody("The following candidates were elected: A (Chile).")).isTrue();
        assertThat(OfficeWords.electsMembersOfABody("X (Peru) was elected to the Governing Council.")).isTrue();
        assertThat(OfficeWords.electsMembersOfABody("The Meeting elected the members of the Bureau.")).isFalse();
        assertThat(OfficeWords.electsMembersOfABody("X (Peru) was elected to the Bureau by acclamation.")).isFalse();
        assertThat(OfficeWords.electsMembersOfABody("The Meeting elected X (Peru) as Chair.")).isFalse();
    }
}
