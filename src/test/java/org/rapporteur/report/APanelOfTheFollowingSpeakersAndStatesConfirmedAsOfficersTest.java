package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * "The panel comprised the following speakers:" and its persons one a line with their titles (the first one's
 * organisation unknown, kept as written); "confirmed the following States Parties, elected at …, as Vice-Presidents of
 * the sixth Conference: A, B and C": States in office after the colon.
 */
class APanelOfTheFollowingSpeakersAndStatesConfirmedAsOfficersTest {

    static final String REPORT = "a-panel-of-the-following-speakers-and-states-confirmed-as-officers.txt";

    @Test
    void everySpeakerOfThePanelWithTheStateOrOrganisationEndingTheTitle() {
        assertThat(rows(parse(REPORT), Role.PANELLIST)).extracting(Participation::person,
                        Participation::nameAsWritten)
                .containsExactlyInAnyOrder(tuple("Anna Keller", "Lake Research Survey"),
                        tuple("Obinna Eze", "Nigeria"), tuple("Greta Holm", "SBIAE"), tuple("Yuki Sato", "UNIDIR"));
    }

    @Test
    void statesConfirmedAsOfficersAfterTheColon() {
        assertThat(rows(parse(REPORT), Role.OFFICER)).extracting(p -> p.entity().code(), Participation::person)
                .containsExactlyInAnyOrder(tuple("CHL", ""), tuple("FJI", ""), tuple("POL", ""));
    }
}
