package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * "The session was attended by the following members of the Committee:" with the States one per line (no
 * "representatives of" before the kind); the experts of an interactive dialogue as its panellists ("held an interactive
 * dialogue with the following experts: …"); a person elected "to fill a vacancy in" another body is no officer.
 */
class MembersExpertsAndSeatsElsewhereTest {

    static final String REPORT = "members-attending-experts-of-a-dialogue-and-a-vacancy-filled-elsewhere.txt";

    @Test
    void membersAttendingWithoutARoleWordBeforeTheirKindAreRepresentedAndCounted() {
        MeetingReport report = parse(REPORT);
        assertThat(rows(report, Role.REPRESENTED)).extracting(p -> p.entity().code())
                .containsExactly("BTN", "ECU", "ISL", "SEN");
        assertThat(report.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactly(tuple(AttendanceCategory.MEMBER_STATE, 4));
    }

    @Test
    void theExpertsOfAnInteractiveDialogueAreItsPanellists() {
        assertThat(rows(parse(REPORT), Role.PANELLIST)).extracting(Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple("Carlos Andrade Ruiz", "ECU"), tuple("Pema Wangmo", ""),
                        tuple("Astrid Jonsdottir", ""));
    }

    @Test
    void aPersonElectedToFillAVacancyInAnotherBodyIsNoOfficer() {
        assertThat(parse(REPORT).participation()).filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::person).containsExactly("Siosaia Lataheu");
    }
}
