package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * An annex's list under the one word "Members", and a heading that names several kinds with commas ("Funds, programmes
 * and other United Nations entities"), which is no name of the list before it.
 */
class AnnexMembersAndHeadingsOfSeveralKindsTest {

    static final String REPORT = "annex-members-heading-and-a-heading-of-several-kinds.txt";

    @Test
    void everyEntityUnderItsHeadingAndNoHeadingAsAName() {
        assertThat(rows(parse(REPORT), Role.REPRESENTED)).extracting(p -> p.entity().code())
                .containsExactlyInAnyOrder("BOL", "FIN", "MNG", "RWA", "FJI", "PRT", "UNICEF", "WFP", "AU");
    }
}
