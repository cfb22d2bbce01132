package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * Whoever presided over the session is its Chair: an Acting Chair who presided throughout it in the elected Chair's
 * absence (the elected Chair, who never presided, an officer); an Acting Chair over the first meetings and the elected
 * Chair who took the chair after, both, named by surname alone in the sentence that says so; an Acting Chair for one
 * later afternoon stays an officer.
 */
class WhoeverPresidedIsTheChairTest {

    @Test
    void anActingChairThroughoutTheSessionIsTheChairAndTheChairElectedInAbsentiaAnOfficer() {
        assertThat(parse("acting-chair-presided-over-the-whole-session.txt").participation())
                .filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Ana Quispe Mamani", "PER"),
                        tuple(Role.OFFICER, "Tenzin Dorji", "BTN"), tuple(Role.OFFICER, "Lukas Gruber", "AUT"));
    }

    @Test
    void anActingChairOverTheFirstMeetingsAndTheElectedChairWhoTookOverAreBothChairs() {
        assertThat(parse("acting-chair-opened-and-the-elected-chair-took-over.txt").participation())
                .filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Karim Benali", "DZA"),
                        tuple(Role.CHAIR, "Fatima Al-Sayed", "OMN"), tuple(Role.OFFICER, "Moussa Traoré", "MLI"));
    }
}
