package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.report.ReportSymbol;

/**
 * Reports of different bodies never share a meeting (two commissions' sixty-sixth sessions under E/… symbols), and
 * the parts of one draft report (addenda) complete each other instead of one superseding the others.
 */
class MeetingKeysTest {

    @TempDir
    Path work;

    private static String report(String symbol, String body, String session, String dates, String statements) {
        return """
                 United Nations %s
                 Distr.: General
                 Original: English
                 %s
                 Report on the %s session of the %s held in Vienna %s
                  I. Organization of the session
                1. %s
                """.formatted(symbol, body, session, body, dates, statements);
    }

    @Test
    void twoCommissionsSixtySixthSessionsAreTwoMeetings() throws Exception {
        Path reports = Files.createDirectories(work.resolve("input/reports"));
        Files.writeString(reports.resolve("cnd.txt"), report("E/2023/28", "Commission on Narcotic Drugs",
                "sixty-sixth", "from 13 to 17 March 2023",
                "Statements were made by the representatives of Brazil, Chile and Peru."));
        Files.writeString(reports.resolve("csw.txt"), report("E/2022/27", "Commission on the Status of Women",
                "sixty-sixth", "from 14 to 25 March 2022",
                "Statements were made by the representatives of Kenya and Ghana."));
        Path output = work.resolve("output");
        assertThat(RunOutput.nightly(work.resolve("input"), output).exitCode()).isZero();
        assertThat(ExportFiles.rows(output.resolve("meetings.csv"))).extracting(r -> r.get("meeting_id"))
                .containsExactly("E/2022/27", "E/2023/28");
        List<Map<String, String>> speakers = ExportFiles.rows(output.resolve("participation.csv"));
        assertThat(speakers).extracting(r -> r.get("meeting_id") + " " + r.get("entity_code")).containsExactly(
                "E/2022/27 GHA", "E/2022/27 KEN", "E/2023/28 BRA", "E/2023/28 CHL", "E/2023/28 PER");
        assertThat(ExportFiles.rows(output.resolve("data-quality.csv")))
                .noneSatisfy(r -> assertThat(r.get("code")).isEqualTo("SUPERSEDED_REPORT"));
    }

    @Test
    void theAddendaOfADraftCompleteEachOtherAndTheFinalReportStillWins() throws Exception {
        Path reports = Files.createDirectories(work.resolve("input/reports"));
        Files.writeString(reports.resolve("add1.txt"), report("E/CN.7/2024/L.1/Add.1", "Commission on Narcotic Drugs",
                "sixty-seventh", "from 14 to 22 March 2024",
                "Statements were made by the representatives of Brazil and Chile."));
        Files.writeString(reports.resolve("add3.txt"), report("E/CN.7/2024/L.1/Add.3", "Commission on Narcotic Drugs",
                "sixty-seventh", "from 14 to 22 March 2024",
                "Statements were made by the representatives of Peru and Mexico."));
        Path output = work.resolve("output");
        assertThat(RunOutput.nightly(work.resolve("input"), output).exitCode()).isZero();
        assertThat(ExportFiles.rows(output.resolve("participation.csv")))
                .extracting(r -> r.get("meeting_id") + " " + r.get("entity_code") + " " + r.get("source"))
                .containsExactly("E/CN.7#67 BRA add1.txt#1", "E/CN.7#67 CHL add1.txt#1", "E/CN.7#67 MEX add3.txt#1",
                        "E/CN.7#67 PER add3.txt#1");

        Files.writeString(reports.resolve("final.txt"), report("E/CN.7/2024/15", "Commission on Narcotic Drugs",
                "sixty-seventh", "from 14 to 22 March 2024",
                "Statements were made by the representatives of Brazil, Chile, Mexico, Peru and Spain."));
        assertThat(RunOutput.nightly(work.resolve("input"), output).exitCode()).isZero();
        assertThat(ExportFiles.rows(output.resolve("participation.csv"))).extracting(r -> r.get("source"))
                .containsOnly("final.txt#1").hasSize(5);
        assertThat(ExportFiles.rows(output.resolve("data-quality.csv")))
                .filteredOn(r -> r.get("code").equals("SUPERSEDED_REPORT")).extracting(r -> r.get("source"))
                .containsExactly("add1.txt", "add3.txt");
    }

    @Test
    void aWorkingPartyIsPartOfTheSeriesAWorkingPaperIsNot() {
        assertThat(ReportSymbol.parse("ECE/TRANS/WP.29/1177").orElseThrow().series()).isEqualTo("ECE/TRANS/WP.29");
        assertThat(ReportSymbol.parse("ECE/TRANS/WP.1/185").orElseThrow().series()).isEqualTo("ECE/TRANS/WP.1");
        assertThat(ReportSymbol.parse("A/AC.294/2019/WP.1").orElseThrow().series()).isEqualTo("A/AC.294");
    }
}
