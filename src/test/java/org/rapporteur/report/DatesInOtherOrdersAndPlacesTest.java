package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.report.ReportFixturesTest.parse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A session's dates and place written otherwise: the month first ("from October 5 to 9, 2036"), the dates before the
 * place and the session's name capitalised ("held its Thirty-first Session from … at the headquarters of … in Rome"), a
 * building and then its city ("at the Lakeside Conference Centre (LCC), in Kisumu, from …"), and a resumed meeting
 * dated by its opening and closing, not by the first part it recounts.
 */
class DatesInOtherOrdersAndPlacesTest {

    @Test
    void theMonthFirst() {
        MeetingReport report = parse("dates-with-the-month-first.txt");
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2036, 10, 5));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2036, 10, 9));
        assertThat(report.venue()).isEqualTo("Geneva");
    }

    @Test
    void theDatesBeforeThePlace() {
        MeetingReport report = parse("dates-before-the-place-and-a-capitalised-session.txt");
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2036, 11, 2));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2036, 11, 6));
        assertThat(report.venue()).isEqualTo("Rome");
    }

    @Test
    void aBuildingThenItsCity() {
        MeetingReport report = parse("a-building-then-its-city-and-the-dates.txt");
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2036, 5, 3));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2036, 5, 5));
        assertThat(report.venue()).isEqualTo("Kisumu");
    }

    @Test
    void aResumedMeetingFromItsOpeningToItsClosing() {
        MeetingReport report = parse("a-resumed-meeting-dated-by-its-opening-and-closing.txt");
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2037, 2, 23));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2037, 2, 25));
        assertThat(report.venue()).isEqualTo("Nairobi");
    }
}
