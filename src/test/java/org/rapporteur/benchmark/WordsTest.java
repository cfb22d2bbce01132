package org.rapporteur.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void writesOrdinalsAndCardinalsAsReportsDo() {
        assertThat(Words.ordinal(4)).isEqualTo("fourth");
        assertThat(Words.ordinal(20)).isEqualTo("twentieth");
        assertThat(Words.ordinal(21)).isEqualTo("twenty-first");
        assertThat(Words.ordinal(99)).isEqualTo("ninety-ninth");
        assertThat(Words.cardinal(31)).isEqualTo("thirty-one");
        assertThat(Words.cardinal(40)).isEqualTo("forty");
        assertThat(Words.count(97, true)).isEqualTo("ninety-seven");
        assertThat(Words.count(112, true)).isEqualTo("112");
        assertThat(Words.count(1, false)).isEqualTo("a");
    }

    @Test
    void numbersSittingsAsReportsDo() {
        assertThat(Words.sittingOrdinal(1)).isEqualTo("1st");
        assertThat(Words.sittingOrdinal(2)).isEqualTo("2nd");
        assertThat(Words.sittingOrdinal(3)).isEqualTo("3rd");
        assertThat(Words.sittingOrdinal(11)).isEqualTo("11th");
        assertThat(Words.sittingOrdinal(12)).isEqualTo("12th");
        assertThat(Words.sittingOrdinal(22)).isEqualTo("22nd");
    }

    @Test
    void writesDatesAndRanges() {
        LocalDate start = LocalDate.of(2019, 3, 27);
        assertThat(Words.date(start)).isEqualTo("27 March 2019");
        assertThat(Words.fromTo(start, start.plusDays(2))).isEqualTo("from 27 to 29 March 2019");
        assertThat(Words.fromTo(start, start.plusDays(1))).isEqualTo("on 27 and 28 March 2019");
        assertThat(Words.range(start, start.plusDays(2), "–")).isEqualTo("27–29 March 2019");
        assertThat(Words.days(start, start)).isEqualTo("27");
    }
}
