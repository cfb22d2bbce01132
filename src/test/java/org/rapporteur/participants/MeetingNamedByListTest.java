package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * How a list or statements file names its meeting: a file name whose symbol has a session in brackets or is a Codex
 * report's, a symbol column ("Session symbol", "Document") beside a Meeting column that only numbers the sitting, a
 * symbol with the part of a report issued in parts.
 */
class MeetingNamedByListTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);
    final StatementsReader statements = new StatementsReader(new NameResolver(ReferenceData.loadDefault()));

    @Test
    void aFileNameWithASessionInBracketsOrACodexSymbol() {
        assertThat(MeetingSymbols.fromFileName("ICCD_COP(17)_L.4_registrations.csv")).contains("ICCD/COP(17)/L.4");
        assertThat(MeetingSymbols.fromFileName("REP25_PR_participants.xlsx")).contains("REP25/PR");
        assertThat(MeetingSymbols.fromFileName("Pesticide_residues_participants.xlsx")).isEmpty();
    }

    @Test
    void aSymbolColumnWinsOverAMeetingColumnThatNumbersTheSitting() {
        StatementsFile file = statements.read("forum_speakers.csv", """
                Meeting;Symbol;Speaker
                2;A/HRC/61/12;Ghana
                2;A/HRC/61/12;Peru
                """);
        assertThat(file.findings()).isEmpty();
        assertThat(file.statements()).extracting(s -> s.meetingSymbol() + " " + s.speaker().code())
                .containsExactly("A/HRC/61/12 GHA", "A/HRC/61/12 PER");
    }

    @Test
    void aSessionSymbolOrDocumentColumnNamesTheMeetingOfAList() {
        ParticipantList bySession = lists.readCsv("forum_registrations.csv", """
                Session symbol,Country,Name
                A/HRC/61/12,Ghana,Ms. Abena Owusu
                """);
        ParticipantList byDocument = lists.readCsv("committee_attendance.csv", """
                Document,Delegation,Full name
                E/2019/47 (Part II),PERU,Rosa Quispe
                """);
        assertThat(bySession.delegates()).extracting(Delegate::meetingSymbol).containsExactly("A/HRC/61/12");
        assertThat(byDocument.delegates()).extracting(Delegate::meetingSymbol).containsExactly("E/2019/47 (Part II)");
    }

    @Test
    void aMeetingCellThatIsNoSymbolGivesWayToTheFileName() {
        ParticipantList list = lists.readCsv("E_CN.7_2025_15_participants.csv", """
                Meeting,Country,Name
                3rd meeting,Ghana,Ms. Abena Owusu
                """);
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsExactly("E/CN.7/2025/15");
    }
}
