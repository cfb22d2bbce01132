package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * Co-Chairs who opened the meeting "at 9.30 a.m. on Monday, … by the Co-Chairs …, A (Chile) and B (Kenya)", and who
 * hold office "by virtue of their election at the eleventh meeting of the Conference of the Parties": both Chairs of
 * this meeting, the election another body's meeting; whoever chaired its drafting committee an officer.
 */
class CoChairsOpeningAtAnHourTest {

    @Test
    void bothCoChairsAreChairsAndTheRapporteurAnOfficer() {
        assertThat(parse("co-chairs-opening-at-an-hour-and-elected-by-another-body.txt").participation())
                .filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Valeria Soto Ramos", "CHL"),
                        tuple(Role.CHAIR, "Peter Kamau Njoroge", "KEN"), tuple(Role.OFFICER, "Lars Holm", "DNK"),
                        tuple(Role.OFFICER, "Dilnoza Karimova", "UZB"));
    }
}
