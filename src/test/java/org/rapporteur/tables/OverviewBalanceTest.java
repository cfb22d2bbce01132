package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.reference.ReferenceData;

/**
 * The Overview as an analyst opening the workbook for the first time reads it ("first hour" review, points 5, 9 and
 * 17), from one meeting of a working group: positions the classifier is sure of and some it is not, and States counted,
 * named and speaking. Read back with POI, beside positions-summary.csv.
 */
class OverviewBalanceTest {

    private static final String SOURCE = "wg-3.txt";
    private static final String MEETING = "WG.7#3";

    @TempDir
    static Path folder;
    private static XSSFWorkbook workbook;
    private static XSSFSheet overview;

    @BeforeAll
    static void writeOneMeetingWithSureAndUnsurePositions() throws IOException {
        Facts facts = new Facts().seriesReport(SOURCE, MEETING, "WG.7", LocalDate.of(2024, 5, 6))
                .counted(SOURCE, 2, "MEMBER_STATE", 40)
                .state(SOURCE, "REPRESENTED", "PER", "Peru", "Latin American and Caribbean States")
                .state(SOURCE, "REPRESENTED", "KEN", "Kenya", "African States")
                .state(SOURCE, "STATEMENT", "KEN", "Kenya", "African States")
                .state(SOURCE, "STATEMENT", "NPL", "Nepal", "Asia-Pacific States")
                // unsure (0.35): the first AGAINST sentence, which the Against figure must neither count nor link to
                .unsurePosition(SOURCE, 3, 1, "NEW_INSTRUMENT", "AGAINST", 3, 0.35)
                .position(SOURCE, 4, 1, "NEW_INSTRUMENT", "FOR", 4, "")
                .position(SOURCE, 4, 2, "NEW_INSTRUMENT", "AGAINST", 2, "")
                // a topic only an unsure position speaks of
                .unsurePosition(SOURCE, 6, 1, "DATA_RETENTION", "NEUTRAL", 1, 0.4)
                .position(SOURCE, 7, 1, "CAPACITY_BUILDING", "FOR", 6, "");
        Lookups lookups = Lookups.of(ReferenceData.loadDefault(), Map.of(
                "NEW_INSTRUMENT", "A new international instrument on cybercrime",
                "DATA_RETENTION", "Data retention",
                "CAPACITY_BUILDING", "The Council of Europe Convention on Cybercrime (Budapest Convention)"));
        Path file = folder.resolve("rapporteur.xlsx");
        try (TableFiles files = new TableFiles(folder, false, 1000, 1000)) {
            WorkbookFigures figures = new ExportTables(facts.build(), PositionOverrides.NONE, lookups).write(files);
            files.commit();
            files.workbook().finish(AnalystWorkbook.TITLE, AnalystWorkbook.intro(figures, List.of()),
                    AnalystWorkbook.overview(figures, List.of()), AnalystWorkbook.chartNotes(figures),
                    AnalystWorkbook.charts(figures, List.of()), file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        overview = workbook.getSheet("Overview");
    }

    @Test
    void positionsToReviewAreCountedApartInPositionsSummary() throws IOException {
        assertThat(Files.readAllLines(folder.resolve("positions-summary.csv"))).containsExactly(
                "\uFEFFmeeting_id,topic,stance,mentions,max_weight,weighted_mentions,mentions_to_review,"
                        + "weighted_to_review",
                MEETING + ",CAPACITY_BUILDING,FOR,1,6,6,0,0",
                MEETING + ",DATA_RETENTION,NEUTRAL,0,0,0,1,1",
                MEETING + ",NEW_INSTRUMENT,AGAINST,1,2,2,1,3",
                MEETING + ",NEW_INSTRUMENT,FOR,1,4,4,0,0");
    }

    @Test
    void theBalanceCountsOnlySurePositionsAndSaysHowMuchItLeavesOutToReview() {
        Row header = rowAfter("Balance of stances");
        assertThat(texts(header)).containsExactly("Topic", "Body", "For", "Against", "Neutral", "For share",
                "Against share", "Left out, to review");
        Row instrument = rowStarting("A new international instrument on cybercrime");
        // For 4, Against 2 (not 2 + 3): shares of 6
        assertThat(texts(instrument).subList(2, 8)).containsExactly("4", "2", "0", "66.7%", "33.3%", "3");
        Row retention = rowStarting("Data retention");
        assertThat(texts(retention).subList(2, 8)).containsExactly("0", "0", "0", "", "", "1");
        // the Against figure links to the sentence it counts (paragraph 4), not to the unsure one before it
        String against = instrument.getCell(3).getHyperlink().getAddress();
        Row sentence = workbook.getSheet("positions").getRow(Integer.parseInt(against.replaceAll(".*![A-Z]+", ""))
                - 1);
        assertThat(List.of(text(sentence.getCell(3)), text(sentence.getCell(4)), text(sentence.getCell(7))))
                .containsExactly("4", "2", "AGAINST");
        assertThat(notesUnder(header)).anyMatch(note -> note.startsWith("Left out, to review: the weighted mentions "
                + "of the topic's positions below 0.5 confidence, of any stance"));
    }

    @Test
    void theBalanceBlockHasNoBlankRowBetweenItsTopics() {
        Row header = rowAfter("Balance of stances");
        List<String> topics = new ArrayList<>();
        for (int r = header.getRowNum() + 1; ; r++) {
            Row row = overview.getRow(r);
            if (row == null || text(row.getCell(1)).isEmpty()) {
                // the block's rows end where its notes begin, right below the last topic
                assertThat(row).as("row " + r).isNotNull();
                assertThat(text(row.getCell(0))).startsWith("For, Against, Neutral:");
                break;
            }
            topics.add(text(row.getCell(0)));
        }
        assertThat(topics).containsExactly("The Council of Europe Convention on Cybercrime (Budapest Convention)",
                "A new international instrument on cybercrime", "Data retention");
    }

    /** A topic's name that fits its column stands on one line: a row twice as high read as a blank row under it. */
    @Test
    void aTopicWhoseNameFitsItsColumnHasARowOfOneLine() {
        Row longest = rowStarting("The Council of Europe Convention on Cybercrime (Budapest Convention)");
        assertThat(overview.getColumnWidth(0) / 256).isGreaterThanOrEqualTo(text(longest.getCell(0)).length());
        assertThat(longest.getHeightInPoints()).isEqualTo(overview.getDefaultRowHeightInPoints());
    }

    @Test
    void theMeetingsStateColumnsSayWhatEachCountsAndTheShareItsDenominator() {
        Row header = rowAfter("Meetings covered");
        assertThat(texts(header).subList(5, 10)).containsExactly("States counted", "States named as taking part",
                "Provisional", "States that made a statement", "Share that made a statement");
        Row meeting = null;
        for (Row row : overview) {
            meeting = text(row.getCell(1)).equals(MEETING) ? row : meeting;
        }
        // 40 counted, Peru and Kenya named as represented, Kenya and Nepal made a statement: 2 of the 40 counted
        assertThat(texts(meeting).subList(5, 10)).containsExactly("40", "2", "no", "2", "5.0%");
        assertThat(notesUnder(header)).contains("Share that made a statement: States that made a statement / States "
                + "counted; where the report counts none, / States named as taking part.");
        assertThat(notesUnder(header)).anyMatch(note -> note.startsWith("States that made a statement: the Member "
                + "and observer States with a statement"));
    }

    private static Row rowAfter(String title) {
        return overview.getRow(rowStarting(title).getRowNum() + 1);
    }

    private static Row rowStarting(String prefix) {
        for (Row row : overview) {
            if (text(row.getCell(0)).startsWith(prefix)) {
                return row;
            }
        }
        throw new AssertionError("no row starting " + prefix);
    }

    /** The block's notes: the merged lines after its last row, up to the blank row that ends it. */
    private static List<String> notesUnder(Row header) {
        List<String> notes = new ArrayList<>();
        int r = header.getRowNum() + 1;
        while (overview.getRow(r) != null && !text(overview.getRow(r).getCell(1)).isEmpty()) {
            r++;
        }
        for (; overview.getRow(r) != null && !text(overview.getRow(r).getCell(0)).isEmpty(); r++) {
            notes.add(text(overview.getRow(r).getCell(0)));
        }
        return notes;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(text(row.getCell(c)));
        }
        return texts;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter(java.util.Locale.ROOT).formatCellValue(cell);
    }
}
