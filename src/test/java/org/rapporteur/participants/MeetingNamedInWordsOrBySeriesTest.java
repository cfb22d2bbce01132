package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * A list whose meeting is named only in words: an Event (Meeting title, Session name) column or a title line that
 * names a session and a body the reference table of bodies knows is keyed as that body's session ("E/CN.7#68"); a
 * title line that prints a body's series without a session ("(A/AC.291)") is kept under the series; a session
 * without a body in an Event cell names no meeting; a list naming none at all is kept under its file's name.
 */
class MeetingNamedInWordsOrBySeriesTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void anEventColumnNamingTheSessionAndAKnownBodyInWordsKeysTheBodysSession() {
        ParticipantList list = reader.readCsv("registration-export.csv", """
                Event,Delegation,First name,Last name
                Sixty-eighth session of the Commission on Narcotic Drugs,Ghana,Abena,Owusu
                "Commission on Crime Prevention and Criminal Justice, 35th session",Peru,Rosa,Quispe
                Session 4 of the commission on narcotic drugs,Chile,Ana,Rojas
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol)
                .containsExactly("E/CN.7#68", "E/CN.15#35", "E/CN.7#4");
    }

    @Test
    void anEventCellNamingAnUnknownBodyKeepsItsWordsAndOneWithoutABodyIsNoMeeting() {
        ParticipantList list = reader.readCsv("export.csv", """
                Meeting title;Country;Name
                Board on Tides - twelfth session (Lima);Ghana;Ms. Abena Owusu
                3rd meeting;Peru;Ms. Rosa Quispe
                """);
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsExactly("Board on Tides, session 12");
        assertThat(list.findings()).extracting(Finding::code).containsExactly(FindingCode.REJECTED_ROW);
        assertThat(list.findings().get(0).message()).startsWith("No meeting");
    }

    @Test
    void aTitleLineNamingTheSessionOfAKnownBodyOrASeriesWithoutASession() {
        ParticipantList inWords = reader.readCsv("delegates.csv", """
                "The Commission on Crime Prevention and Criminal Justice, at its thirty-sixth session",,
                Participant,Function,Delegation
                Ms. Rosa Quispe,Head of Delegation,Peru
                """);
        ParticipantList seriesOnly = reader.readCsv("list-of-participants.csv", """
                Ad Hoc Committee on Something,,
                "Concluding session, Geneva, 2-6 March 2026 (A/AC.317)",,
                Participant,Function,Delegation
                Ms. Rosa Quispe,Head of Delegation,Peru
                """);
        ParticipantList seriesAndOrdinal = reader.readCsv("list.csv", """
                "Fifth session, Vienna (A/AC.317)",,
                Participant,Function,Delegation
                Ms. Rosa Quispe,Head of Delegation,Peru
                """);
        assertThat(inWords.delegates()).extracting(Delegate::meetingSymbol).containsExactly("E/CN.15#36");
        assertThat(seriesOnly.findings()).isEmpty();
        assertThat(seriesOnly.delegates()).extracting(Delegate::meetingSymbol).containsExactly("A/AC.317");
        assertThat(seriesAndOrdinal.delegates()).extracting(d -> MeetingSymbols.names(d.meetingSymbol()))
                .containsExactly(List.of("A/AC.317#5", "A/AC.317"));
    }

    @Test
    void aTitleWithNeitherSymbolNorSessionLeavesTheListUnderItsFileName() {
        ParticipantList list = reader.readCsv("list.csv", """
                "Meeting on tides, Geneva (N/A)",,
                Participant,Function,Delegation
                Ms. Rosa Quispe,Head of Delegation,Peru
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsExactly("file:list.csv");
    }

    @Test
    void theSessionNumberAfterItsWordAndTheBodyAfterItsOrdinal() {
        assertThat(TitleRows.session(List.of("Board on Tides, session 12"))).isEqualTo("Board on Tides, session 12");
        assertThat(TitleRows.session(List.of("Session No. 4 of the Board on Tides (Lima)")))
                .isEqualTo("Board on Tides, session 4");
        assertThat(TitleRows.session(List.of("Douzième session de la Junte des marées, Genève")))
                .isEqualTo("Junte des marées, session 12");
        assertThat(TitleRows.session(List.of("Session 2026 of the Board"))).isEmpty();
        assertThat(TitleRows.series(List.of("List of delegates (N/A)"))).isEmpty();
        assertThat(TitleRows.series(List.of("CTOC/COP"))).isEqualTo("CTOC/COP");
    }
}
