package org.rapporteur.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {

    @TempDir
    Path dir;

    private final Table participation = new Table("participation",
            List.of("country", "meetings", "first"),
            List.of(
                    List.of("Türkiye", 12, LocalDate.of(2018, 4, 3)),
                    Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", -3, null)));
    private final Table flags = new Table("flags", List.of("code", "active"),
            List.of(List.of("CI", true), List.of("TR", false)));

    /** Evidence and the summary that links to it. */
    private final Table evidence = new Table("evidence", List.of("meeting_id", "topic", "stance", "sentence"),
            List.of(List.of("M1", "T1", "FOR", "a"), List.of("M1", "T2", "AGAINST", "b"),
                    List.of("M1", "T2", "AGAINST", "c"), List.of("M2", "T2", "FOR", "d")));
    private final Table summary = new Table("summary", List.of("meeting_id", "topic", "stance", "mentions"),
            List.of(List.of("M1", "T1", "FOR", 1), List.of("M1", "T2", "AGAINST", 2), List.of("M2", "T2", "FOR", 1),
                    List.of("M3", "T9", "FOR", 1)));

    private XSSFWorkbook writeAndRead(List<Table> tables) throws IOException {
        return writeAndRead(WorkbookContent.ofTables(tables));
    }

    private XSSFWorkbook writeAndRead(WorkbookContent content) throws IOException {
        Path file = dir.resolve("report.xlsx");
        new WorkbookWriter().write(content, file);
        assertThat(dir.resolve("report.xlsx.tmp")).doesNotExist();
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Each cell of the row by its index, as shown ("" for no cell). */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        var format = new org.apache.poi.ss.usermodel.DataFormatter();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    @Test
    void sheetsAreOverviewThenTablesInGivenOrder() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation, flags))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Overview");
            assertThat(workbook.getSheetName(1)).isEqualTo("participation");
            assertThat(workbook.getSheetName(2)).isEqualTo("flags");
        }
    }

    @Test
    void tableSheetHasBoldHeaderEqualToTableHeader() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation, flags))) {
            Row header = workbook.getSheet("participation").getRow(0);
            assertThat(texts(header)).isEqualTo(participation.header());
            assertThat(texts(workbook.getSheet("flags").getRow(0))).isEqualTo(flags.header());
            assertThat(workbook.getFontAt(header.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void headerRowIsFrozen() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation))) {
            PaneInformation pane = workbook.getSheet("participation").getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
        }
    }

    @Test
    void everyTableSheetIsAnExcelTableWithFilterButtonsAndBandedRows() throws IOException {
        Table empty = new Table("empty", List.of("a", "b"), List.of());
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation, flags, empty))) {
            XSSFTable table = workbook.getSheet("participation").getTables().get(0);
            assertThat(table.getArea().formatAsString()).isEqualTo("A1:C3");
            assertThat(table.getName()).isEqualTo("T_participation");
            assertThat(table.getColumns()).extracting(c -> c.getName()).containsExactly("country", "meetings",
                    "first");
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:C3");
            assertThat(table.getStyle().getName()).isEqualTo("TableStyleMedium2");
            assertThat(table.getStyle().isShowRowStripes()).isTrue();
            // the table's own filter, not a second one on the sheet (Excel would repair the file)
            assertThat(workbook.getSheet("participation").getCTWorksheet().isSetAutoFilter()).isFalse();
            assertThat(workbook.getSheet("flags").getTables().get(0).getArea().formatAsString()).isEqualTo("A1:B3");
            // a table needs a data row: an empty one gets one empty row
            assertThat(workbook.getSheet("empty").getTables().get(0).getArea().formatAsString()).isEqualTo("A1:B2");
        }
    }

    @Test
    void numbersAreNumericCellsAndNegativesStayNumbers() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation))) {
            XSSFSheet sheet = workbook.getSheet("participation");
            Cell twelve = sheet.getRow(1).getCell(1);
            Cell minusThree = sheet.getRow(2).getCell(1);
            assertThat(twelve.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(twelve.getNumericCellValue()).isEqualTo(12.0);
            assertThat(minusThree.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(minusThree.getNumericCellValue()).isEqualTo(-3.0);
            assertThat(((XSSFCellStyle) minusThree.getCellStyle()).getQuotePrefixed()).isFalse();
        }
    }

    /** A person reads yes or no (a spreadsheet shows a boolean cell as TRUE/FALSE, or 1/0 when printed). */
    @Test
    void booleansReadYesOrNo() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(flags))) {
            XSSFSheet sheet = workbook.getSheet("flags");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("yes");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("no");
        }
    }

    @Test
    void datesAreDateFormattedNumericCells() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation))) {
            Cell date = workbook.getSheet("participation").getRow(1).getCell(2);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 4, 3));
        }
    }

    @Test
    void nullIsAnEmptyCell() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation))) {
            assertThat(workbook.getSheet("participation").getRow(2).getCell(2)).isNull();
        }
    }

    @Test
    void formulaLikeTextIsQuotePrefixedTextInTheWorkbookAndApostrophedInTheCsv() throws IOException {
        Path csv = dir.resolve("participation.csv");
        new CsvTableWriter().write(participation, csv);
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);

        try (XSSFWorkbook workbook = writeAndRead(List.of(participation))) {
            Cell cell = workbook.getSheet("participation").getRow(2).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(((XSSFCellStyle) cell.getCellStyle()).getQuotePrefixed()).isTrue();
            assertThat(csvText).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3,\r\n");
            Cell plain = workbook.getSheet("participation").getRow(1).getCell(0);
            assertThat(plain.getStringCellValue()).isEqualTo("Türkiye");
            assertThat(((XSSFCellStyle) plain.getCellStyle()).getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void columnWidthsComeFromTheDataWithinMinAndMaxAndWrappedColumnsAreWider() throws IOException {
        Table wide = new Table("wide", List.of("a", "b", "c", "sentence"),
                List.of(List.of("x", "twelve chars", "y".repeat(200), "z".repeat(300))));
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(), List.of(wide),
                Map.of("wide", TableLayout.PLAIN.wrap("sentence")));
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("wide");
            assertThat(sheet.getColumnWidth(0)).isEqualTo((8 + 1) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo((12 + 1) * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo((60 + 1) * 256);
            assertThat(sheet.getColumnWidth(3)).isEqualTo((80 + 1) * 256);
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isFalse();
        }
    }

    @Test
    void summaryFiguresLinkToTheFirstEvidenceRowBehindThem() throws IOException {
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(), List.of(summary, evidence),
                Map.of("summary", TableLayout.PLAIN.link(LinkRule.sameKeys("mentions", "evidence",
                        List.of("meeting_id", "topic", "stance")))));
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("summary");
            assertThat(sheet.getRow(1).getCell(3).getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(sheet.getRow(1).getCell(3).getHyperlink().getAddress()).isEqualTo("'evidence'!A2");
            assertThat(sheet.getRow(2).getCell(3).getHyperlink().getAddress()).isEqualTo("'evidence'!A3");
            assertThat(sheet.getRow(3).getCell(3).getHyperlink().getAddress()).isEqualTo("'evidence'!A5");
            assertThat(sheet.getRow(4).getCell(3).getHyperlink()).as("no evidence, no link").isNull();
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void colouredCellsTakeTheLegendColourOfTheirFirstValueAndTheLegendStandsInTheHeaderRow() throws IOException {
        Table matrix = new Table("matrix", List.of("entity", "M1", "M2"),
                List.of(List.of("Chile", "CHAIR;STATEMENT", ""), List.of("Peru", "STATEMENT", "REPRESENTED")));
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(), List.of(matrix),
                Map.of("matrix", TableLayout.PLAIN.colours(Set.of("M1", "M2"), legend).freezeColumns(1)));
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("matrix");
            assertThat(fill(sheet.getRow(1).getCell(1))).isEqualTo("F4B183");
            assertThat(fill(sheet.getRow(2).getCell(1))).isEqualTo("9BC2E6");
            assertThat(fill(sheet.getRow(2).getCell(2))).isEqualTo("EDEDED");
            assertThat(sheet.getRow(1).getCell(2)).isNull();
            // the header row is frozen and never filtered: the legend stays in view
            assertThat(texts(sheet.getRow(0)).subList(4, 8)).containsExactly("Legend:", "CHAIR: chaired",
                    "STATEMENT: spoke", "REPRESENTED: came");
            assertThat(fill(sheet.getRow(0).getCell(7))).isEqualTo("EDEDED");
            assertThat(sheet.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:C3");
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            // colours are ARGB, as the schema wants
            assertThat(((XSSFCellStyle) sheet.getRow(1).getCell(1).getCellStyle()).getFillForegroundXSSFColor()
                    .getARGBHex()).isEqualTo("FFF4B183");
        }
    }

    private final List<LegendEntry> legend = List.of(new LegendEntry("CHAIR", "chaired", "F4B183"),
            new LegendEntry("STATEMENT", "spoke", "9BC2E6"), new LegendEntry("REPRESENTED", "came", "EDEDED"));

    /**
     * Readers that trust a sheet's {@code <dimension>} (pandas, openpyxl read-only) took a streamed sheet for one cell
     * when it said "A1": it names every cell written, the legend beside the header included.
     */
    @Test
    void eachTableSheetsDimensionIsTheRangeItsCellsTakeUpLegendIncluded() throws IOException {
        Table matrix = new Table("matrix", List.of("entity", "M1", "M2"),
                List.of(List.of("Chile", "CHAIR", ""), List.of("Peru", "STATEMENT", "REPRESENTED")));
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(), List.of(participation, matrix),
                Map.of("matrix", TableLayout.PLAIN.colours(Set.of("M1", "M2"), legend)));
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            // three columns and two rows under the header
            assertThat(workbook.getSheet("participation").getCTWorksheet().getDimension().getRef())
                    .isEqualTo("A1:C3");
            // the legend: "Legend:" one column right of the table (E), its three entries beside it (F to H)
            assertThat(workbook.getSheet("matrix").getCTWorksheet().getDimension().getRef()).isEqualTo("A1:H3");
        }
    }

    @Test
    void aGroupedSheetIsATableWithAHeadingRowPerGroupCountingItsValuesAndItsRowsOutlinedUnderIt()
            throws IOException {
        Table byGroup = new Table("by-group", List.of("entity", "group", "M1"),
                List.of(List.of("Egypt", "African States", "STATEMENT"), List.of("Kenya", "African States", ""),
                        List.of("Council of Europe", "", "REPRESENTED")));
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(), List.of(byGroup),
                Map.of("by-group", TableLayout.PLAIN.colours(Set.of("M1"), legend).groupedBy("group")));
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("by-group");
            assertThat(texts(sheet.getRow(1)).subList(0, 3)).containsExactly("African States (2)", "African States",
                    "1");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Egypt");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Kenya");
            assertThat(texts(sheet.getRow(4)).subList(0, 3)).containsExactly("No group (1)", "", "1");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Council of Europe");
            assertThat(sheet.getRow(1).getCTRow().getOutlineLevel()).isZero();
            assertThat(sheet.getRow(2).getCTRow().getOutlineLevel()).isEqualTo((short) 1);
            assertThat(sheet.getRow(5).getCTRow().getOutlineLevel()).isEqualTo((short) 1);
            assertThat(sheet.getRowSumsBelow()).isFalse();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:C6");
        }
    }

    @Test
    void emptyAndRepeatedHeadersAreMadeNamesAnExcelTableAccepts() throws IOException {
        assertThat(WorkbookWriter.tableHeader(List.of("a", "", "A", "a"))).containsExactly("a", "Column2", "A (2)",
                "a (3)");
        Table odd = new Table("odd", List.of("M", "m", " "), List.of(List.of("x", "y", "z")));
        try (XSSFWorkbook workbook = writeAndRead(List.of(odd))) {
            XSSFSheet sheet = workbook.getSheet("odd");
            assertThat(texts(sheet.getRow(0))).containsExactly("M", "m (2)", "Column3");
            assertThat(sheet.getTables().get(0).getColumns()).extracting(c -> c.getName())
                    .containsExactly("M", "m (2)", "Column3");
        }
    }

    @Test
    void textLongerThanACellHoldsIsCutWithAnEllipsisAndTheExportGoesOn() throws IOException {
        Table wide = new Table("wide", List.of("sources"), List.of(List.of("x".repeat(40_000))));
        try (XSSFWorkbook workbook = writeAndRead(List.of(wide))) {
            String shown = workbook.getSheet("wide").getRow(1).getCell(0).getStringCellValue();
            assertThat(shown).hasSize(32_767).endsWith("x\u2026");
        }
    }

    @Test
    void theBytesDoNotDependOnTheMachinesLocale() throws IOException {
        ChartSpec chart = new ChartSpec("Stance", ChartSpec.Kind.STACKED_COLUMN, "topic", "weight", false,
                List.of("A"), List.of(new ChartSpec.Series("FOR", List.of(1))));
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(chart), List.of(flags), Map.of());
        Path english = dir.resolve("en.xlsx");
        Path german = dir.resolve("de.xlsx");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.UK);
            new WorkbookWriter().write(content, english);
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            new WorkbookWriter().write(content, german);
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertThat(Files.readAllBytes(german)).isEqualTo(Files.readAllBytes(english));
    }

    @Test
    void theOverviewHasItsTitleSectionsLinkedToTheirSheetsFiguresLinkedToTheirRowsAndNotes() throws IOException {
        OverviewSection section = new OverviewSection("Balance", "summary",
                List.of("meeting_id", "topic", "FOR", "for_share", "since"),
                List.of(Arrays.asList("M1", "T1", 3, 0.75, LocalDate.of(2019, 3, 27)),
                        Arrays.asList("M3", "T9", 1, null, null)),
                Set.of("for_share"),
                List.of(new LinkRule(List.of("FOR"), "evidence", List.of("meeting_id", "topic",
                        LinkRule.literal("FOR")), List.of("meeting_id", "topic", "stance"))),
                List.of("FOR: weighted mentions."));
        WorkbookContent content = new WorkbookContent("My overview", List.of(section), List.of(),
                List.of(summary, evidence), Map.of());
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("Overview");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("My overview");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Balance");
            assertThat(sheet.getRow(2).getCell(0).getHyperlink().getAddress()).isEqualTo("'summary'!A1");
            assertThat(texts(sheet.getRow(3))).containsExactly("meeting_id", "topic", "FOR", "for_share", "since");
            Row first = sheet.getRow(4);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(2).getHyperlink().getAddress()).isEqualTo("'evidence'!A2");
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
            assertThat(sheet.getRow(5).getCell(2).getHyperlink()).as("M3/T9 has no FOR evidence").isNull();
            assertThat(sheet.getRow(5).getCell(3)).isNull();
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("FOR: weighted mentions.");
            assertThat(workbook.getFontAt(sheet.getRow(6).getCell(0).getCellStyle().getFontIndex()).getItalic())
                    .isTrue();
        }
    }

    /** A block of the Overview with {@code rows} rows of a label and a figure, and a note. */
    private static OverviewSection block(String title, int rows) {
        List<List<Object>> values = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            values.add(List.of(title + " row " + i, i));
        }
        return new OverviewSection(title, "", List.of("Label", "Figure"), values, Set.of(), List.of(),
                List.of("A note under " + title + "."));
    }

    /** The row of the Overview whose first cell is {@code text}. */
    private static int rowOf(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + text);
    }

    @Test
    void overviewPagesAreBrokenBetweenBlocksAndALongBlockWhereAPageIsFull() throws IOException {
        // two narrow columns print at full size on a portrait page, which holds 46 rows of 15 points: the long block
        // runs over three pages, the last with about 25 of its rows; First fits below them, Second does not
        int pageChars = 0;
        List<OverviewSection> blocks = List.of(block("Long", 111), block("First", 10), block("Second", 10),
                block("Third", 5));
        WorkbookContent content = new WorkbookContent("Pages", blocks, List.of(), List.of(flags), Map.of());
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("Overview");
            for (int c = 0; c < 2; c++) {
                pageChars += sheet.getColumnWidth(c) / 256;
            }
            double capacity = PrintedPage.portrait(pageChars).capacity();
            List<Integer> breaks = new ArrayList<>();
            for (int brk : sheet.getRowBreaks()) {
                breaks.add(brk);
            }
            breaks.add(sheet.getLastRowNum());
            // no page holds more than the model's page, so a printer never breaks a page before we do
            int from = 0;
            for (int brk : breaks) {
                double points = 0;
                for (int r = from; r <= brk; r++) {
                    points += sheet.getRow(r) == null ? 15 : sheet.getRow(r).getHeightInPoints();
                }
                assertThat(points).as("rows " + from + " to " + brk).isLessThanOrEqualTo(capacity);
                from = brk + 1;
            }
            // the long block runs on over pages; each block that fits on a page is on one, its title at the top of
            // a page or below another block
            assertThat(breaks).hasSize(4);
            for (String title : List.of("First", "Second", "Third")) {
                int top = rowOf(sheet, title);
                int end = rowOf(sheet, "A note under " + title + ".");
                assertThat(breaks).as(title).noneMatch(brk -> brk >= top && brk < end);
            }
            assertThat(breaks).as("Second starts a page: it would not end on First's")
                    .contains(rowOf(sheet, "Second") - 1);
        }
    }

    @Test
    void anOverviewTextLongerThanItsColumnWrapsItsRowIsAsHighAsItsLinesAndEveryCellAtTheTop() throws IOException {
        String topic = "The United Nations Convention against Transnational Organized Crime and its Protocols "
                + "thereto, as seen by the Conference of the Parties";
        OverviewSection section = new OverviewSection("Topics", "", List.of("Topic", "For"),
                List.of(List.of("Short", 1), List.of(topic, 2)), Set.of(), List.of(), List.of());
        WorkbookContent content = new WorkbookContent("t", List.of(section), List.of(), List.of(flags), Map.of());
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("Overview");
            Row shortRow = sheet.getRow(rowOf(sheet, "Short"));
            Row longRow = sheet.getRow(rowOf(sheet, topic));
            assertThat(shortRow.getCell(0).getCellStyle().getWrapText()).isFalse();
            assertThat(longRow.getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(longRow.getHeightInPoints()).isEqualTo(30f); // 70 characters wide: two lines
            assertThat(longRow.getCell(1).getCellStyle().getVerticalAlignment())
                    .isEqualTo(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }

    @Test
    void aFiguresHeaderTooLongForThreeLinesWidensItsColumnInsteadOfLosingItsLastWordBelowTheRow()
            throws IOException {
        OverviewSection section = new OverviewSection("Meetings", "", List.of("Meeting", "States named as taking part"),
                List.of(List.of("First", 8)), Set.of(), List.of(), List.of());
        WorkbookContent content = new WorkbookContent("t", List.of(section), List.of(), List.of(flags), Map.of());
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("Overview");
            Row header = sheet.getRow(rowOf(sheet, "Meeting"));
            // "States" / "named as" / "taking part": 11 characters and 2 of padding, three lines of 15 points
            assertThat(sheet.getColumnWidth(1)).isEqualTo(13 * 256);
            assertThat(header.getHeightInPoints()).isEqualTo(45f);
        }
        assertThat(OverviewSheet.headerWidth("States counted")).isEqualTo(7);
        assertThat(OverviewSheet.headerWidth("States named as taking part")).isEqualTo(11);
    }

    @Test
    void theOverviewListsEverySheetByItsLinkedNameWithItsRowsAndWhatOneRowIsWrappedInACellOfItsOwn()
            throws IOException {
        ChartSpec chart = new ChartSpec("Stances", ChartSpec.Kind.STACKED_BAR, "Topic", "Weight", false,
                List.of("T1"), List.of(new ChartSpec.Series("For", List.of(3))));
        // a wider block: the descriptions run across the page's columns right of theirs
        OverviewSection meetings = new OverviewSection("Meetings", "", List.of("Meeting", "Meeting id", "Dates",
                "Venue"), List.of(List.of("First", "M#1", "27-29 March 2019", "Vienna")), Set.of(), List.of(),
                List.of());
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(meetings), List.of(), List.of(chart),
                List.of(evidence, summary, flags),
                Map.of("evidence", TableLayout.PLAIN.describe("one row per sentence"),
                        "summary", TableLayout.PLAIN.describe("one row per meeting, topic and stance")));
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("Overview");
            int title = rowOf(sheet, "Sheets in this workbook");
            assertThat(texts(sheet.getRow(title + 1))).containsExactly("Sheet", "Rows", "What one row is");
            assertThat(texts(sheet.getRow(title + 2))).containsExactly(
                    "Charts", "", "charts per body series, each beside the small table it plots");
            Row evidenceRow = sheet.getRow(title + 3);
            assertThat(texts(evidenceRow)).containsExactly("evidence", "4", "one row per sentence");
            assertThat(evidenceRow.getCell(0).getHyperlink().getAddress()).isEqualTo("'evidence'!A1");
            assertThat(evidenceRow.getCell(2).getHyperlink()).as("the description is no link").isNull();
            assertThat(evidenceRow.getCell(2).getCellStyle().getWrapText()).isTrue();
            Row summaryRow = sheet.getRow(title + 4);
            assertThat(texts(summaryRow)).containsExactly("summary", "4", "one row per meeting, topic and stance");
            assertThat(summaryRow.getCell(0).getHyperlink().getAddress()).isEqualTo("'summary'!A1");
            assertThat(summaryRow.getCell(2).getCellStyle().getWrapText()).isTrue();
            // columns C and D are 18 and 9 characters (Dates, Venue): 31 letters a line, 37 take two lines
            assertThat(summaryRow.getHeightInPoints()).isEqualTo(30f);
            // header, Charts, evidence, summary (rows from 1 in A1 addresses)
            assertThat(sheet.getMergedRegions()).extracting(CellRangeAddress::formatAsString).contains(
                    "C" + (title + 2) + ":D" + (title + 2), "C" + (title + 3) + ":D" + (title + 3),
                    "C" + (title + 4) + ":D" + (title + 4), "C" + (title + 5) + ":D" + (title + 5));
            // a table whose layout says nothing of its rows is listed by its name alone
            assertThat(texts(sheet.getRow(title + 5))).containsExactly("flags", "2");
            assertThat(sheet.getRow(title + 5).getCell(0).getHyperlink().getAddress()).isEqualTo("'flags'!A1");
            assertThat(sheet.getRow(title + 6).getCell(0).getStringCellValue()).startsWith("Rows: the rows of");
        }
    }

    @Test
    void aHeaderCellSaysWhatItsColumnHoldsWhenSelectedAndLeadingColumnsStayInView() throws IOException {
        TableLayout layout = TableLayout.PLAIN.freezeColumns(1)
                .explain(Map.of("country", "the State, by its UN name", "meetings", "m".repeat(300)));
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(), List.of(participation),
                Map.of("participation", layout));
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            XSSFSheet sheet = workbook.getSheet("participation");
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Map<String, String[]> prompts = new java.util.TreeMap<>();
            for (var validation : sheet.getDataValidations()) {
                String cell = validation.getRegions().getCellRangeAddress(0).formatAsString();
                prompts.put(cell, new String[] {validation.getPromptBoxTitle(), validation.getPromptBoxText()});
                assertThat(validation.getShowPromptBox()).isTrue();
                assertThat(validation.getShowErrorBox()).as("any value may be typed").isFalse();
                assertThat(validation.getValidationConstraint().getValidationType())
                        .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.ANY);
            }
            // "first" has no meaning given: no message
            assertThat(prompts).containsOnlyKeys("A1", "B1");
            assertThat(prompts.get("A1")).containsExactly("country", "the State, by its UN name");
            // Excel takes at most 255 characters
            assertThat(prompts.get("B1")[1]).isEqualTo("m".repeat(254) + "\u2026");
        }
    }

    @Test
    void aWorkbookOfPlainTablesHasNoListOfSheets() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation, flags))) {
            XSSFSheet sheet = workbook.getSheet("Overview");
            for (Row row : sheet) {
                assertThat(texts(row)).doesNotContain("Sheets in this workbook");
            }
        }
    }

    @Test
    void aChartsDataBlockHasItsSeriesHeadersRightAlignedAboveTheirFiguresAndTallEnoughForTheirWords()
            throws IOException {
        ChartSpec groups = new ChartSpec("Groups", ChartSpec.Kind.STACKED_COLUMN, "Meeting", "States", false,
                List.of("1st meeting, 2019"), List.of(new ChartSpec.Series("African States", List.of(7)),
                new ChartSpec.Series("Latin American and Caribbean States", List.of(3))));
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(groups), List.of(flags), Map.of());
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            Row header = workbook.getSheet("Charts").getRow(1);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Latin American and Caribbean States");
            assertThat(header.getCell(1).getCellStyle().getAlignment())
                    .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            assertThat(header.getCell(2).getCellStyle().getAlignment())
                    .isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            // Latin / American and / Caribbean / States in a column of 13 characters
            assertThat(header.getHeightInPoints()).isEqualTo(60f);
        }
    }

    @Test
    void chartsAreNativeChartsOfTheirKindPlottingTheirDataBlocks() throws IOException {
        ChartSpec stacked = new ChartSpec("Stance", ChartSpec.Kind.STACKED_COLUMN, "topic", "weight", false,
                List.of("A", "B"), List.of(new ChartSpec.Series("FOR", List.of(1, 2), "2E75B6"),
                new ChartSpec.Series("AGAINST", List.of(3, 4))));
        ChartSpec line = new ChartSpec("Share", ChartSpec.Kind.LINE, "meeting", "share", true,
                List.of("M1", "M2", "M3"), List.of(new ChartSpec.Series("FOR", Arrays.asList(0.5, null, 1.0))));
        ChartSpec clustered = new ChartSpec("Groups", ChartSpec.Kind.CLUSTERED_COLUMN, "meeting", "States", false,
                List.of("M1"), List.of(new ChartSpec.Series("African States", List.of(7))));
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(stacked, line, clustered),
                List.of(flags), Map.of());
        try (XSSFWorkbook workbook = writeAndRead(content)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Charts");
            XSSFSheet sheet = workbook.getSheet("Charts");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(3);
            var plotArea = charts.get(0).getCTChart().getPlotArea();
            assertThat(plotArea.getBarChartArray(0).getGrouping().getVal().toString()).isEqualTo("stacked");
            // stacked parts drawn on top of each other in Excel, not side by side
            assertThat(plotArea.getBarChartArray(0).xmlText()).contains("<c:overlap val=\"100\"/><c:axId");
            assertThat(charts.get(1).getCTChart().getPlotArea().getLineChartArray(0).getGrouping().getVal()
                    .toString()).isEqualTo("standard");
            assertThat(charts.get(1).getCTChart().getPlotArea().sizeOfLineChartArray()).isEqualTo(1);
            assertThat(charts.get(2).getCTChart().getPlotArea().getBarChartArray(0).getGrouping().getVal()
                    .toString()).isEqualTo("clustered");
            var series = charts.get(0).getChartSeries().get(0);
            assertThat(series.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Charts!$A$3:$A$4");
            assertThat(series.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("Charts!$C$3:$C$4");
            int lineTop = 25; // the first chart (22 rows, below its title) and a blank row
            var lineSeries = charts.get(1).getChartSeries().get(0).getSeries(0);
            assertThat(lineSeries.getValuesData().getDataRangeReference())
                    .isEqualTo("Charts!$B$" + (lineTop + 3) + ":$B$" + (lineTop + 5));
            assertThat(sheet.getRow(lineTop + 2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(lineTop + 3).getCell(1)).as("no value, a gap").isNull();
            assertThat(charts.get(1).getCTChart().getDispBlanksAs().getVal().toString()).isEqualTo("gap");
            // explicit colours: LibreOffice draws series without them invisible
            var bars = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertThat(bars.getSerArray(0).getSpPr().getSolidFill().getSrgbClr().getVal()).isEqualTo(
                    java.util.HexFormat.of().parseHex("2E75B6"));
            assertThat(bars.getSerArray(1).getSpPr().getSolidFill().getSrgbClr().getVal()).isEqualTo(
                    java.util.HexFormat.of().parseHex(ChartSheet.PALETTE.get(1)));
            var lineSer = charts.get(1).getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0);
            assertThat(lineSer.getSpPr().getLn().getSolidFill().getSrgbClr().getVal()).isNotNull();
        }
    }

    @Test
    void longAndInvalidSheetNamesAreMadeLegalAndUnique() throws IOException {
        Table a = new Table("participation/by country: all [2018-2024] meetings", List.of("x"), List.of());
        Table b = new Table("participation/by country: all [2018-2024] other", List.of("x"), List.of());
        try (XSSFWorkbook workbook = writeAndRead(List.of(a, b))) {
            assertThat(workbook.getSheetName(1)).isEqualTo("participation by country  all  ");
            assertThat(workbook.getSheetName(2)).hasSize(31).endsWith(" (2)");
            assertThat(workbook.getSheetAt(2).getTables().get(0).getName()).isEqualTo("T_participation_by_country__all__2018_2024__other");
        }
    }

    @Test
    void uniqueNameCutsTo31CharsAndReplacesInvalidCharacters() {
        Set<String> used = new HashSet<>();
        assertThat(WorkbookWriter.uniqueName("a/b:c?d*e[f]g\\h", used)).isEqualTo("a b c d e f g h");
        assertThat(WorkbookWriter.uniqueName("x".repeat(40), used)).isEqualTo("x".repeat(31));
        assertThat(WorkbookWriter.uniqueName("X".repeat(40), used)).isEqualTo("X".repeat(27) + " (2)");
        assertThat(WorkbookWriter.uniqueName("Overview", new HashSet<>(Set.of("overview"))))
                .isEqualTo("Overview (2)");
    }

    @Test
    void coreDocumentPropertiesAreFixed() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation))) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("Rapporteur");
            assertThat(core.getCreated().toInstant()).isEqualTo(WorkbookWriter.FIXED_TIME);
            assertThat(core.getModified().toInstant()).isEqualTo(WorkbookWriter.FIXED_TIME);
        }
    }

    @Test
    void twoWritesOfTheSameContentGiveIdenticalBytes() throws IOException, InterruptedException {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        ChartSpec chart = new ChartSpec("Stance", ChartSpec.Kind.STACKED_COLUMN, "topic", "weight", false,
                List.of("A"), List.of(new ChartSpec.Series("FOR", List.of(1))));
        WorkbookContent content = new WorkbookContent("t", List.of(), List.of(chart),
                List.of(participation, flags, summary, evidence), Map.of("summary", TableLayout.PLAIN.link(
                LinkRule.sameKeys("mentions", "evidence", List.of("meeting_id", "topic", "stance")))));

        new WorkbookWriter().write(content, first);
        Thread.sleep(2100); // zip entry times have 2-second resolution
        new WorkbookWriter().write(content, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void workbookZipStartsWithContentTypesAsOfficeExpects() throws IOException {
        Path file = dir.resolve("order.xlsx");
        new WorkbookWriter().write(List.of(participation), file);

        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("[Content_Types].xml");
        }
    }

    private static String fill(Cell cell) {
        var colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        return colour == null ? null : colour.getARGBHex().substring(2);
    }
}
