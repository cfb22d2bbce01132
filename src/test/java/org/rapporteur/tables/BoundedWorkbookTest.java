package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.reference.ReferenceData;

/**
 * The workbook stays a workbook whatever the archive holds (issue 14, point 4), read back at a size beyond each of its
 * bounds: 14 body series (12 are charted and have a matrix sheet, 40 listed), 70 meetings (60 listed on the Overview),
 * more links than a sheet is allowed (a cap of 25 here, Excel's 65,530 in a run), and more rows than a sheet shows (200
 * here, 25,000 in a run). Every row is still in the CSV files.
 */
class BoundedWorkbookTest {

    private static final int SERIES = 14;
    private static final int MEETINGS_PER_SERIES = 5;
    private static final int LINKS_PER_SHEET = 25;
    private static final int ROWS_PER_SHEET = 200;
    private static final String[][] STATES = {{"EGY", "Egypt", "African States"},
            {"CHL", "Chile", "Latin American and Caribbean States"}, {"JPN", "Japan", "Asia-Pacific States"}};

    @TempDir
    static Path folder;
    private static XSSFWorkbook workbook;
    private static List<String> written;

    @BeforeAll
    static void writeAnArchiveBeyondEveryBound() throws IOException {
        Facts facts = new Facts();
        for (int s = 1; s <= SERIES; s++) {
            String series = String.format("WG.%02d", s);
            for (int m = 1; m <= MEETINGS_PER_SERIES; m++) {
                String source = series + "-" + m + ".txt";
                facts.seriesReport(source, series + "#" + m, series, LocalDate.of(2000 + m, 1, s));
                for (String[] state : STATES) {
                    facts.state(source, "STATEMENT", state[0], state[1], state[2]);
                }
                facts.position(source, 3, 1, "NEW_INSTRUMENT", "FOR", 2, "EGY")
                        .position(source, 3, 2, "NEW_INSTRUMENT", "AGAINST", 1, "CHL");
            }
        }
        Lookups lookups = Lookups.of(ReferenceData.loadDefault(),
                java.util.Map.of("NEW_INSTRUMENT", "A new international instrument on cybercrime"));
        Path file = folder.resolve("rapporteur.xlsx");
        try (TableFiles files = new TableFiles(folder, false, LINKS_PER_SHEET, ROWS_PER_SHEET)) {
            WorkbookFigures figures = new ExportTables(facts.build(), PositionOverrides.NONE, lookups).write(files);
            written = files.commit();
            files.workbook().finish(AnalystWorkbook.TITLE, AnalystWorkbook.intro(figures, List.of()),
                    AnalystWorkbook.overview(figures, List.of()), AnalystWorkbook.chartNotes(figures),
                    AnalystWorkbook.charts(figures, List.of("NEW_INSTRUMENT")), file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    private static long csvRows(String name) throws IOException {
        try (var lines = Files.lines(folder.resolve(name))) {
            return lines.count() - 1;
        }
    }

    @Test
    void noSheetHasMoreLinksThanItsCapAndTheCapBitesWhileEveryRowStaysInTheSheet() throws IOException {
        int capped = 0;
        for (Sheet sheet : workbook) {
            int links = ((XSSFSheet) sheet).getHyperlinkList().size();
            assertThat(links).as(sheet.getSheetName()).isLessThanOrEqualTo(LINKS_PER_SHEET);
            capped += links == LINKS_PER_SHEET ? 1 : 0;
        }
        assertThat(capped).as("sheets whose links reached the cap").isGreaterThanOrEqualTo(2);
        // 70 meetings, two positions each
        assertThat(csvRows("positions.csv")).isEqualTo(140);
        assertThat(workbook.getSheet("positions-summary").getLastRowNum()).isEqualTo(140);
        // the last summary row, beyond the cap, is there without its link
        XSSFSheet summary = workbook.getSheet("positions-summary");
        assertThat(summary.getHyperlinkList()).noneMatch(link -> link.getFirstRow() == 140);
        assertThat(summary.getHyperlinkList()).anyMatch(link -> link.getFirstRow() == 1);
    }

    @Test
    void aSheetShowsItsFirstRowsUpToItsCapSaysSoBelowItsTableAndOnTheOverviewAndLinksNoRowBeyond() throws IOException {
        // 70 meetings of three States each: 210 participation rows, all in the CSV file, the first 200 on the sheet
        assertThat(csvRows("participation.csv")).isEqualTo(210);
        XSSFSheet participation = workbook.getSheet("participation");
        assertThat(participation.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:S201");
        assertThat((Object) participation.getRow(201)).isNull();
        String note = "This sheet shows the first 200 rows; every row is in participation.csv (their number is on the "
                + "Overview)";
        assertThat(text(participation.getRow(202))).isEqualTo(note);
        assertThat(participation.getLastRowNum()).isEqualTo(202);
        assertThat(participation.getCTWorksheet().getDimension().getRef()).as("the note below the table included")
                .isEqualTo("A1:S203");
        List<String> overview = new ArrayList<>();
        workbook.getSheet("Overview").forEach(row -> overview.add(text(row)));
        assertThat(overview).contains("The sheet participation shows the first 200 of 210 rows; every row is in "
                + "participation.csv");
        // WG.12's last meeting's rows (participation rows 201 to 203) are beyond the cap: its cells link nowhere
        XSSFSheet last = workbook.getSheet("matrix WG.12");
        assertThat(last.getHyperlinkList()).hasSize(3 * 4);
        assertThat(workbook.getSheet("matrix WG.01").getHyperlinkList()).hasSize(3 * 5);
    }

    @Test
    void aParticipationMatrixSheetForTheTwelveLargestSeriesWithAColumnPerMeetingOfThatSeriesAndAFileForEach() {
        List<String> matrices = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().startsWith("matrix ")) {
                matrices.add(sheet.getSheetName());
                Row header = sheet.getRow(0);
                List<String> meetings = new ArrayList<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    String name = header.getCell(c) == null ? "" : header.getCell(c).getStringCellValue();
                    if (name.contains("#")) {
                        meetings.add(name);
                    }
                }
                String series = sheet.getSheetName().substring("matrix ".length());
                assertThat(meetings).as(series).hasSize(MEETINGS_PER_SERIES).allMatch(m -> m.startsWith(series));
            }
        }
        // a sheet for the twelve series the Charts show (all of five meetings: the first twelve by symbol), a CSV
        // file for every series
        assertThat(matrices).hasSize(12).contains("matrix WG.01", "matrix WG.12");
        assertThat(written).contains("participation-matrix/WG.01.csv", "participation-matrix/WG.13.csv",
                "participation-matrix/WG.14.csv");
    }

    @Test
    void chartsForTheTwelveLargestSeriesNoneForAMeetingAndEachOfAKindPerSeries() {
        List<XSSFChart> charts = workbook.getSheet("Charts").getDrawingPatriarch().getCharts();
        Set<String> series = new TreeSet<>();
        for (XSSFChart chart : charts) {
            String title = chart.getTitleText().getString();
            assertThat(title).as("a chart is per series, not per meeting").doesNotContain("#");
            series.add(title.substring(0, title.indexOf(':')));
        }
        assertThat(series).hasSize(12);
        // per series: the stance by topic, the tracked topic's trend over its five meetings, the regional groups
        assertThat(charts).hasSize(12 * 3);
        assertThat(text(workbook.getSheet("Charts").getRow(0))).isEqualTo(
                "Charts for the 12 body series with the most meetings, of 14; every series' figures are in the sheets.");
    }

    @Test
    void theOverviewListsTheSixtyMostRecentMeetingsAndSaysSo() {
        XSSFSheet overview = workbook.getSheet("Overview");
        int listed = 0;
        boolean said = false;
        for (Row row : overview) {
            String first = text(row);
            said |= first.equals("The 60 most recent of 70 meetings; every meeting is in the meetings sheet.");
            if (row.getCell(1) != null && row.getCell(1).toString().matches("WG\\.\\d\\d#\\d")) {
                listed++;
            }
        }
        assertThat(said).isTrue();
        assertThat(listed).isEqualTo(60);
    }

    private static String text(Row row) {
        return row == null || row.getCell(0) == null ? "" : row.getCell(0).toString();
    }
}
