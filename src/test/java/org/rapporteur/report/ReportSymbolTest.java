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
}
