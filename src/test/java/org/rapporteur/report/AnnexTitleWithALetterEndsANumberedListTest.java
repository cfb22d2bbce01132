package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A numbered paragraph of an annex that introduces a list ends at the next annex's title line, whether the annex is
 * numbered by a roman numeral ("Annex II") or by a letter ("Annex B"): the title is not one more name of the list.
 */
class AnnexTitleWithALetterEndsANumberedListTest {

    @Test
    void aLetteredAnnexTitleEndsTheListBeforeIt() {
        AnnexAttendance annexes = AnnexAttendance.of(String.join("\n",
                "Annex A",
                "1. Delegations of the following States took part:",
                "Chad, Peru",
                "Annex B",
                "Documents before the Committee"));
        assertThat(annexes.numbered()).containsExactly("Delegations of the following States took part: Chad, Peru");
    }

    @Test
    void aRomanNumeralAnnexTitleEndsTheListBeforeItAsBefore() {
        AnnexAttendance annexes = AnnexAttendance.of(String.join("\n",
                "1. Delegations of the following States took part:",
                "Chad, Peru",
                "Annex II",
                "Documents before the Committee"));
        assertThat(annexes.numbered()).containsExactly("Delegations of the following States took part: Chad, Peru");
    }
}
