package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportSymbolTest {

    @Test
    void readsALimitedDistributionSymbolAsADraft() {
        assertThat(ReportSymbol.parse("UNODC/CCPCJ/EG.4/2018/L.1")).contains(
                new ReportSymbol("UNODC/CCPCJ/EG.4/2018/L.1", "UNODC/CCPCJ/EG.4", ReportStatus.DRAFT));
    }

    @Test
    void readsASymbolWithoutMarkerAsFinal() {
        assertThat(ReportSymbol.parse("CTOC/COP/WG.3/2019/4")).contains(
                new ReportSymbol("CTOC/COP/WG.3/2019/4", "CTOC/COP/WG.3", ReportStatus.FINAL));
    }

    @Test
    void readsTheSeriesOfASymbolWithoutAYear() {
        assertThat(ReportSymbol.parse("A/AC.291/7")).contains(
                new ReportSymbol("A/AC.291/7", "A/AC.291", ReportStatus.FINAL));
    }

    @Test
    void readsAConferenceRoomPaper() {
        assertThat(ReportSymbol.parse("UNODC/CCPCJ/EG.4/2018/CRP.1")).contains(new ReportSymbol(
                "UNODC/CCPCJ/EG.4/2018/CRP.1", "UNODC/CCPCJ/EG.4", ReportStatus.CONFERENCE_ROOM_PAPER));
    }

    @Test
    void readsTheSeriesOfACommissionDocument() {
        assertThat(ReportSymbol.parse("E/CN.15/2011/19")).contains(
                new ReportSymbol("E/CN.15/2011/19", "E/CN.15", ReportStatus.FINAL));
    }

    @Test
    void removesWhiteSpaceFromTheSymbol() {
        assertThat(ReportSymbol.parse("  UNODC/CCPCJ/EG.4/2018/ L.1 ")).contains(
                new ReportSymbol("UNODC/CCPCJ/EG.4/2018/L.1", "UNODC/CCPCJ/EG.4", ReportStatus.DRAFT));
    }

    @Test
    void tellsAListOfParticipantsApart() {
        ReportSymbol symbol = ReportSymbol.parse("UNODC/CCPCJ/EG.4/2018/INF/1").orElseThrow();
        assertThat(symbol.series()).isEqualTo("UNODC/CCPCJ/EG.4");
        assertThat(symbol.isListOfParticipants()).isTrue();
        assertThat(ReportSymbol.parse("UNODC/CCPCJ/EG.4/2018/L.1").orElseThrow().isListOfParticipants()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a symbol", "", "UNODC", "and/or", "UNODC/CCPCJ"})
    void readsNoSymbolFromTextThatIsNone(String text) {
        assertThat(ReportSymbol.parse(text)).isEmpty();
    }

    @Test
    void readsNoSymbolFromNull() {
        assertThat(ReportSymbol.parse(null)).isEmpty();
    }

    @Test
    void keepsASessionInBracketsInsideAPart() {
        assertThat(ReportSymbol.parse("ICCD/COP(17)/L.4")).contains(
                new ReportSymbol("ICCD/COP(17)/L.4", "ICCD/COP(17)", ReportStatus.DRAFT));
    }

    @Test
    void readsACodexReportAsTheCommitteesSeriesOfEveryYear() {
        assertThat(ReportSymbol.parse("REP25/PR")).contains(new ReportSymbol("REP25/PR", "REP/PR", ReportStatus.FINAL));
        assertThat(ReportSymbol.parse("REP19/NFSDU")).contains(
                new ReportSymbol("REP19/NFSDU", "REP/NFSDU", ReportStatus.FINAL));
        assertThat(ReportSymbol.parse("REPORT/FL")).isEmpty();
    }

    @Test
    void keepsThePartOfAReportIssuedInParts() {
        assertThat(ReportSymbol.parse("E/2019/47 (Part II)")).contains(
                new ReportSymbol("E/2019/47 (Part II)", "E", ReportStatus.FINAL));
        assertThat(ReportSymbol.parse("A/79/18(Part I)").orElseThrow().text()).isEqualTo("A/79/18 (Part I)");
    }

    @Test
    void findsSuchSymbolsInRunningText() {
        java.util.regex.Matcher m = ReportSymbol.SYMBOL.matcher(
                "adopted the draft report (ICCD/COP(17)/L.4); see also REP25/PR and E/2019/47 (Part II).");
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertThat(found).containsExactly("ICCD/COP(17)/L.4", "REP25/PR", "E/2019/47 (Part II)");
    }

    @Test
    void readsASeriesAndAYearWithASpaceBetweenThem() {
        // a body that writes its series, a space and the year, then the session and the document
        assertThat(ReportSymbol.parse("FWC 2031/12/Report")).contains(
                new ReportSymbol("FWC 2031/12/Report", "FWC", ReportStatus.FINAL));
        java.util.regex.Matcher m = ReportSymbol.SYMBOL.matcher("FWC 2031/12/Report");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("FWC 2031/12/Report");
        // a heading in capitals before a decision's number is no series
        assertThat(ReportSymbol.parse("DECISION 2031/4")).isEmpty();
        // a budget year is no symbol: a year needs two parts after it
        assertThat(ReportSymbol.parse("FY 2031/32")).isEmpty();
        assertThat(ReportSymbol.SYMBOL.matcher("the plan for FY 2031/32 was approved").find()).isFalse();
    }
}
