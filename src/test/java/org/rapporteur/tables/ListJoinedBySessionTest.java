package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.report.ReportSymbol;

/**
 * A list named by a symbol no report carries finds the only meeting of its session: its own symbol ("TB-19/INF/2")
 * shares the session's parts with the report ("TB-19/4"); where two meetings share them, it finds none.
 */
class ListJoinedBySessionTest {

    @Test
    void aSeriesWithItsSessionAfterAHyphenIsASymbol() {
        ReportSymbol symbol = ReportSymbol.parse("TB-19/4").orElseThrow();
        assertThat(symbol.series()).isEqualTo("TB-19");
        assertThat(ReportSymbol.parse("COVID-19")).isEmpty();
    }

    @Test
    void aListsOwnSymbolFindsTheReportOfItsSession() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("TB-19/4", "m1");
        symbols.add("UNEP/OzL.Pro.WG.1/47/5", "m2");
        symbols.add("UNEP/OzL.Pro.WG.1/48/5", "m3");
        assertThat(symbols.meeting("TB-19/INF/2")).contains("m1");
        assertThat(symbols.meeting("TB-20/INF/2")).isEmpty();
        assertThat(symbols.meeting("UNEP/OzL.Pro.WG.1/47/INF/1")).contains("m2");
        assertThat(ReportSymbols.sessionKey("E/ESCWA/C.6/2026/INF.1")).isEqualTo("E/ESCWA/C.6/2026");
    }

    @Test
    void twoMeetingsOfOneBodyWhoseSymbolsCarryNoSessionAreNotGuessed() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("A/AC.291/7", "m1");
        symbols.add("A/AC.291/9", "m2");
        assertThat(symbols.meeting("A/AC.291/INF/3")).isEmpty();
    }

    @Test
    void aListNamedByItsBodySeriesOrItsSessionInWordsFindsTheOnlyMeetingOfIt() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("TCT/CSP4/2026/SEC/11/Conf.FinRep", "m1");
        symbols.addSession("TCT/CSP4", 4, "m1");
        symbols.add("X/Y/2026/3", "m2");
        symbols.addSession("X/Y", 32, "m2");
        assertThat(symbols.meeting("TCT/CSP4/2026/SEC/12/Conf.PartList")).contains("m1");
        assertThat(symbols.meeting("Board on Tides, session 32")).contains("m2");
        assertThat(symbols.meeting("Board on Tides, session 33")).isEmpty();
        symbols.addSession("X/Z", 32, "m3");
        assertThat(symbols.meeting("Board on Tides, session 32")).isEmpty();
    }

    @Test
    void aJointReportIsFoundByEitherSymbolOfItsFileName() {
        assertThat(ReportSymbols.jointSymbols("E_2026_40-E_CN.9_2026_7.txt")).containsExactly("E/CN.9/2026/7");
        assertThat(ReportSymbols.jointSymbols("C-31_5.txt")).isEmpty();
    }

    @Test
    void aBodyNumberedInItsSymbolIsNotASessionEvenWithOneReportStored() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("A/AC.105/1290", "m1");
        assertThat(symbols.meeting("A/AC.105/1350")).isEmpty();
        assertThat(symbols.meeting("A/AC.105/INF/4")).isEmpty();
        assertThat(ReportSymbols.sessionKey("A/AC.291/INF/3")).isEmpty();
        assertThat(ReportSymbols.sessionKey("C-31/INF/1")).isEqualTo("C-31");
    }

    @Test
    void aShortFormOfTheSymbolFindsTheOnlyMeetingOfThatSeriesAndSession() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("QRS/TUV/33/7", "m1");
        symbols.addSession("QRS/TUV", 33, "m1");
        symbols.add("LMN/OP.5/4", "m2");
        symbols.addSession("LMN/OP.5", 5, "m2");
        assertThat(symbols.meeting("TUV/33")).contains("m1");
        assertThat(symbols.meeting("tuv-33")).contains("m1");
        assertThat(symbols.meeting("TUV33")).contains("m1");
        assertThat(symbols.meeting("TUV/33/INF/2")).contains("m1");
        assertThat(symbols.meeting("OP-5")).contains("m2");
        assertThat(symbols.meeting("LMN/OP.5")).contains("m2");
        // another session, another series before the acronym, or an acronym no series holds: no meeting
        assertThat(symbols.meeting("TUV/34")).isEmpty();
        assertThat(symbols.meeting("ZZ/TUV/33")).isEmpty();
        assertThat(symbols.meeting("WXY33")).isEmpty();
        symbols.add("QT/WXB12/2027/SEC/4/Final", "m8");
        symbols.addSession("QT/WXB12", 12, "m8");
        assertThat(symbols.meeting("QT/WXB12")).contains("m8");
    }

    @Test
    void anAcronymThatStartsASeriesPartIsTheOnlyMeetingItFitsElseNone() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("ABC/DEFG/2027/4", "m3");
        symbols.addSession("ABC/DEFG", 12, "m3");
        assertThat(symbols.meeting("DEF12")).contains("m3");
        assertThat(symbols.meeting("DEFG12")).contains("m3");
        // more than the last letter dropped is a guess: none
        assertThat(symbols.meeting("DE12")).isEmpty();
        symbols.add("ABC/DEFH/2027/9", "m4");
        symbols.addSession("ABC/DEFH", 12, "m4");
        assertThat(symbols.meeting("DEF12")).isEmpty();
        assertThat(symbols.meeting("DEFG12")).contains("m3");
    }

    @Test
    void ofTheNamesAFileGivesItsMeetingTheFirstThatFindsOneIsTaken() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("X/Y/2026/3", "m2");
        symbols.addSession("X/Y", 32, "m2");
        assertThat(symbols.meeting("TDB/32 | Board on Tides, session 32")).contains("m2");
        assertThat(symbols.meeting("X/Y/2026/3 | Board on Tides, session 40")).contains("m2");
        assertThat(symbols.meeting("TDB/32 | Board on Tides, session 40")).isEmpty();
        // a weaker name must agree with the strongest: the session its short form numbers, the series of its symbol
        assertThat(symbols.meeting("TDB/31 | Board on Tides, session 32")).isEmpty();
        assertThat(symbols.meeting("X/Y/C.2/2026/INF/1 | Board on Tides, session 32")).contains("m2");
        assertThat(symbols.meeting("Q/R/2026/INF/1 | Board on Tides, session 32")).isEmpty();
        assertThat(ReportSymbols.canonical("tdb/32 | Board on Tides, session 32")).isEqualTo("TDB/32");
    }

    @Test
    void theSessionPartsAloneOrASubsidiarySeriesWithTheSameSessionFindTheMeeting() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.add("E/ZZ.7/2027/4", "m5");
        symbols.add("A/BC.9/1300", "m6");
        symbols.addSession("A/BC.9", 41, "m6");
        assertThat(symbols.meeting("E/ZZ.7/2027")).contains("m5");
        assertThat(symbols.meeting("A/BC.9/WG.III/41")).contains("m6");
        assertThat(symbols.meeting("A/BC.9/WG.III/42")).isEmpty();
        assertThat(symbols.meeting("A/BD.9/WG.III/41")).isEmpty();
        symbols.add("A/BC.9/1301", "m7");
        symbols.addSession("A/BC.9", 41, "m7");
        assertThat(symbols.meeting("A/BC.9/WG.III/41")).isEmpty();
    }
}
