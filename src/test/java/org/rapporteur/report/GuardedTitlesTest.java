package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.Entity;

/**
 * The title patterns are tried only on text holding their words (a guard); text without them is given back as
 * written, never emptied, and text with them is read as before.
 */
class GuardedTitlesTest {

    @Test
    void aListWithoutAnyOfficialsTitleStaysAsWritten() {
        assertThat(OfficialsByTitle.withoutOfficials("Chile, Kenya and Norway", name -> false))
                .isEqualTo("Chile, Kenya and Norway");
    }

    @Test
    void theUnOfficialsTitleIsStillMarked() {
        assertThat(OfficialsByTitle.withoutOfficials("the President of the General Assembly and Chile", name -> false))
                .isEqualTo(OfficialsByTitle.OFFICIAL_MARK + " and Chile");
    }

    @Test
    void aListWithoutAMinistersTitleStaysAsWritten() {
        NationalOfficials officials = new NationalOfficials(name -> Optional.<Entity>empty());

        assertThat(officials.asStates("Chile, Kenya and Norway")).isEqualTo("Chile, Kenya and Norway");
    }
}
