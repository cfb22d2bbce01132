package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A quote opened in a cell of a CSV list and never closed runs, for the CSV parser, to the end of the file: the rows
 * after it must not vanish, and the finding must say what is wrong on which line.
 */
class UnclosedQuoteTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void theRowWithTheOpenQuoteIsReportedAndTheRowsAfterItAreRead() {
        ParticipantList list = reader.readCsv("A_AC.55_2031_8_participants.csv", """
                Salutation,Given name,Family name,Post,Country
                Ms.,Ida,Lund,Counsellor,Denmark
                Mr.,Omar,"Sy,Adviser,Senegal
                Ms.,Awa,Ndiaye,Minister,Senegal,extra,cells
                Mr.,Kojo,Mensah,Attaché,Ghana
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " line " + d.line())
                .containsExactly("DNK line 2", "GHA line 5");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " "
                        + f.message().substring(0, Math.min(40, f.message().length())))
                .containsExactly("line 3 REJECTED_ROW A quote opened on this line is never clo",
                        "line 4 REJECTED_ROW The row has 7 cells, the header 5 (a com");
    }

    @Test
    void aQuotedCellOverSeveralLinesThatIsClosedStaysOneCell() {
        ParticipantList list = reader.readCsv("A_AC.55_2031_8_participants.csv", """
                Salutation,Given name,Family name,Post,Country
                Ms.,Ida,Lund,"Counsellor,
                Ministry of Foreign Affairs",Denmark
                Mr.,Kojo,Mensah,Attaché,Ghana
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " line " + d.line())
                .containsExactly("DNK line 2", "GHA line 4");
    }
}
