package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * A Vice-Chair who presided over one meeting in the Chair's absence is an officer, not the Chair; an office in
 * apposition just before a person ("the Rapporteur, Mr. B (Ghana)") is that person's; officers elected "for" a later
 * year are no officers of this session.
 */
class ActingViceChairsAndOfficersForTheNextYearTest {

    private static final String ACTING = "chair-after-an-acting-vice-chair-and-officers-for-the-next-year.txt";

    @Test
    void theChairIsWhoPresidedOverTheSessionAndTheOthersAreOfficersOfThisYear() {
        assertThat(parse(ACTING).participation()).filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Tomas Ilves", "EST"),
                        tuple(Role.OFFICER, "Lena Moreau", "FRA"), tuple(Role.OFFICER, "Obi Nwosu", "NGA"));
    }
}
