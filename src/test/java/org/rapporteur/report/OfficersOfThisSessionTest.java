package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * Officers of the session the report is about: not the Chair of an earlier session who opened it, not the Chair
 * elected at its close for the next one, not an outgoing Chair; Vice-Chairs listed under one label with semicolons;
 * two Co-Chairs; States elected to an office, in a sentence or under a label; not the members another body elects;
 * officers without a country, who take the country an annex prints beside their name.
 */
class OfficersOfThisSessionTest {

    static final String OTHER_SESSIONS = "officers-of-this-and-other-sessions.txt";
    static final String CO_CHAIRS_AND_STATES = "officers-co-chairs-and-states.txt";
    static final String WITHOUT_COUNTRIES = "officers-without-countries.txt";
    static final String BUREAU_AND_NEXT_TERM = "officers-bureau-of-states-and-next-term.txt";
    static final String BUREAU_UNDER_A_LABEL = "officers-bureau-members-under-a-label.txt";
    static final String APPOSITION = "officers-in-apposition-ambassadors-and-other-sessions.txt";
    static final String STATES_ANNEX_OTHER_BODIES = "officers-states-annex-countries-and-other-bodies.txt";

    private static java.util.List<Participation> officers(MeetingReport report) {
        return report.participation().stream().filter(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER).toList();
    }

    @Test
    void officersOfAnotherSessionAreNotThisSessionsAndALabelHoldsOverSemicolons() {
        MeetingReport report = parse(OTHER_SESSIONS);
        assertThat(report.sessionNumber()).isEqualTo(12);
        assertThat(officers(report)).extracting(Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(Role.CHAIR, "JPN", "Mei Tanaka"),
                        tuple(Role.OFFICER, "TUN", "Omar Haddad"),
                        tuple(Role.OFFICER, "HRV", "Ivana Petrović"),
                        tuple(Role.OFFICER, "PER", "Luis Ortega Vidal"),
                        tuple(Role.OFFICER, "WSM", "Sina Faleolo"));
    }

    @Test
    void aChairInAppositionAmbassadorsOfAStateASegmentsOfficersAndNotOtherSessionsOrBodies() {
        MeetingReport report = parse(APPOSITION);
        assertThat(report.sessionNumber()).isEqualTo(12);
        assertThat(officers(report)).extracting(Participation::paragraph, Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(3, Role.CHAIR, "SWE", "Oskar Lindgren"),
                        tuple(3, Role.OFFICER, "TZA", "Amani Bakari"),
                        tuple(4, Role.OFFICER, "TUN", "Leila Haddad"),
                        tuple(5, Role.OFFICER, "NZL", "Rangi Parata"),
                        tuple(5, Role.OFFICER, "CHL", "Ines Duarte"));
    }

    @Test
    void coChairsAndStatesElectedToAnOfficeInASentenceOrUnderALabel() {
        assertThat(officers(parse(CO_CHAIRS_AND_STATES))).filteredOn(p -> p.paragraph() <= 3)
                .extracting(Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(Role.CHAIR, "JOR", "Rana Aziz"),
                        tuple(Role.CHAIR, "ESP", "Pablo Ruiz Marín"),
                        tuple(Role.OFFICER, "CZE", "Tomas Novak"),
                        tuple(Role.OFFICER, "KEN", ""),
                        tuple(Role.OFFICER, "LVA", ""),
                        tuple(Role.OFFICER, "URY", ""));
    }

    @Test
    void officersUnderLabelsWithoutACountryAreKeptWithoutAnEntityOnePerLineUnderAPluralLabel() {
        assertThat(officers(parse(WITHOUT_COUNTRIES)))
                .extracting(Participation::paragraph, Participation::role, p -> p.entity().code(),
                        p -> p.entity().name(), Participation::person)
                .containsExactly(tuple(1, Role.CHAIR, "", "", "Aroha Ngata"),
                        tuple(1, Role.OFFICER, "", "", "Lior Ben-Ami"),
                        tuple(1, Role.OFFICER, "", "", "Saule Dzhaksybekova"),
                        tuple(1, Role.OFFICER, "", "", "Tupac Condori Mamani"),
                        tuple(1, Role.OFFICER, "", "", "Ingrid Sara Labba"));
    }

    @Test
    void anotherSessionsPresidentStatesAsVicePresidentsNotAnotherBodysMembersAndCountriesFromTheAnnex() {
        assertThat(officers(parse(STATES_ANNEX_OTHER_BODIES)))
                .extracting(Participation::paragraph, Participation::role, p -> p.entity().code(), Participation::person,
                        Participation::nameAsWritten)
                .containsExactly(tuple(2, Role.CHAIR, "GIN", "Amara Diallo", "Guinea"),
                        tuple(2, Role.OFFICER, "FJI", "", "Fiji"), tuple(2, Role.OFFICER, "PER", "", "Peru"),
                        tuple(2, Role.OFFICER, "LVA", "", "Latvia"),
                        tuple(4, Role.OFFICER, "", "Keala Makoa", ""),
                        tuple(4, Role.OFFICER, "NOR", "Sven Olsen", "Norway"),
                        tuple(4, Role.OFFICER, "CZE", "Mira Havel", "Czechia"),
                        tuple(4, Role.OFFICER, "", "Daku Ngarra", ""));
    }

    @Test
    void friendsOfTheChairAreOfficersNotDroppedNames() {
        assertThat(officers(parse(CO_CHAIRS_AND_STATES))).filteredOn(p -> p.paragraph() >= 4)
                .extracting(Participation::paragraph, Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(4, Role.OFFICER, "SGP", "Mei Lin Tan"),
                        tuple(4, Role.OFFICER, "NGA", "Adebayo Okafor"),
                        tuple(5, Role.OFFICER, "PRT", "Carla Mendes"),
                        tuple(5, Role.OFFICER, "TUR", "Yusuf Demir"));
    }

    @Test
    void statesOnTheBureauAreOfficersWithoutAPersonAndAChairOrBureauForTheNextTermIsNot() {
        assertThat(officers(parse(BUREAU_AND_NEXT_TERM)))
                .extracting(Participation::paragraph, Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(1, Role.CHAIR, "POL", "Tomasz Wróbel"), tuple(2, Role.OFFICER, "BOL", ""),
                        tuple(2, Role.OFFICER, "MNG", ""), tuple(2, Role.OFFICER, "SEN", ""),
                        tuple(2, Role.OFFICER, "CZE", ""));
        assertThat(officers(parse(BUREAU_UNDER_A_LABEL)))
                .extracting(Participation::paragraph, Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(1, Role.CHAIR, "TUN", "Leila Haddad"), tuple(1, Role.CHAIR, "AUS", "Owen Price"),
                        tuple(1, Role.OFFICER, "SDN", ""), tuple(1, Role.OFFICER, "PAK", ""),
                        tuple(1, Role.OFFICER, "GTM", ""), tuple(1, Role.OFFICER, "EST", ""));
    }
}
