package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A list keyed as a report's meeting ("QRS/TUV#33", from a session named in words) finds the meeting of that series
 * and session only; a list naming a series alone ("A/XY.12") finds the only meeting of that series, and none where
 * two are known.
 */
class ListJoinedByMeetingKeyOrSeriesTest {

    @Test
    void aMeetingKeyFindsOnlyThatSessionOfItsSeries() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("QRS/TUV/33/7", "QRS/TUV#33");
        symbols.addSession("QRS/TUV", 33, "QRS/TUV#33");
        symbols.add("QRS/TUV/34/2", "m34");
        symbols.addSession("QRS/TUV", 34, "m34");
        assertThat(symbols.meeting("QRS/TUV#33")).contains("QRS/TUV#33");
        assertThat(symbols.meeting("qrs/tuv#34")).contains("m34");
        assertThat(symbols.meeting("QRS/TUV#35")).isEmpty();
        assertThat(symbols.meeting("QRS#33")).isEmpty();
    }

    @Test
    void aSeriesAloneFindsTheOnlyMeetingOfItAndNoneOfTwo() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("A/XY.12/4", "A/XY.12#1");
        symbols.addSession("A/XY.12", 1, "A/XY.12#1");
        assertThat(symbols.meeting("A/XY.12")).contains("A/XY.12#1");
        assertThat(symbols.meeting("A/XY.13")).isEmpty();
        symbols.add("A/XY.12/9", "A/XY.12#2");
        symbols.addSession("A/XY.12", 2, "A/XY.12#2");
        assertThat(symbols.meeting("A/XY.12")).isEmpty();
        assertThat(symbols.meetingsOfSeries("a/xy.12")).containsExactly("A/XY.12#1", "A/XY.12#2");
    }
}
