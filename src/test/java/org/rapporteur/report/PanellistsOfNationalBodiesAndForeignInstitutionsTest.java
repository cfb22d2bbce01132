package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * Panellists: a national body named after its State ("Kenya Competition Authority") gives the State; an institution
 * whose own name ends in a State in its language ("Universidad de Chile") gives none; an officer who moderates ("the
 * Vice-Chair, X (Belgium)") and the end of a centre's name before its acronym are no panellists.
 */
class PanellistsOfNationalBodiesAndForeignInstitutionsTest {

    static final String PANELS = "panellists-national-bodies-foreign-institutions-and-a-vice-chair-moderating.txt";

    @Test
    void nationalBodiesGiveTheirStateForeignInstitutionsNoneAndModeratorsAreNoPanellists() {
        assertThat(parse(PANELS).participation()).filteredOn(p -> p.role() == Role.PANELLIST)
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(2, "POL", "Tomasz Wrona"),
                        tuple(2, "KEN", "Wanjiku Mwangi"),
                        tuple(2, "", "Camila Rocha Leme"),
                        tuple(2, "", "Hiba Saadeh"),
                        tuple(3, "NGA", "Ruth Amadi"),
                        tuple(3, "UKR", "Olga Petrenko"));
        assertThat(PersonNames.lastName("the Director of the Asian and Pacific Consumer Policy Centre")).isEmpty();
    }
}
