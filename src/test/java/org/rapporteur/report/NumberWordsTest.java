package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

    @Test
    void readsTheArticlesAnAndAAsOne() {
        assertThat(NumberWords.parseCardinal("an")).isEqualTo(OptionalInt.of(1));
        assertThat(NumberWords.parseCardinal("a")).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void readsUnitsAndTeensInWords() {
        assertThat(NumberWords.parseCardinal("one")).isEqualTo(OptionalInt.of(1));
        assertThat(NumberWords.parseCardinal("two")).isEqualTo(OptionalInt.of(2));
        assertThat(NumberWords.parseCardinal("twelve")).isEqualTo(OptionalInt.of(12));
    }

    @Test
    void readsThirtyOneInWords() {
        assertThat(NumberWords.parseCardinal("thirty-one")).isEqualTo(OptionalInt.of(31));
    }

    @Test
    void readsNinetyNineInWords() {
        assertThat(NumberWords.parseCardinal("ninety-nine")).isEqualTo(OptionalInt.of(99));
    }

    @Test
    void readsCompoundsWrittenWithASpaceOrANonBreakingHyphen() {
        assertThat(NumberWords.parseCardinal("thirty one")).isEqualTo(OptionalInt.of(31));
        assertThat(NumberWords.parseCardinal("thirty\u2011one")).isEqualTo(OptionalInt.of(31));
    }

    @Test
    void readsOneHundredAndTwelveInWords() {
        assertThat(NumberWords.parseCardinal("one hundred and twelve")).isEqualTo(OptionalInt.of(112));
    }

    @Test
    void readsNumbersRegardlessOfCaseAndSurroundingSpace() {
        assertThat(NumberWords.parseCardinal("  Thirty-One ")).isEqualTo(OptionalInt.of(31));
    }

    @Test
    void readsDigits() {
        assertThat(NumberWords.parseCardinal("91")).isEqualTo(OptionalInt.of(91));
        assertThat(NumberWords.parseCardinal("3")).isEqualTo(OptionalInt.of(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "and", "several", "Member States", "thirty-first", "fourth", "4th", "3a"})
    void readsNoCardinalFromWordsThatAreNone(String text) {
        assertThat(NumberWords.parseCardinal(text)).isEmpty();
    }

    @Test
    void readsOrdinalsInWords() {
        assertThat(NumberWords.parseOrdinal("first")).isEqualTo(OptionalInt.of(1));
        assertThat(NumberWords.parseOrdinal("fourth")).isEqualTo(OptionalInt.of(4));
        assertThat(NumberWords.parseOrdinal("twelfth")).isEqualTo(OptionalInt.of(12));
        assertThat(NumberWords.parseOrdinal("twentieth")).isEqualTo(OptionalInt.of(20));
    }

    @Test
    void readsTwentySixthInWords() {
        assertThat(NumberWords.parseOrdinal("twenty-sixth")).isEqualTo(OptionalInt.of(26));
        assertThat(NumberWords.parseOrdinal("Twenty sixth")).isEqualTo(OptionalInt.of(26));
    }

    @Test
    void readsOrdinalsInDigits() {
        assertThat(NumberWords.parseOrdinal("4th")).isEqualTo(OptionalInt.of(4));
        assertThat(NumberWords.parseOrdinal("1st")).isEqualTo(OptionalInt.of(1));
        assertThat(NumberWords.parseOrdinal("22nd")).isEqualTo(OptionalInt.of(22));
        assertThat(NumberWords.parseOrdinal("3rd")).isEqualTo(OptionalInt.of(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "four", "thirty-one", "twenty-tenth", "session", "fourth session", "4"})
    void readsNoOrdinalFromWordsThatAreNone(String text) {
        assertThat(NumberWords.parseOrdinal(text)).isEmpty();
    }

    @Test
    void cardinalPatternMatchesWholeNumbersInWordsAndDigits() {
        assertThat("thirty-one").matches(NumberWords.CARDINAL_REGEX);
        assertThat("one hundred and twelve").matches(NumberWords.CARDINAL_REGEX);
        assertThat("an").matches(NumberWords.CARDINAL_REGEX);
        assertThat("91").matches(NumberWords.CARDINAL_REGEX);
        assertThat("several").doesNotMatch(NumberWords.CARDINAL_REGEX);
    }

    @Test
    void ordinalPatternMatchesOrdinalsInWords() {
        assertThat("twenty-sixth").matches(NumberWords.ORDINAL_REGEX);
        assertThat("fourth").matches(NumberWords.ORDINAL_REGEX);
        assertThat("four").doesNotMatch(NumberWords.ORDINAL_REGEX);
    }
}
