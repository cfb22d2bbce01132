package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rapporteur.report.DateExpressions.Dated;

class DateExpressionsTest {

    private static Dated firm(int year, int month, int day) {
        return new Dated(LocalDate.of(year, month, day), false);
    }

    private static Dated provisional(int year, int month, int day) {
        return new Dated(LocalDate.of(year, month, day), true);
    }

    @Test
    void readsASingleDate() {
        assertThat(DateExpressions.read("3 April 2018")).containsExactly(firm(2018, 4, 3));
    }

    @Test
    void findsASingleDateInASentence() {
        assertThat(DateExpressions.findAll("At its 1st meeting, on 3 April 2018, the Expert Group adopted the agenda."))
                .containsExactly(firm(2018, 4, 3));
    }

    @Test
    void readsBothEndsOfAFromToRange() {
        assertThat(DateExpressions.findAll(
                "The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011."))
                .containsExactly(firm(2011, 1, 17), firm(2011, 1, 21));
    }

    @Test
    void readsBothEndsOfARangeWithAnEnDash() {
        assertThat(DateExpressions.findAll("held in Vienna 27–29 March 2019"))
                .containsExactly(firm(2019, 3, 27), firm(2019, 3, 29));
    }

    @Test
    void readsTwoDaysJoinedByAnd() {
        assertThat(DateExpressions.findAll("on 6 and 7 July 2022"))
                .containsExactly(firm(2022, 7, 6), firm(2022, 7, 7));
    }

    @Test
    void appliesEachMonthToTheDaysBeforeIt() {
        assertThat(DateExpressions.findAll("on 28 March and 1 April 2019"))
                .containsExactly(firm(2019, 3, 28), firm(2019, 4, 1));
    }

    @Test
    void readsARangeAcrossTwoMonths() {
        assertThat(DateExpressions.findAll("from 30 July–3 August 2020"))
                .containsExactly(firm(2020, 7, 30), firm(2020, 8, 3));
    }

    @Test
    void readsARangeAcrossTwoYears() {
        assertThat(DateExpressions.findAll("from 28 December 2018 to 2 January 2019"))
                .containsExactly(firm(2018, 12, 28), firm(2019, 1, 2));
    }

    @Test
    void marksDaysInSquareBracketsAsProvisional() {
        assertThat(DateExpressions.findAll("At its [2nd, 3rd and 4th] meetings, on [3 and 4] April 2018, the"))
                .containsExactly(provisional(2018, 4, 3), provisional(2018, 4, 4));
    }

    @Test
    void marksOnlyTheBracketedDayAsProvisional() {
        assertThat(DateExpressions.read("3 and [4] April 2018"))
                .containsExactly(firm(2018, 4, 3), provisional(2018, 4, 4));
    }

    @Test
    void marksEveryDayOfABracketedYearAsProvisional() {
        assertThat(DateExpressions.read("3 and 4 April [2018]"))
                .containsExactly(provisional(2018, 4, 3), provisional(2018, 4, 4));
    }

    @Test
    void skipsADayThatIsNotInTheCalendar() {
        assertThat(DateExpressions.read("31 April 2019")).isEmpty();
        assertThat(DateExpressions.findAll("on 30 and 31 April 2019")).containsExactly(firm(2019, 4, 30));
    }

    @Test
    void findsEveryExpressionInTheOrderWritten() {
        assertThat(DateExpressions.findAll(
                "The second meeting was held from 25 to 28 February 2013; the Bureau decided on 23 January 2018."))
                .containsExactly(firm(2013, 2, 25), firm(2013, 2, 28), firm(2018, 1, 23));
    }

    @Test
    void findsNoDateWithoutADayOrAYear() {
        assertThat(DateExpressions.findAll("adopted at its twenty-sixth session in May 2017")).isEmpty();
        assertThat(DateExpressions.findAll("At its 6th meeting, on 5 April, the Expert Group")).isEmpty();
    }
}
