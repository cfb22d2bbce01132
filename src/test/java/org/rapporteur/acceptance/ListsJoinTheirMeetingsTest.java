package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists and statements join the report of their meeting however the symbol is typed or the file named, and a person
 * sent twice (the same list as .csv and as .xlsx) is counted once; formats not read are reported, not passed over.
 */
class ListsJoinTheirMeetingsTest {

    static final String FIFTH = "UNODC/CCPCJ/EG.4#5";

    @TempDir
    Path work;

    private Path input() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("reports"));
        Files.createDirectories(input.resolve("participants"));
        Files.createDirectories(input.resolve("statements"));
        Files.copy(Path.of("input/reports/UNODC_CCPCJ_EG.4_2019_2.txt"),
                input.resolve("reports/UNODC_CCPCJ_EG.4_2019_2.txt"));
        return input;
    }

    @Test
    void symbolsTypedAnyWayAndFileNamesWithWordsAfterTheSymbolJoinTheReport() throws Exception {
        Path input = input();
        Files.writeString(input.resolve("participants/UNODC_CCPCJ_EG.4_2019_2_E_FINAL.csv"), """
                Title,First Name,Last Name,Delegation
                Ms.,Ana,Souza,Brazil
                """);
        Files.writeString(input.resolve("participants/UNODC_CCPCJ_EG.4_2019_2.final.csv"), """
                Title,First Name,Last Name,Delegation
                Ms.,Yuki,Mori,Japan
                """);
        Files.writeString(input.resolve("participants/other-list.csv"), """
                Meeting,Title,First Name,Last Name,Delegation
                unodc/ccpcj/eg.4/2019/2.,Mr.,Luis,Prado,Peru
                UNODC_CCPCJ_EG.4_2019_2,Ms.,Emma,Berg,Sweden
                """);
        Files.writeString(input.resolve("statements/s.csv"), """
                meeting_symbol,speaker,text
                unodc/ccpcj/eg.4/2019/2,Mr. Omar Haddad (Morocco),Morocco supports technical assistance.
                UNODC/CCPCJ/EG.4/2019/2,Finland on behalf of the European Union and its member States,We support capacity-building.
                UNODC/CCPCJ/EG.4/2019/2,The representative of Chile,Chile supports a new convention.
                """);
        Path output = work.resolve("output");
        assertThat(RunOutput.nightly(input, output).exitCode()).isZero();
        List<Map<String, String>> delegations = ExportFiles.rows(output.resolve("delegations.csv"));
        assertThat(delegations).extracting(r -> r.get("meeting_id") + " " + r.get("entity_code"))
                .containsExactlyInAnyOrder(FIFTH + " BRA", FIFTH + " JPN", FIFTH + " PER", FIFTH + " SWE");
        assertThat(ExportFiles.rows(output.resolve("data-quality.csv")))
                .noneSatisfy(r -> assertThat(r.get("code")).isEqualTo("AWAITING_REPORT"));
        assertThat(ExportFiles.rows(output.resolve("positions.csv")))
                .extracting(r -> r.get("meeting_id") + " " + r.get("attributed_entity_code") + " "
                        + r.get("on_behalf_of"))
                .contains(FIFTH + " MAR ", FIFTH + " FIN EU", FIFTH + " CHL ");
    }

    @Test
    void theSameListSentTwiceCountsEachPersonOnceAndSaysSo() throws Exception {
        Path input = input();
        String list = """
                Title,First Name,Last Name,Position,Delegation
                Ms.,Ana,Souza,Head of Delegation,Brazil
                Mr.,Rui,Costa,Adviser,Brazil
                """;
        Files.writeString(input.resolve("participants/UNODC_CCPCJ_EG.4_2019_2-participants.csv"), list);
        Files.writeString(input.resolve("participants/UNODC_CCPCJ_EG.4_2019_2-participants-v2.csv"),
                list + "Ms.,Inês,Lima,Legal adviser,Brazil\n");
        Path output = work.resolve("output");
        assertThat(RunOutput.nightly(input, output).exitCode()).isZero();
        Map<String, String> brazil = ExportFiles.rows(output.resolve("delegations.csv")).get(0);
        assertThat(List.of(brazil.get("delegates"), brazil.get("women"), brazil.get("men"),
                brazil.get("heads_of_delegation"))).containsExactly("3", "2", "1", "1");
        assertThat(ExportFiles.rows(output.resolve("data-quality.csv")))
                .filteredOn(r -> r.get("code").equals("DUPLICATE_PARTICIPANT"))
                .extracting(r -> r.get("source") + " " + r.get("location") + " " + r.get("message"))
                .containsExactly("participants/UNODC_CCPCJ_EG.4_2019_2-participants.csv lines 2, 3 2 person(s) also "
                        + "listed in participants/UNODC_CCPCJ_EG.4_2019_2-participants-v2.csv for the same meeting "
                        + "and delegation; counted once (remove one of the two files if they are the same list)");
    }

    @Test
    void aWorkbookWithStatesOnOneSheetAndObserversOnAnotherIsStoredWhole() throws Exception {
        Path input = input();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = Files.newOutputStream(input.resolve("participants/UNODC_CCPCJ_EG.4_2019_2.xlsx"))) {
            for (String[] sheet : List.of(new String[] {"States", "Ms.", "Ana", "Souza", "Brazil"},
                    new String[] {"Observers", "Mgr", "Paolo", "Rossi", "Holy See"})) {
                var s = workbook.createSheet(sheet[0]);
                String[][] rows = {{"Title", "First Name", "Last Name", "Delegation"},
                        {sheet[1], sheet[2], sheet[3], sheet[4]}};
                for (int r = 0; r < rows.length; r++) {
                    var row = s.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        Path output = work.resolve("output");
        RunOutput run = RunOutput.nightly(input, output);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(ExportFiles.rows(output.resolve("delegations.csv")))
                .extracting(r -> r.get("entity_code") + " " + r.get("delegates"))
                .containsExactly("BRA 1", "VAT 1");
        assertThat(ExportFiles.rows(output.resolve("restricted/participants.csv"))).extracting(r -> r.get("source"))
                .containsExactly("participants/UNODC_CCPCJ_EG.4_2019_2.xlsx#2",
                        "participants/UNODC_CCPCJ_EG.4_2019_2.xlsx#sheet 2 row 2");
    }

    @Test
    void filesOfOtherFormatsAreEachReportedWithAdviceNotPassedOver() throws Exception {
        Path input = input();
        Files.write(input.resolve("participants/list.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Files.writeString(input.resolve("participants/README.md"), "notes for the team\n");
        Path output = work.resolve("output");
        assertThat(RunOutput.nightly(input, output).exitCode()).isEqualTo(3);
        assertThat(ExportFiles.rows(output.resolve("data-quality.csv")))
                .filteredOn(r -> r.get("source").startsWith("participants/"))
                .extracting(r -> r.get("source") + " " + r.get("code") + " " + r.get("message"))
                .containsExactly("participants/README.md UNSUPPORTED_FORMAT Text in a file named .md: a list of "
                                + "participants is read from a .csv (or .tsv, .txt) or .xlsx file; rename it if it is CSV",
                        "participants/list.xls UNSUPPORTED_FORMAT A .xls workbook is not read: save it as .xlsx "
                                + "(Excel 2007 or later) or .csv");
    }
}
