package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * Statements as other bodies word them: "Interventions were made by …", "The Committee noted statements by …",
 * "The observer delegations of A and B also made statements", "The observer from X made a statement"; and what a
 * sentence says after its list of speakers (the topic, a clause after a semicolon) is no speaker.
 */
class StatementsAsInterventionsAndByObserverDelegationsTest {

    private static final String STATEMENTS = "statements-as-interventions-and-by-observer-delegations.txt";

    @Test
    void everySpeakerOnceInItsParagraph() {
        assertThat(rows(parse(STATEMENTS), Role.STATEMENT))
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactly(tuple(1, "CUB", ""), tuple(1, "MLT", ""), tuple(1, "PER", ""), tuple(1, "CHL", ""),
                        tuple(1, "WMO", ""), tuple(2, "AUT", ""), tuple(2, "GHA", ""), tuple(3, "JPN", ""),
                        tuple(3, "KEN", ""), tuple(3, "IHO", ""), tuple(4, "EU", "European Union member States"),
                        tuple(5, "FJI", ""), tuple(5, "ISL", ""), tuple(5, "WMO", ""));
    }
}
