package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * Panellists after other words than "the panellists were": "a panel that included the following speakers:", "in which
 * the following speakers took part:", a keynote given by one person, "with the participation of:", "opened with
 * presentations by"; whoever moderated or co-facilitated, the second of two included, is no panellist.
 */
class PanelsIntroducedInOtherWordsTest {

    static final String REPORT = "panels-introduced-in-other-words-and-their-co-leaders.txt";

    @Test
    void everySpeakerOfEachPanelWithTheStateOrOrganisationEndingTheTitle() {
        assertThat(rows(parse(REPORT), Role.PANELLIST))
                .extracting(Participation::paragraph, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(1, "Marta Oliveira Santos", "PRT"), tuple(1, "Tevita Fonua", "TON"),
                        tuple(1, "Ingrid Solheim", "FAO"), tuple(2, "Chidi Okafor", "NGA"),
                        tuple(2, "Lucía Paredes Ortiz", "ECU"), tuple(3, "Henrik Vestergaard", "NOR"),
                        tuple(4, "Arjun Mehta", "IND"), tuple(4, "Sadia Karim", ""),
                        tuple(5, "Eun-ji Park", "KOR"), tuple(5, "Paulo Neves", "BRA"));
    }
}
