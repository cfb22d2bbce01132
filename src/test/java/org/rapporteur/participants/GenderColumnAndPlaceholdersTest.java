package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A gender column read as its header spells it out; names that only hold a place. */
class GenderColumnAndPlaceholdersTest {

    @Test
    void lettersAreReadAsTheHeaderSpellsThemOut() {
        GenderColumn english = GenderColumn.of("Sex (F/M)");
        assertThat(english.read("F")).isEqualTo(Gender.WOMAN);
        assertThat(english.read("m")).isEqualTo(Gender.MAN);
        GenderColumn french = GenderColumn.of("Sexe (F/H)");
        assertThat(french.read("H")).isEqualTo(Gender.MAN);
        assertThat(french.read("F")).isEqualTo(Gender.WOMAN);
        GenderColumn spanish = GenderColumn.of("Sexo (M/H)");
        assertThat(spanish.read("M")).isEqualTo(Gender.WOMAN);
        assertThat(spanish.read("H")).isEqualTo(Gender.MAN);
    }

    @Test
    void wordsStateAGenderAndAnythingElseIsUnknownWhileAnEmptyCellLeavesItToTheHonorific() {
        GenderColumn column = GenderColumn.of("Gender");
        assertThat(column.read("Female")).isEqualTo(Gender.WOMAN);
        assertThat(column.read(" male ")).isEqualTo(Gender.MAN);
        assertThat(column.read("Féminin")).isEqualTo(Gender.WOMAN);
        assertThat(column.read("Hombre")).isEqualTo(Gender.MAN);
        assertThat(column.read("Prefer not to say")).isEqualTo(Gender.UNKNOWN);
        assertThat(column.read("Non-binary")).isEqualTo(Gender.UNKNOWN);
        assertThat(column.read("")).isNull();
    }

    @Test
    void placeholdersAreNoNames() {
        assertThat(Placeholders.isPlaceholder("TBD", "TBD")).isTrue();
        assertThat(Placeholders.isPlaceholder("", "Ms. TBC")).isTrue();
        assertThat(Placeholders.isPlaceholder("N.N.", "")).isTrue();
        assertThat(Placeholders.isPlaceholder("[…]")).isTrue();
        assertThat(Placeholders.isPlaceholder("(name to be confirmed)")).isTrue();
        assertThat(Placeholders.isPlaceholder("", "à confirmer")).isTrue();
        assertThat(Placeholders.isPlaceholder("Tobias", "Xu")).isFalse();
        assertThat(Placeholders.isPlaceholder("Nn", "Okafor")).isFalse();
        assertThat(Placeholders.isPlaceholder("", "")).isFalse();
    }
}
