package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.participants.MeetingSymbols;
import org.rapporteur.positions.PositionOverrides;

/**
 * A list that names its meeting nowhere is kept under its file's name ({@code file:…}); the join finds the only report
 * whose file name is the list's but for the words that say which file is which ("report", "participants", "list",
 * "final"), however its separators, case and accents are written, and none where two reports share that name.
 */
class ListJoinedByItsFileNameTest {

    @Test
    void theReportNamedLikeTheListIsItsMeeting() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.addSource("reports/Tides_Board_Géneva-2031-report.docx", "T/B#4");
        symbols.addSource("reports/rivers_panel_final.pdf", "R/P#2");
        assertThat(symbols.meeting(MeetingSymbols.fileKey("participants/tides_board_geneva_2031.csv")))
                .contains("T/B#4");
        assertThat(symbols.meeting(MeetingSymbols.fileKey("participants/List of participants - Rivers Panel.xlsx")))
                .contains("R/P#2");
        assertThat(symbols.meeting(MeetingSymbols.fileKey("participants/rivers_panel_2.csv"))).isEmpty();
    }

    @Test
    void twoReportsOfOneFileNameOrANameOfRoleWordsOnlyJoinNone() {
        ReportSymbols symbols = new ReportSymbols();
        symbols.addSource("a/lakes_forum-report.txt", "L/F#1");
        symbols.addSource("b/lakes_forum_draft.txt", "L/F#2");
        symbols.addSource("participants-report.txt", "P#9");
        assertThat(symbols.meeting(MeetingSymbols.fileKey("lakes_forum.csv"))).isEmpty();
        assertThat(symbols.meeting(MeetingSymbols.fileKey("participants.csv"))).isEmpty();
        assertThat(MeetingSymbols.fileStem("Liste_des_participants_FINAL.xlsx")).isEmpty();
    }

    @Test
    void aFileKeyIsComparedAsWrittenNeverAsASymbol() {
        assertThat(ReportSymbols.canonical("file:lop_wg_4.csv")).isEqualTo("file:lop_wg_4.csv");
        assertThat(ReportSymbols.canonical("abc_def_4")).isEqualTo("ABC/DEF/4");
    }

    @Test
    void aListJoinedToNoReportIsKeptAndTheExportSaysWhy() {
        Facts facts = new Facts()
                .report("reports/tides_board-report.txt", "TB#1", "FINAL", LocalDate.of(2031, 5, 4))
                .delegate("participants/tides_board.csv", 2, "file:tides_board.csv", "PER", "Peru", "Ana", "Paz",
                        "WOMAN")
                .delegate("participants/lakes.csv", 3, "file:lakes.csv", "CHL", "Chile", "Luis", "Mora", "MAN");
        TableRows tables = TableRows.of(facts.build(), new PositionOverrides(List.of(), List.of()), code -> code);
        assertThat(tables.rows(DelegationRow.TABLE)).extracting(DelegationRow::meetingId, DelegationRow::entityCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("TB#1", "PER"),
                        org.assertj.core.groups.Tuple.tuple("file:lakes.csv", "CHL"));
        assertThat(tables.rows(DataQualityRow.TABLE)).extracting(q -> q.source() + " | " + q.severity() + " | "
                + q.code()).containsExactly("participants/lakes.csv | ERROR | MISSING_MEETING");
        assertThat(tables.rows(DataQualityRow.TABLE).get(0).message()).contains("kept under file:lakes.csv");
    }
}
