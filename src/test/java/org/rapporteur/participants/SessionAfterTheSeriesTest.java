package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.report.ReportSymbol;

/**
 * Symbols of bodies that write their session number after the series and a space ("MSC 107/20": document 20 of the
 * 107th session), in a report's header, in a file name (which keeps the space) and in a statements file's name.
 */
class SessionAfterTheSeriesTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);
    final StatementsReader statements = new StatementsReader(new NameResolver(ReferenceData.loadDefault()));

    @Test
    void theSpaceBetweenSeriesAndSessionIsKeptAndOtherSpaceIsNot() {
        assertThat(ReportSymbol.parse("FAL  49/17")).map(ReportSymbol::text).contains("FAL 49/17");
        assertThat(ReportSymbol.parse("FAL 49/17")).map(ReportSymbol::series).contains("FAL");
        assertThat(ReportSymbol.parse("FAL 49 / 17")).map(ReportSymbol::text).contains("FAL 49/17");
        assertThat(ReportSymbol.parse("FAL 49/WP.3")).map(ReportSymbol::text).contains("FAL 49/WP.3");
    }

    @Test
    void aPageNumberOrAWordBeforeANumberIsNoSymbol() {
        assertThat(ReportSymbol.parse("Page 4/12")).isEmpty();
        assertThat(ReportSymbol.parse("Annex 2/3")).isEmpty();
        assertThat(ReportSymbol.parse("PAGE 4/12")).isEmpty();
        assertThat(ReportSymbol.parse("ANNEX 2/3")).isEmpty();
    }

    @Test
    void aFileNameWithTheSpaceNamesTheMeeting() {
        assertThat(MeetingSymbols.fromFileName("participants/FAL 49_17_delegations.csv")).contains("FAL 49/17");
        assertThat(MeetingSymbols.fromFileName("FAL 49_17.xlsx")).contains("FAL 49/17");
        assertThat(MeetingSymbols.fromFileName("Final 49_17_list.csv")).isEmpty();
    }

    @Test
    void aListAndAStatementsFileNamedSoAreRead() {
        ParticipantList list = lists.readCsv("FAL 49_17_delegations.csv", """
                Delegation,Name
                GHANA,Ms. Abena Owusu
                """);
        StatementsFile file = statements.read("FAL 49_17_speakers.csv", """
                Speaker
                Peru
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsExactly("FAL 49/17");
        assertThat(file.statements()).extracting(s -> s.meetingSymbol() + " " + s.speaker().code())
                .containsExactly("FAL 49/17 PER");
    }
}
