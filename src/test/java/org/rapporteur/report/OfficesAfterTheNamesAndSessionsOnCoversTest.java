package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Officers elected together with each office after the names ("elected A (X) Chair of the session, and B (Y) and
 * C (Z) Vice-Chairs"), a Bureau table whose plural label has no colon, a session "held in" a year (a date, not a
 * session numbered within a year), and the General Assembly's session on an Official Records cover printed on the
 * line before the words "Official Records".
 */
class OfficesAfterTheNamesAndSessionsOnCoversTest {

    static final String ELECTED_TOGETHER = "officers-elected-together-each-office-after-the-names.txt";
    static final String SUPPLEMENT = "a-general-assembly-supplement-cover-and-the-committees-own-session.txt";

    private static List<Participation> officers(MeetingReport report) {
        return report.participation().stream().filter(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER).toList();
    }

    @Test
    void anOfficeRightAfterAPersonsBracketIsThatPersonsNotTheNextOnes() {
        assertThat(officers(parse(ELECTED_TOGETHER))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(Role.CHAIR, "PRT", "Ana Ferreira Lopes"),
                        tuple(Role.OFFICER, "GHA", "Kofi Mensah Boateng"),
                        tuple(Role.OFFICER, "IND", "Ravi Chandrasekar"));
    }

    @Test
    void aSessionToBeHeldInAYearKeepsItsNumberAndThePreviousSessionsChairIsNone() {
        MeetingReport report = parse(ELECTED_TOGETHER);
        assertThat(report.sessionNumber()).isEqualTo(32);
        assertThat(report.participation()).noneMatch(p -> p.person().equals("Olga Petrenko"));
    }

    @Test
    void theAssemblysSessionOnTheLineBeforeOfficialRecordsIsNotTheCommittees() {
        MeetingReport report = parse(SUPPLEMENT);
        assertThat(report.sessionNumber()).isEqualTo(12);
        assertThat(report.startDate()).hasToString("2031-05-05");
        assertThat(report.endDate()).hasToString("2031-05-09");
    }

    @Test
    void aPluralOfficeLabelBeforeANameIsNoPartOfIt() {
        assertThat(PersonNames.lastName("; Vice-Chairs Kofi Mensah Boateng")).isEqualTo("Kofi Mensah Boateng");
    }
}
