package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A report issued in parts ("E/2019/47 (Part I)", "(Part II)" for the resumed session) is found by a list that names its
 * part, by a list that names the symbol alone where only one part has been read, and never by a guess between two
 * parts.
 */
class ReportsInPartsTest {

    @Test
    void aListNamingThePartFindsTheReportOfThatPart() {
        MeetingIndex index = new MeetingIndex(new Facts()
                .report("regular.txt", "E#2019a", "E/2019/47 (Part I)")
                .report("resumed.txt", "E#2019b", "E/2019/47 (Part II)").build());
        assertThat(index.reportMeeting("E/2019/47 (Part I)")).contains("E#2019a");
        assertThat(index.reportMeeting("e/2019/47(part ii)")).contains("E#2019b");
    }

    @Test
    void theSymbolAloneFindsTheOnlyPartRead() {
        MeetingIndex index = new MeetingIndex(new Facts().report("regular.txt", "E#2019a", "E/2019/47 (Part I)")
                .build());
        assertThat(index.reportMeeting("E/2019/47")).contains("E#2019a");
    }

    @Test
    void theSymbolAloneFindsNoneOfTwoParts() {
        MeetingIndex index = new MeetingIndex(new Facts()
                .report("regular.txt", "E#2019a", "E/2019/47 (Part I)")
                .report("resumed.txt", "E#2019b", "E/2019/47 (Part II)").build());
        assertThat(index.reportMeeting("E/2019/47")).isEmpty();
    }

    @Test
    void aPartNamedByTheListFindsAReportReadWithoutIt() {
        MeetingIndex index = new MeetingIndex(new Facts().report("regular.txt", "E#2019a", "E/2019/47").build());
        assertThat(index.reportMeeting("E/2019/47 (Part I)")).contains("E#2019a");
    }

    @Test
    void aSessionInBracketsAndACodexSymbolAreMatchedAsWritten() {
        MeetingIndex index = new MeetingIndex(new Facts()
                .report("cop.docx", "ICCD/COP(17)#17", "ICCD/COP(17)/L.4")
                .report("pr.pdf", "REP/PR#57", "REP25/PR").build());
        assertThat(index.reportMeeting("ICCD_COP(17)_L.4")).contains("ICCD/COP(17)#17");
        assertThat(index.reportMeeting("REP25_PR")).contains("REP/PR#57");
        assertThat(index.reportMeeting("REP24/PR")).isEmpty();
    }
}
