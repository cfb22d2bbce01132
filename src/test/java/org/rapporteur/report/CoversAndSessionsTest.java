package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.locations;
import static org.rapporteur.report.ReportFixturesTest.paragraph;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.FindingCode;

/**
 * The meeting's own session, dates and venue where the cover says more than that: a working group's report whose cover
 * names the session of the commission it goes to, a commission's cover with the dates alone under the session's line
 * (and a one-day meeting of the year before, its first day, in the text), a "substantive session", and New York job
 * numbers.
 */
class CoversAndSessionsTest {

    static final String PARENT_COVER = "cover-of-the-parent-commission.txt";
    static final String DATE_LINE = "cover-date-line-under-the-session.txt";
    static final String SUBSTANTIVE = "substantive-session-and-new-york-job-numbers.txt";
    static final String COUNTRY_AND_ORDINAL = "cover-dateline-with-country-and-an-ordinal-in-the-name.txt";
    static final String ONE_DAY_ON_THE_DATE_LINE = "cover-one-day-of-the-year-before-on-the-date-line.txt";
    static final String ONE_DAY_IN_THE_TEXT = "held-on-one-day-of-the-year-before-and-a-later-period.txt";
    static final String ONE_DAY_APART = "one-day-meeting-of-the-year-before-named-apart-from-the-sessions-dates.txt";
    static final String TWO_PARTS = "session-in-two-parts-and-members-counted.txt";

    @Test
    void theTitlesOwnDatesAndPlaceOutrankTheParentCommissionsSessionOnTheCover() {
        MeetingReport report = parse(PARENT_COVER);
        assertThat(report.sessionNumber()).isEqualTo(42);
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2031, 2, 10));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2031, 2, 14));
        assertThat(report.venue()).isEqualTo("New York");
    }

    @Test
    void aDateLineAloneUnderTheSessionsLineGivesTheDatesNotTheMeetingOfTheYearBefore() {
        MeetingReport report = parse(DATE_LINE);
        assertThat(report.sessionNumber()).isEqualTo(51);
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2031, 3, 3));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2031, 3, 7));
        assertThat(report.venue()).as("no place is printed").isEmpty();
        assertThat(report.jobNumber()).isEqualTo("31-04567");
        assertThat(paragraph(report, 2).text()).endsWith("elected its Chair.");
    }

    @Test
    void aSubstantiveSessionIsTheBodysOwnAndItsEarlierAndPlannedOnesAreNot() {
        MeetingReport report = parse(SUBSTANTIVE);
        assertThat(report.sessionNumber()).isEqualTo(4);
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2031, 6, 2));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2031, 6, 6));
        assertThat(report.venue()).isEqualTo("New York");
        assertThat(locations(report, FindingCode.MISSING_SESSION)).isEmpty();
    }

    @Test
    void newYorkJobNumbersAndPageNumbersInEitherOrderAreFurniture() {
        MeetingReport report = parse(SUBSTANTIVE);
        assertThat(report.jobNumber()).isEqualTo("31-11223");
        assertThat(paragraph(report, 1).text().replaceAll("\\s+", " "))
                .endsWith("the Working Group adopted its programme of work for 2031.");
        assertThat(rows(report, Role.STATEMENT)).extracting(p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactly(tuple("BRA", ""), tuple("GHA", "Group of African States"), tuple("AFRICAN_GROUP", ""),
                        tuple("FJI", ""), tuple("NOR", ""));
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
    }

    @Test
    void aDatelineWithTheCountryAndAnOrdinalInsideTheBodysNameGiveThisSessionAndItsCity() {
        MeetingReport report = parse(COUNTRY_AND_ORDINAL);
        assertThat(report.sessionNumber()).as("not the 'First Meeting' of the body's name").isEqualTo(3);
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2045, 6, 5));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2045, 6, 9));
        assertThat(report.venue()).isEqualTo("Geneva");
    }

    @Test
    void aOneDayMeetingOfTheYearBeforeThatTheSessionsDatesNameIsItsFirstDayOnTheCoverOrInTheText() {
        // the form: one expression of the session's own dates, "on 11 April 2046 and from 29 March to 9 April 2047" (on
        // the date line or in "held its … session …"), names a one-day meeting of the year before: its first day
        MeetingReport cover = parse(ONE_DAY_ON_THE_DATE_LINE);
        assertThat(cover.sessionNumber()).isEqualTo(20);
        assertThat(cover.startDate()).isEqualTo(LocalDate.of(2045, 3, 16));
        assertThat(cover.endDate()).isEqualTo(LocalDate.of(2046, 3, 13));
        MeetingReport text = parse(ONE_DAY_IN_THE_TEXT);
        assertThat(text.startDate()).isEqualTo(LocalDate.of(2046, 4, 11));
        assertThat(text.endDate()).isEqualTo(LocalDate.of(2047, 4, 9));
        assertThat(text.venue()).isEqualTo("Nairobi");
    }

    @Test
    void aOneDayMeetingOfTheYearBeforeNamedApartFromTheSessionsDatesIsNotItsFirstDay() {
        // the other form: the session's dates are one period, and another sentence says the Bureau was elected on a day
        // of the year before, after the previous session closed: the session starts with its period
        MeetingReport report = parse(ONE_DAY_APART);
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2048, 3, 13));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2048, 3, 20));
    }

    @Test
    void aSessionHeldInAnOrganizationalAndASubstantivePartAndMembersCountedOverAListOfStates() {
        MeetingReport report = parse(TWO_PARTS);
        assertThat(report.startDate()).isEqualTo(LocalDate.of(2035, 2, 5));
        assertThat(report.endDate()).isEqualTo(LocalDate.of(2035, 5, 16));
        assertThat(report.venue()).isEqualTo("Geneva");
        assertThat(report.attendance()).extracting(AttendanceCount::paragraph, AttendanceCount::category,
                        AttendanceCount::capacity, AttendanceCount::count, AttendanceCount::provisional,
                        AttendanceCount::basis)
                .containsExactly(tuple(3, AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 3, true,
                        AttendanceCount.Basis.PRINTED));
    }
}
