package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rapporteur.xlsx read back with POI holds the same tables as the CSV files, after its Overview and Charts. */
class WorkbookMatchesCsvTest {

    static final List<String> TABLES = List.of("meetings", "attendance", "participation", "delegations", "attendance-by-group", "attendance-gaps", "positions", "positions-summary",
            "positions-by-entity", "review", "data-quality");

    @TempDir
    static Path work;
    static Path output;

    @BeforeAll
    static void runTheSampleInputs() throws Exception {
        Path reports = Files.createDirectories(work.resolve("input/reports"));
        try (var files = Files.list(Path.of("input/reports"))) {
            for (Path file : files.toList()) {
                Files.copy(file, reports.resolve(file.getFileName()));
            }
        }
        output = work.resolve("output");
        assertThat(RunOutput.nightly(work.resolve("input"), output).exitCode()).isZero();
    }

    @Test
    void sheetsAreOverviewChartsThenOnePerCsvInOrderWithTheMatrixByGroupAfterTheMatrix() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            List<String> expected = new ArrayList<>(List.of("Overview", "Charts"));
            expected.addAll(TABLES);
            // a participation matrix per body series, after the participation sheet
            expected.addAll(expected.indexOf("participation") + 1, List.of("matrix CTOC_COP_WG.6",
                    "matrix UNODC_CCPCJ_EG.4"));
            expected.add("About these tables");
            assertThat(names).isEqualTo(expected);
        }
    }

    @Test
    void everySheetNamesEachCsvColumnInItsHeadersPromptIsFrozenAndIsAnExcelTableOverItsRows() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            for (String table : TABLES) {
                XSSFSheet sheet = workbook.getSheet(table);
                List<String> header = ExportFiles.header(csv(table));
                Map<String, Integer> columns = columnsByPrompt(sheet);
                // every CSV column is on the sheet once, headed in words, its name in the header cell's prompt
                assertThat(columns.keySet()).as(table).containsAll(header);
                int width = columns.size();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(table).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(table).isEqualTo((short) 1);
                int rows = ExportFiles.rows(csv(table)).size();
                assertThat(sheet.getTables()).as(table).hasSize(1);
                assertThat(sheet.getTables().get(0).getArea().formatAsString()).as(table).isEqualTo("A1:"
                        + org.apache.poi.ss.util.CellReference.convertNumToColString(width - 1)
                        + (Math.max(rows, 1) + 1));
                assertThat(sheet.getTables().get(0).getColumns()).extracting(c -> c.getName()).as(table)
                        .isEqualTo(cells(sheet.getRow(0), width));
            }
        }
    }

    @Test
    void everyCellEqualsTheCsvValue() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            for (String table : TABLES) {
                XSSFSheet sheet = workbook.getSheet(table);
                List<String> header = ExportFiles.header(csv(table));
                List<Map<String, String>> rows = ExportFiles.rows(csv(table));
                Map<String, Integer> columns = columnsByPrompt(sheet);
                assertThat(lastDataRow(sheet, columns.size())).as(table).isEqualTo(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    List<String> expected = new ArrayList<>();
                    List<String> shown = new ArrayList<>();
                    List<String> cells = cells(sheet.getRow(i + 1), columns.size());
                    for (String column : header) {
                        expected.add(yesNo(rows.get(i).get(column)));
                        shown.add(cells.get(columns.get(column)));
                    }
                    assertThat(shown).as(table + " row " + (i + 1)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void eachMatrixSheetHoldsItsCsvRowsUnderAHeadingPerRegionalGroup() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            for (String series : List.of("CTOC_COP_WG.6", "UNODC_CCPCJ_EG.4")) {
                XSSFSheet sheet = workbook.getSheet("matrix " + series);
                Path file = output.resolve("participation-matrix/" + series + ".csv");
                List<String> header = ExportFiles.header(file);
                Map<String, Integer> columns = columnsByPrompt(sheet);
                assertThat(columns.keySet()).as(series).containsAll(header);
                List<List<String>> data = new ArrayList<>();
                for (Row row : sheet) {
                    if (((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().getOutlineLevel() == 1) {
                        List<String> cells = cells(row, columns.size());
                        data.add(header.stream().map(c -> cells.get(columns.get(c))).toList());
                    }
                }
                List<List<String>> expected = new ArrayList<>();
                for (Map<String, String> row : ExportFiles.rows(file)) {
                    expected.add(header.stream().map(row::get).map(WorkbookMatchesCsvTest::yesNo).toList());
                }
                assertThat(data).as(series).isEqualTo(expected);
            }
        }
    }

    @Test
    void eachChartPlotsItsDataBlockOnTheChartsSheet() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet charts = workbook.getSheet("Charts");
            var all = charts.getDrawingPatriarch().getCharts();
            assertThat(all).isNotEmpty();
            for (var chart : all) {
                var series = chart.getChartSeries().get(0).getSeries(0);
                CellReference first = new CellReference(series.getCategoryData().getDataRangeReference()
                        .replace("Charts!", "").split(":")[0]);
                // the block's title, two rows above its first category, is the chart's title
                assertThat(charts.getRow(first.getRow() - 2).getCell(0).getStringCellValue())
                        .isEqualTo(chart.getTitleText().getString());
                assertThat(series.getCategoryData().getPointAt(0))
                        .isEqualTo(charts.getRow(first.getRow()).getCell(0).getStringCellValue());
            }
        }
    }

    @Test
    void countsAreNumbersAndDatesAreDates() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            Row attendance = workbook.getSheet("attendance").getRow(1);
            assertThat(attendance.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC); // count
            Cell start = workbook.getSheet("meetings").getRow(1).getCell(8); // start_date
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).hasToString("2019-03-27");
        }
    }

    @Test
    void theOverviewOpensTheWorkbookWithTheMeetingsCovered() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet overview = workbook.getSheetAt(0);
            assertThat(overview.getSheetName()).isEqualTo("Overview");
            int title = -1;
            for (Row row : overview) {
                if (row.getCell(0) != null && "Meetings covered".equals(row.getCell(0).getStringCellValue())) {
                    title = row.getRowNum();
                    break;
                }
            }
            assertThat(title).as("a block of meetings").isBetween(1, 5);
            List<String> meetings = new ArrayList<>();
            for (int r = title + 2; r < title + 2 + 3; r++) {
                meetings.add(overview.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(meetings).isEqualTo(ExportFiles.rows(output.resolve("meetings.csv")).stream()
                    .map(r -> r.get("meeting_id")).toList());
        }
    }

    /** Each column of a sheet by the name its header cell's prompt gives (the CSV column's name), in sheet order. */
    static Map<String, Integer> columnsByPrompt(XSSFSheet sheet) {
        Map<String, Integer> columns = new java.util.TreeMap<>();
        for (var validation : sheet.getDataValidations()) {
            for (var region : validation.getRegions().getCellRangeAddresses()) {
                if (region.getFirstRow() == 0) {
                    columns.put(validation.getPromptBoxTitle(), region.getFirstColumn());
                }
            }
        }
        return columns;
    }

    /** The workbook shows a boolean as yes or no; the CSV writes true or false. */
    private static String yesNo(String csv) {
        return csv.equals("true") ? "yes" : csv.equals("false") ? "no" : csv;
    }

    /** The last row with a value in the table's columns (a legend beside the table may run further down). */
    private static int lastDataRow(XSSFSheet sheet, int columns) {
        for (int r = sheet.getLastRowNum(); r > 0; r--) {
            Row row = sheet.getRow(r);
            if (row != null && cells(row, columns).stream().anyMatch(v -> !v.isEmpty())) {
                return r;
            }
        }
        return 0;
    }

    private static XSSFWorkbook open() throws Exception {
        try (InputStream in = Files.newInputStream(output.resolve("rapporteur.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static Path csv(String table) {
        return output.resolve(table + ".csv");
    }

    private static List<String> cells(Row row) {
        return cells(row, row.getLastCellNum());
    }

    /** Cell values as the CSV writes them: dates ISO, whole numbers without ".0", booleans true/false. */
    private static List<String> cells(Row row, int width) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                values.add("");
            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                values.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
            } else if (cell.getCellType() == CellType.NUMERIC) {
                double v = cell.getNumericCellValue();
                values.add(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
            } else if (cell.getCellType() == CellType.BOOLEAN) {
                values.add(Boolean.toString(cell.getBooleanCellValue()));
            } else if (((org.apache.poi.xssf.usermodel.XSSFCellStyle) cell.getCellStyle()).getQuotePrefixed()) {
                values.add("'" + cell.getStringCellValue()); // the CSV's way of keeping it text
            } else {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }
}
