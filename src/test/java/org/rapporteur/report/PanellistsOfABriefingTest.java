package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * The experts who give a briefing are its panellists, one named with an organisation the tables do not know as well
 * (kept as written); a Captain's rank is no part of the name.
 */
class PanellistsOfABriefingTest {

    private static final String BRIEFING = "panellists-experts-of-a-briefing-and-a-captain.txt";

    @Test
    void theExpertsOfABriefingAreItsPanellistsAndThoseWhoAttendedAreNot() {
        assertThat(rows(parse(BRIEFING), Role.PANELLIST))
                .extracting(Participation::paragraph, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(1, "Mei Tanaka", "JPN"), tuple(1, "Grace Owusu", ""),
                        tuple(1, "Lars Eriksen", "DNK"));
    }
}
