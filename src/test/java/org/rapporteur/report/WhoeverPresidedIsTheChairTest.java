package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * Whoever presided over the session is its Chair: an Acting Chair who presided throughout it in the elected Chair's
 * absence (the elected Chair, who never presided, an officer); an Acting Chair over the first sittings and the elected
 * Chair who presided from a later sitting on, both, named by surname alone in the sentence that says so; a Rapporteur who
 * took the chair for one sitting and a Vice-Chair who was Acting Chair at two later sittings stay officers.
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
    void anActingChairOverTheFirstSittingsAndTheElectedChairFromTheThirdOnAreBothChairs() {
        assertThat(parse("acting-chair-opened-and-the-elected-chair-took-over.txt").participation())
                .filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Gulnara Omurbekova", "KGZ"),
                        tuple(Role.CHAIR, "Tashi Norbu Lama", "NPL"), tuple(Role.OFFICER, "Rodrigo Quispe Huanca", "PER"),
                        tuple(Role.OFFICER, "Astrid Halvorsen", "NOR"));
    }
}
