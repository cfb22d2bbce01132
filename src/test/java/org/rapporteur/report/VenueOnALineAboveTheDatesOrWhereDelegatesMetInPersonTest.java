package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Venues a cover gives on a line of its own above the line of the dates ("Convention Hall, Suva" / "3–5 June 2030"),
 * a cover's dateline of a session in two parts ("Vienna, 15–17 December 2025 and 12 and 13 January 2026"), and venues of a session held in a hybrid or virtual format, where the delegates present met "in person at …".
 */
class VenueOnALineAboveTheDatesOrWhereDelegatesMetInPersonTest {

    private final ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private MeetingReport withCover(String placeLine) {
        return parser.parse("cover.txt", """
                 Committee on Trade
                 Fourth session
                """ + placeLine + """

                 3–5 June 2030
                 E/ESCAP/CT/2030/3
                 Distr.: General
                 Report of the Committee on Trade on its fourth session
                  I. Organization of the session
                1. The third session of the Committee had been held in Bangkok from 2 to 4 May 2029.
                2. The Committee adopted the agenda.
                """);
    }

    @Test
    void aBuildingAndItsCityAboveTheDatesGiveTheCity() {
        MeetingReport report = withCover(" Convention Hall, Suva");
        assertThat(report.venue()).isEqualTo("Suva");
        assertThat(report.startDate()).hasToString("2030-06-03");
    }

    @Test
    void aCityAboveTheDatesIsTheVenue() {
        assertThat(withCover(" Lima").venue()).isEqualTo("Lima");
    }

    @Test
    void aLineOfTheBodysWordsAboveTheDatesIsNoVenue() {
        assertThat(withCover(" Economic and Social Council").venue()).isEmpty();
    }

    @Test
    void aDatelineOfASessionInTwoPartsAcrossAYearGivesTheFirstAndLastDays() {
        MeetingReport report = parser.parse("parts.txt", """
                 Committee on Trade
                 Fourth session
                 Nairobi, 29 and 30 November 2029 and from 14 to 16 January 2030
                 E/CT/2030/3
                 Distr.: General
                 Report of the Committee on Trade on its fourth session
                  I. Organization of the session
                1. The third session of the Committee had been held in Bangkok from 2 to 4 May 2029.
                """);
        assertThat(report.venue()).isEqualTo("Nairobi");
        assertThat(report.startDate()).hasToString("2029-11-29");
        assertThat(report.endDate()).hasToString("2030-01-16");
    }

    private MeetingReport held(String sentence) {
        return parser.parse("held.txt", """
                 United Nations A/HRC/99/12
                 Distr.: General
                 Report of the working group on its seventh session
                  I. Introduction
                1. The sixth session of the working group was held in Lima from 1 to 3 April 2030.
                """ + sentence + "\n3. The working group adopted its agenda.\n");
    }

    @Test
    void aHybridSessionIsWhereTheDelegatesPresentMet() {
        MeetingReport report = held("2. The seventh session of the working group was held in a hybrid format from 2 to"
                + " 4 May 2031, with delegations participating in person at the Kenyatta International Convention Centre"
                + " in Nairobi and online.");
        assertThat(report.venue()).isEqualTo("Nairobi");
        assertThat(report.startDate()).hasToString("2031-05-02");
        assertThat(report.endDate()).hasToString("2031-05-04");
    }

    @Test
    void aVirtualSessionWithDelegatesAtAUnitedNationsSeat() {
        MeetingReport report = held("2. The seventh session of the working group was held in a virtual format from 2"
                + " to 4 May 2031, with some delegations participating in person at the Palais des Nations.");
        assertThat(report.venue()).isEqualTo("Geneva");
    }
}
