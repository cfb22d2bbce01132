package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/** Panellists named with a title that ends in their State or organisation instead of a bracket. */
class PanellistsByTitleTest {

    static final String TITLES = "panellists-named-with-titles.txt";

    @Test
    void thePersonBeforeTheCommaAndTheStateOrOrganisationThatEndsTheTitle() {
        assertThat(rows(parse(TITLES), Role.PANELLIST))
                .extracting(Participation::paragraph, Participation::person, p -> p.entity().code())
                .containsExactly(tuple(1, "Amal Haddad", "JOR"), tuple(1, "Piotr Nowak", "POL"),
                        tuple(1, "Ruth Kimani", "WHO"), tuple(1, "Tomás Ferreira", "BRA"),
                        tuple(2, "Lina Sorensen", "DNK"), tuple(2, "Kofi Mensah", "GHA"));
    }
}
