package org.rapporteur.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet headed in words, its columns placed and added to beside the CSV file's, printed readably. */
class SheetColumnsAndPrintTest {

    @TempDir
    Path dir;

    private static final List<String> HEADER = List.of("meeting_id", "entity_code", "iso2", "entity_name", "topic");
    private static final SheetColumns NAMED = SheetColumns.SAME.move("entity_name", "entity_code")
            .add("topic_title", "topic", "the topic's title", row -> "Title of " + row.apply("topic"))
            .add("evidence", "no_such_column", "the sentence", row -> row.apply("meeting_id") + " said so");

    @Test
    void aMovedColumnFollowsItsAnchorAndAddedColumnsFollowTheirsOrCloseTheRow() {
        SheetColumns.View view = NAMED.view(HEADER);
        assertThat(view.header()).containsExactly("meeting_id", "entity_code", "entity_name", "iso2", "topic",
                "topic_title", "evidence");
        assertThat(view.values(Arrays.asList("M#1", "CHL", "CL", "Chile", "NEW")))
                .containsExactly("M#1", "CHL", "Chile", "CL", "NEW", "Title of NEW", "M#1 said so");
    }

    @Test
    void twoColumnsAddedAfterOneColumnKeepTheirOrder() {
        SheetColumns twice = SheetColumns.SAME.add("a", "topic", "", row -> 1).add("b", "topic", "", row -> 2);
        assertThat(twice.view(HEADER).header()).containsExactly("meeting_id", "entity_code", "iso2", "entity_name",
                "topic", "a", "b");
    }

    @Test
    void headingsAreLabelsThePromptNamesTheCsvColumnAndAddedValuesAreWritten() throws Exception {
        TableLayout layout = TableLayout.PLAIN.explain(Map.of("iso2", "two letters", "topic", "the code"))
                .label(Map.of("meeting_id", "Meeting", "entity_name", "Entity", "topic", "Topic code",
                        "topic_title", "Topic"))
                .columns(NAMED).freezeColumns(3);
        Table table = new Table("positions", HEADER, List.of(Arrays.asList("M#1", "CHL", "CL", "Chile", "NEW")));
        Path file = dir.resolve("book.xlsx");
        new WorkbookWriter().write(new WorkbookContent("T", List.of(), List.of(), List.of(table),
                Map.of("positions", layout)), file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheet("positions");
            assertThat(cells(sheet.getRow(0))).containsExactly("Meeting", "entity_code", "Entity", "iso2",
                    "Topic code", "Topic", "evidence");
            assertThat(cells(sheet.getRow(1))).containsExactly("M#1", "CHL", "Chile", "CL", "NEW", "Title of NEW",
                    "M#1 said so");
            assertThat(sheet.getTables().get(0).getColumns()).extracting(c -> c.getName())
                    .containsExactly("Meeting", "entity_code", "Entity", "iso2", "Topic code", "Topic", "evidence");
            List<String> prompts = new ArrayList<>();
            sheet.getDataValidations().forEach(v -> prompts.add(v.getRegions().getCellRangeAddress(0)
                    .formatAsString() + " " + v.getPromptBoxTitle() + ": " + v.getPromptBoxText()));
            assertThat(prompts).containsExactlyInAnyOrder("D1 iso2: two letters", "E1 topic: the code",
                    "F1 topic_title: the topic's title", "G1 evidence: the sentence");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as("narrow: one page across").isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(sheet.getRepeatingColumns().formatAsString()).as("the first two of the frozen columns")
                .isEqualTo("A:B");
        }
    }

    @Test
    void aWideTablePrintsAsManyPagesAcrossAsKeepItReadableItsNarrowKeyColumnsOnEach() throws Exception {
        List<String> header = new ArrayList<>(List.of("meeting_id", "entity_code"));
        List<Object> row = new ArrayList<>(List.of("M#1", "CHL"));
        for (int c = 0; c < 8; c++) {
            header.add("text" + c);
            row.add("x".repeat(59)); // each column 60 characters wide with its padding
        }
        Table table = new Table("participation", header, List.of(row));
        Path file = dir.resolve("wide.xlsx");
        new WorkbookWriter().write(new WorkbookContent("T", List.of(), List.of(), List.of(table),
                Map.of("participation", TableLayout.PLAIN.freezeColumns(2))), file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheet("participation");
            // 13 + 14 + 8 x 60 = 507 characters; 239 a page at 55 %, the first 27 again on each page after the first
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 3);
            assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
        }
    }

    @Test
    void pagesAcrossAreTheFewestAtAReadableScale() {
        assertThat(PageSetup.pagesWide(239, 0)).isEqualTo(1);
        assertThat(PageSetup.pagesWide(240, 0)).isEqualTo(2);
        assertThat(PageSetup.pagesWide(633, 33)).isEqualTo(3);
        assertThat(PageSetup.pagesWide(633, 0)).isEqualTo(3);
        assertThat(PageSetup.pagesWide(480, 0)).isEqualTo(3);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }
}
