package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's workbook from a nightly run over the sample inputs (three reports, a list of participants, a
 * statements file) and a report written to carry formula injection: an entity written as
 * {@code =HYPERLINK("http://x","y")} in its list of speakers and sentences beginning with {@code @SUM(1)} and
 * {@code -2+3}. Read back with POI: sheets, tables, the Overview's figures, links, colours, charts, inert text.
 */
class AnalystWorkbookTest {

    static final String FIFTH = "UNODC/CCPCJ/EG.4#5";
    static final String INJECTED = "=HYPERLINK(\"http://x\",\"y\")";

    @TempDir
    static Path work;
    static Path output;

    @BeforeAll
    static void run() throws Exception {
        Path input = work.resolve("input");
        for (String folder : List.of("reports", "participants", "statements")) {
            Path to = Files.createDirectories(input.resolve(folder));
            try (var files = Files.list(Path.of("input", folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
        Files.copy(Path.of("src/test/resources/reports/formula-injection/UNODC_CCPCJ_EG.4_2021_2.txt"),
                input.resolve("reports/UNODC_CCPCJ_EG.4_2021_2.txt"));
        output = work.resolve("output");
        assertThat(RunOutput.nightly(input, output).exitCode()).isZero();
    }

    @Test
    void sheetsComeInTheirOrder() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Overview", "Charts", "meetings", "attendance", "participation",
                    "matrix CTOC_COP_WG.6", "matrix UNODC_CCPCJ_EG.4", "delegations", "attendance-by-group",
                    "attendance-gaps", "positions", "positions-summary", "positions-by-entity", "review",
                    "data-quality", "About these tables");
        }
    }

    /** Issue 16, point 1: the Overview as a page a person reads. */
    @Test
    void theOverviewNamesMeetingsByBodySessionAndYearAndTellsCountedStatesFromNamedOnes() throws Exception {
        List<Map<String, String>> participation = ExportFiles.rows(output.resolve("participation.csv"));
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet overview = workbook.getSheet("Overview");
            Row title = rowStarting(overview, "Meetings covered");
            Row header = overview.getRow(title.getRowNum() + 1);
            assertThat(texts(header)).containsExactly("Meeting", "Meeting id", "Dates", "Venue", "Report",
                    "States counted", "States named as taking part", "Provisional", "States that made a statement",
                    "Share that made a statement", "Delegates", "Women");
            for (Row row : overview) {
                for (Cell cell : row) {
                    assertThat(text(cell)).as("no snake_case on the Overview: " + cell.getAddress())
                            .doesNotMatch("[a-z]+_[a-z_]+");
                }
            }
            // a figure's header stands right-aligned above its figures, a text's left-aligned
            assertThat(header.getCell(5).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(header.getCell(0).getCellStyle().getAlignment()).isNotEqualTo(HorizontalAlignment.RIGHT);
            Row fifth = rowWith(overview, 1, FIFTH);
            assertThat(text(fifth.getCell(0))).isEqualTo("Expert Group on Cybercrime, 5th meeting, 2019");
            assertThat(text(fifth.getCell(2))).isEqualTo("27\u201329 March 2019");
            assertThat(text(fifth.getCell(4))).isEqualTo("final");
            // 97 Member States and an observer State counted; the States named (as represented, on the list)
            long named = participation.stream().filter(r -> r.get("meeting_id").equals(FIFTH)
                            && r.get("entity_type").matches("MEMBER_STATE|OBSERVER_STATE")
                            && r.get("role").matches("REPRESENTED|DELEGATION"))
                    .map(r -> r.get("entity_code")).distinct().count();
            assertThat(fifth.getCell(5).getNumericCellValue()).isEqualTo(98);
            assertThat(fifth.getCell(6).getNumericCellValue()).isEqualTo(named).isLessThan(98);
            assertThat(text(fifth.getCell(7))).isEqualTo("no");
            // 18 Member States and the State of Palestine spoke: 19 of the 98 counted
            assertThat(fifth.getCell(8).getNumericCellValue()).isEqualTo(19);
            assertThat(fifth.getCell(9).getNumericCellValue()).isEqualTo(0.194);
            assertThat(fifth.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            // the sample list: 14 delegates, 6 women and 6 men by honorific, 2 unknown
            assertThat(fifth.getCell(10).getNumericCellValue()).isEqualTo(14);
            assertThat(fifth.getCell(11).getNumericCellValue()).isEqualTo(0.5);
            // the draft of the sixth meeting counts "[114]" Member States: provisional
            Row sixth = rowWith(overview, 1, "UNODC/CCPCJ/EG.4#6");
            assertThat(text(sixth.getCell(0))).isEqualTo("Expert Group on Cybercrime, 6th meeting, 2020");
            assertThat(text(sixth.getCell(4))).isEqualTo("draft");
            assertThat(text(sixth.getCell(7))).isEqualTo("yes");
            // the injected meeting: 52 Member States counted, none named; three of them spoke; no list
            Row injected = rowWith(overview, 1, "UNODC/CCPCJ/EG.4/2021/2");
            assertThat(injected.getCell(5).getNumericCellValue()).isEqualTo(52);
            assertThat(injected.getCell(6)).as("no State named").isNull();
            assertThat(injected.getCell(8).getNumericCellValue()).isEqualTo(3);
            assertThat(injected.getCell(10)).as("no list of participants").isNull();
            // figures link to the rows behind them
            Row behind = follow(workbook, fifth.getCell(8));
            assertThat(behind.getSheet().getSheetName()).isEqualTo("participation");
            assertThat(text(behind.getCell(0))).isEqualTo(FIFTH);
            assertThat(text(behind.getCell(8))).isEqualTo("STATEMENT");
            assertThat(follow(workbook, fifth.getCell(0)).getSheet().getSheetName()).isEqualTo("meetings");
            // a body links to its participation matrix; the balance of stances is per body series and topic
            Row series = rowWith(overview, 1, "UNODC/CCPCJ/EG.4");
            assertThat(follow(workbook, series.getCell(0)).getSheet().getSheetName())
                    .isEqualTo("matrix UNODC_CCPCJ_EG.4");
            Row stances = overview.getRow(rowStarting(overview, "Balance of stances").getRowNum() + 1);
            assertThat(texts(stances)).containsExactly("Topic", "Body", "For", "Against", "Neutral", "For share",
                    "Against share", "Left out, to review");
            Row newInstrument = rowStarting(overview, "A new international instrument on cybercrime");
            assertThat(text(newInstrument.getCell(1))).isEqualTo("Expert Group on Cybercrime");
            Row sentence = follow(workbook, newInstrument.getCell(3));
            assertThat(sentence.getSheet().getSheetName()).isEqualTo("positions");
            // topic code, the topic's title beside it, stance
            assertThat(List.of(text(sentence.getCell(6)), text(sentence.getCell(8))))
                    .containsExactly("NEW_INSTRUMENT", "AGAINST");
            // a series' topics from the most discussed to the least, as on its chart
            List<Double> weights = new ArrayList<>();
            for (int r = stances.getRowNum() + 1; !text(overview.getRow(r).getCell(1)).isEmpty(); r++) {
                Row row = overview.getRow(r);
                if (text(row.getCell(1)).equals("Expert Group on Cybercrime")) {
                    weights.add(row.getCell(2).getNumericCellValue() + row.getCell(3).getNumericCellValue()
                            + row.getCell(4).getNumericCellValue());
                }
            }
            assertThat(weights).hasSizeGreaterThan(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            Row inputs = overview.getRow(rowStarting(overview, "What the run read").getRowNum() + 2);
            assertThat(text(inputs.getCell(0))).isEqualTo("participants");
            assertThat(DateUtil.isCellDateFormatted(inputs.getCell(4))).as("read time is a date and time").isTrue();
        }
    }

    /** Issue 16, point 2: charts per body series, sized to what they plot, a trend only over two meetings or more. */
    @Test
    void chartsArePerBodySeriesSizedToTheirCategoriesAndNoneCutByAPageBreak() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("Charts");
            List<org.apache.poi.xssf.usermodel.XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly(
                    "Working Group on Firearms: stance by topic over 1 meeting",
                    "Working Group on Firearms: Member States named in any role (represented, listed, speaking, "
                            + "in office, on a panel), by regional group; not the reports' counts",
                    "Expert Group on Cybercrime: stance by topic over 3 meetings",
                    "Expert Group on Cybercrime: A new international instrument on cybercrime, share of For and "
                            + "Against, meeting by meeting",
                    "Expert Group on Cybercrime: Member States named in any role (represented, listed, speaking, "
                            + "in office, on a panel), by regional group; not the reports' counts");
            // topics read along the vertical axis of horizontal bars; a column per meeting of the series only
            var stance = charts.get(2).getCTChart().getPlotArea().getBarChartArray(0);
            assertThat(stance.getBarDir().getVal().toString()).isEqualTo("bar");
            var groups = charts.get(4).getChartSeries().get(0);
            assertThat(groups.getSeries(0).getCategoryData().getPointCount()).isEqualTo(3);
            assertThat(groups.getSeries(0).getCategoryData().getPointAt(0)).isEqualTo("5th meeting, 2019");
            // no chart is cut when printed: a page breaks only just above a chart's block (its title, then the
            // chart from the header row on), never across a chart; and a page holds more than one
            List<int[]> spans = new ArrayList<>();
            for (var shape : sheet.getDrawingPatriarch().getShapes()) {
                var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor();
                spans.add(new int[] {anchor.getRow1() - 1, anchor.getRow2()});
            }
            assertThat(sheet.getRowBreaks()).isNotEmpty().hasSizeLessThan(charts.size() - 1);
            for (int brk : sheet.getRowBreaks()) {
                assertThat(spans).anyMatch(span -> span[0] == brk + 1);
                assertThat(spans).noneMatch(span -> span[0] <= brk && brk < span[1]);
            }
        }
    }

    /**
     * Issue 16, point 3, and the analyst's first hour, round 3: on A4, the Overview portrait one page wide, the
     * Charts and every table landscape, a table's header on every page, a wide table as many pages across as keep it
     * readable (participation: three, whose meeting and entity code start each page), a narrow one on one.
     */
    @Test
    void everySheetPrintsOnA4ReadablyWithItsHeaderRepeatedAndWrappedRowsAsHighAsTheirLines()
            throws Exception {
        try (XSSFWorkbook workbook = open()) {
            for (var sheet : workbook) {
                String name = sheet.getSheetName();
                assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isEqualTo(!name.equals("Overview"));
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isEqualTo((short) 0);
                if (!name.equals("Overview") && !name.equals("Charts")) {
                    assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
                }
            }
            assertThat(workbook.getSheet("Overview").getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(workbook.getSheet("Overview").getRowBreaks()).as("one page").isEmpty();
            XSSFSheet participation = workbook.getSheet("participation");
            assertThat(participation.getPrintSetup().getFitWidth()).isEqualTo((short) 3);
            assertThat(participation.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            XSSFSheet summary = workbook.getSheet("positions-summary");
            assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(summary.getRepeatingColumns().formatAsString()).as("its meeting column").isEqualTo("A:A");
            XSSFSheet positions = workbook.getSheet("positions");
            for (Row row : positions) {
                String sentence = text(row.getCell(5));
                if (row.getRowNum() > 0 && sentence.length() > 160) {
                    assertThat(row.getHeightInPoints()).as("row " + row.getRowNum()).isGreaterThanOrEqualTo(45f);
                }
            }
            // yes and no, not TRUE/FALSE or 1/0
            Row first = workbook.getSheet("participation").getRow(1);
            assertThat(text(first.getCell(13))).as("provisional").isIn("yes", "no");
            // the data-quality sheet: errors first, then warnings, then notes
            List<String> severities = new ArrayList<>();
            for (Row row : workbook.getSheet("data-quality")) {
                if (row.getRowNum() > 0) {
                    severities.add(text(row.getCell(2)));
                }
            }
            assertThat(severities).isSortedAccordingTo(java.util.Comparator.comparingInt(
                    sv -> List.of("ERROR", "WARNING", "INFO").indexOf(sv)));
        }
        assertThat(ExportFiles.rows(output.resolve("participation.csv")).get(0).get("provisional"))
                .as("the CSV keeps true/false").isIn("true", "false");
    }

    /** Issue 16, point 4: codes analysts join on, and a sheet saying what every column holds. */
    /**
     * The analyst's first hour, round 3: headings in words (the CSV name in the header cell's prompt), an entity's
     * name beside its code, a topic's title and a speaker's name beside theirs, and beside each attendance and
     * participation row the sentence it comes from.
     */
    @Test
    void sheetsHeadColumnsInWordsNameEveryCodeAndShowTheSentenceOfEachRow() throws Exception {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet participation = workbook.getSheet("participation");
            assertThat(texts(participation.getRow(0)).subList(0, 3)).containsExactly("Meeting", "Entity code",
                    "Entity");
            assertThat(texts(participation.getRow(0))).contains("Regional group", "Sentence (from the report)");
            assertThat(participation.getDataValidations()).anyMatch(v -> v.getPromptBoxTitle().equals(
                    "regional_group") && v.getRegions().getCellRangeAddress(0).formatAsString().equals("H1"));
            assertThat(text(participation.getRow(0).getCell(7))).isEqualTo("Regional group");
            int sentence = texts(participation.getRow(0)).indexOf("Sentence (from the report)");
            Row chair = rowWith(participation, 8, "CHAIR");
            assertThat(List.of(text(chair.getCell(1)), text(chair.getCell(2)))).containsExactly("CHL", "Chile");
            assertThat(text(chair.getCell(sentence))).isEqualTo("The meeting was opened by Hernán Echeverría Solís "
                    + "(Chile), Vice-Chair of the Expert Group, in his role as Chair of the fifth meeting of the "
                    + "Expert Group.");
            Row listed = rowWith(participation, 8, "DELEGATION");
            assertThat(listed.getCell(sentence)).as("a list of participants' line has no sentence").isNull();
            XSSFSheet attendance = workbook.getSheet("attendance");
            String counted = text(attendance.getRow(1).getCell(texts(attendance.getRow(0))
                    .indexOf("Sentence (from the report)")));
            // a long sentence cut at a word, within 200 characters
            assertThat(counted).isEqualTo("The meeting was attended by representatives of 97 Member States, an "
                    + "observer State, two United Nations Secretariat units, a specialized agency, 4 intergovernmental "
                    + "organizations and thirty-one\u2026");
            XSSFSheet positions = workbook.getSheet("positions");
            assertThat(texts(positions.getRow(0)).subList(6, 8)).containsExactly("Topic code", "Topic");
            Row china = rowWith(positions, 11, "CHN");
            assertThat(List.of(text(china.getCell(6)), text(china.getCell(7)), text(china.getCell(12))))
                    .containsExactly("NEW_INSTRUMENT", "A new international instrument on cybercrime", "China");
            Row morocco = rowWith(positions, 11, "MAR");
            assertThat(List.of(text(morocco.getCell(13)), text(morocco.getCell(14))))
                    .containsExactly("G77", "Group of 77 and China");
        }
        assertThat(ExportFiles.header(output.resolve("positions.csv"))).as("the CSV file's columns as they were")
                .containsExactly("meeting_id", "source", "source_file", "paragraph", "sentence_index", "sentence",
                        "topic", "stance", "quantifier", "weight", "attributed_entity_code", "on_behalf_of",
                        "confidence", "rule");
    }

    @Test
    void codesBesideTheEntityCodeBodyNameAndYearAndAnAboutSheetListingEveryColumn() throws Exception {
        Map<String, String> ivory = ExportFiles.rows(output.resolve("participation.csv")).stream()
                .filter(r -> r.get("entity_code").equals("CIV")).findFirst().orElseThrow();
        assertThat(List.of(ivory.get("iso2"), ivory.get("m49"), ivory.get("code_system")))
                .containsExactly("CI", "384", "ISO3");
        assertThat(ivory.get("source")).isEqualTo(ivory.get("source_file") + "#" + ivory.get("paragraph"));
        Map<String, String> eu = ExportFiles.rows(output.resolve("participation.csv")).stream()
                .filter(r -> r.get("entity_code").equals("EU")).findFirst().orElseThrow();
        assertThat(List.of(eu.get("iso2"), eu.get("m49"), eu.get("code_system"))).containsExactly("", "", "ACRONYM");
        Map<String, String> fifth = ExportFiles.rows(output.resolve("meetings.csv")).get(0);
        assertThat(List.of(fifth.get("body_name"), fifth.get("year"))).containsExactly(
                "Expert Group to Conduct a Comprehensive Study on Cybercrime", "2019");
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet about = workbook.getSheet("About these tables");
            List<String> described = new ArrayList<>();
            for (Row row : about) {
                if (row.getRowNum() > 0 && !text(row.getCell(1)).isEmpty()) {
                    described.add(text(row.getCell(0)) + " " + text(row.getCell(1)));
                    assertThat(text(row.getCell(2))).as("heading of " + text(row.getCell(1))).isNotBlank();
                    assertThat(text(row.getCell(3))).as(text(row.getCell(1))).isNotBlank();
                }
            }
            for (Path csv : csvFiles()) {
                String name = output.relativize(csv).toString().replace('\\', '/');
                String file = name.startsWith("participation-matrix/") ? "participation-matrix/<series>.csv" : name;
                for (String column : ExportFiles.header(csv)) {
                    if (!column.contains("#") && !column.contains("/")) { // a matrix's meeting columns
                        assertThat(described).as(name).contains(file + " " + column);
                    }
                }
            }
        }
    }

    @Test
    void everySummaryRowLinksToItsFirstSentenceAndEverySentenceNamesItsFileAndParagraph() throws Exception {
        List<Map<String, String>> summary = ExportFiles.rows(output.resolve("positions-summary.csv"));
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheet("positions-summary");
            assertThat(summary).isNotEmpty();
            for (int i = 0; i < summary.size(); i++) {
                // mentions, after the topic's code and title
                Row evidence = follow(workbook, sheet.getRow(i + 1).getCell(4));
                assertThat(evidence.getSheet().getSheetName()).isEqualTo("positions");
                // the topic's title beside its code
                assertThat(List.of(text(evidence.getCell(0)), text(evidence.getCell(6)), text(evidence.getCell(8))))
                        .as("summary row " + (i + 1))
                        .containsExactly(summary.get(i).get("meeting_id"), summary.get(i).get("topic"),
                                summary.get(i).get("stance"));
            }
            for (Map<String, String> position : ExportFiles.rows(output.resolve("positions.csv"))) {
                assertThat(position.get("source")).matches(".+\\.(txt|csv)#\\d+")
                        .endsWith("#" + position.get("paragraph"));
            }
            Row byEntity = workbook.getSheet("positions-by-entity").getRow(1);
            Row sentence = follow(workbook, byEntity.getCell(9));
            assertThat(text(sentence.getCell(11))).isEqualTo(text(byEntity.getCell(1)));
        }
    }

    @Test
    void eachBodySeriesHasAMatrixColouredByRoleWithALegendAndGroupedByRegionalGroup() throws Exception {
        Path csv = output.resolve("participation-matrix/UNODC_CCPCJ_EG.4.csv");
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet matrix = workbook.getSheet("matrix UNODC_CCPCJ_EG.4");
            assertThat(texts(matrix.getRow(0)).subList(7, 10)).as("the series' meetings only, in date order")
                    .containsExactly("UNODC/CCPCJ/EG.4#5", "UNODC/CCPCJ/EG.4#6", "UNODC/CCPCJ/EG.4/2021/2");
            int fifth = texts(matrix.getRow(0)).indexOf(FIFTH);
            Row chile = rowWith(matrix, 1, "Chile");
            assertThat(text(chile.getCell(fifth))).isEqualTo("CHAIR;DELEGATION");
            assertThat(fill(chile.getCell(fifth))).isEqualTo("F4B183");
            Row brazil = rowWith(matrix, 1, "Brazil");
            assertThat(text(brazil.getCell(fifth))).isEqualTo("STATEMENT;DELEGATION");
            assertThat(fill(brazil.getCell(fifth))).isEqualTo("9BC2E6");
            assertThat(follow(workbook, brazil.getCell(fifth)).getCell(2).getStringCellValue()).isEqualTo("Brazil");
            assertThat(matrix.getPaneInformation().getVerticalSplitPosition()).as("code and name frozen")
                    .isEqualTo((short) 2);
            assertThat(matrix.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            int legend = texts(matrix.getRow(0)).indexOf("Legend:");
            assertThat(legend).as("legend in the header row, right of the table").isGreaterThan(fifth);
            assertThat(text(matrix.getRow(0).getCell(legend + 4))).isEqualTo("STATEMENT: made a statement");
            assertThat(fill(matrix.getRow(0).getCell(legend + 4))).isEqualTo("9BC2E6");

            List<String> headings = new ArrayList<>();
            for (Row row : matrix) {
                if (row.getRowNum() > 0
                        && ((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().getOutlineLevel() == 0) {
                    headings.add(text(row.getCell(0)).replaceAll(" \\(\\d+\\)$", ""));
                }
            }
            assertThat(headings).containsExactly("African States", "Asia-Pacific States", "Eastern European States",
                    "Latin American and Caribbean States", "Western European and other States", "No regional group");
            int rows = ExportFiles.rows(csv).size();
            assertThat(matrix.getLastRowNum()).isEqualTo(rows + headings.size());
            assertThat(matrix.getTables().get(0).getArea().formatAsString()).endsWith("" + (rows + headings.size()
                    + 1));
            // the heading counts the group's States that took part in each meeting
            Row african = rowStarting(matrix, "African States");
            long africanAtFifth = ExportFiles.rows(csv).stream()
                    .filter(r -> r.get("regional_group").equals("African States") && !r.get(FIFTH).isEmpty())
                    .count();
            assertThat(african.getCell(fifth).getNumericCellValue()).isEqualTo(africanAtFifth);
        }
        assertThat(ExportFiles.header(output.resolve("participation-matrix/CTOC_COP_WG.6.csv")))
                .containsExactly("entity_code", "iso2", "m49", "code_system", "entity_name", "entity_type",
                        "regional_group", "CTOC/COP/WG.6#9");
    }

    @Test
    void formulaLikeTextIsInertInTheWorkbookAndInEveryCsv() throws Exception {
        List<Map<String, String>> participation = ExportFiles.rows(output.resolve("participation.csv"));
        assertThat(participation).anySatisfy(r -> assertThat(r.get("name_as_written")).isEqualTo("'" + INJECTED));
        List<Map<String, String>> positions = ExportFiles.rows(output.resolve("positions.csv"));
        assertThat(positions).anySatisfy(r -> assertThat(r.get("sentence")).startsWith("'@SUM(1) Many speakers"));
        assertThat(positions).anySatisfy(r -> assertThat(r.get("sentence")).startsWith("'-2+3 Some speakers"));
        for (Path csv : csvFiles()) {
            for (Map<String, String> row : ExportFiles.rows(csv)) {
                row.values().forEach(v -> assertThat(v).as(csv.getFileName().toString())
                        .doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+"));
            }
        }
        try (XSSFWorkbook workbook = open()) {
            Cell name = cellWith(workbook.getSheet("participation"), 10, INJECTED);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(((XSSFCellStyle) name.getCellStyle()).getQuotePrefixed()).isTrue();
            Cell sentence = cellWith(workbook.getSheet("positions"), 5, "@SUM(1) Many speakers were of the opinion "
                    + "that a new global legal instrument on cybercrime was not needed.");
            assertThat(sentence.getCellType()).isEqualTo(CellType.STRING);
            assertThat(((XSSFCellStyle) sentence.getCellStyle()).getQuotePrefixed()).isTrue();
            assertThat(sentence.getCellStyle().getWrapText()).isTrue();
            assertThat(sentence.getRow().getCell(10).getCellType()).as("weight").isEqualTo(CellType.NUMERIC);
            for (var sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void aRerunOverTheSameFactsWritesTheSameBytes() throws Exception {
        byte[] first = Files.readAllBytes(output.resolve("rapporteur.xlsx"));
        // without its manifest the published set cannot stand for the rerun, which writes it again
        Files.delete(output.resolve("run-manifest.json"));
        assertThat(RunOutput.nightly(work.resolve("input"), output).exitCode()).isZero();
        assertThat(Files.readAllBytes(output.resolve("previous/rapporteur.xlsx"))).isEqualTo(first);
        assertThat(Files.readAllBytes(output.resolve("rapporteur.xlsx"))).isEqualTo(first);
    }

    /**
     * Every part (sheets, styles, tables, charts) is valid against the OOXML schemas, as Excel checks
     * before it offers to repair a file; checked in a separate JVM with the full schemas in place of the slim ones.
     */
    @Test
    void everyPartOfTheWorkbookIsValidAgainstTheOoxmlSchemas() throws Exception {
        Path full = Path.of("target/ooxml-schemas/poi-ooxml-full.jar");
        assertThat(full).as("copied by the maven-dependency-plugin before the tests").exists();
        List<String> classpath = new ArrayList<>();
        classpath.add(full.toAbsolutePath().toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("poi-ooxml-lite")) {
                classpath.add(entry);
            }
        }
        Path log = work.resolve("schema-check.log");
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classpath), "org.rapporteur.export.OoxmlSchemaCheck",
                output.resolve("rapporteur.xlsx").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String report = Files.readString(log);
        assertThat(check.exitValue()).as(report).isZero();
        assertThat(report).contains("xl/charts/chart1.xml: OK", "xl/tables/table1.xml: OK", "xl/styles.xml: OK",
                "xl/worksheets/sheet3.xml: OK", "xl/workbook.xml: OK");
    }

    /** LibreOffice opens the workbook and turns it into a PDF whose first page is the Overview. */
    @Test
    void libreOfficeOpensTheWorkbook() throws Exception {
        String office = libreOffice();
        boolean required = "true".equals(System.getenv("RAPPORTEUR_TEST_LIBREOFFICE_REQUIRED"));
        if (office == null) {
            assertThat(required).as("LibreOffice is required here but not installed (or does not start)").isFalse();
            System.out.println("SKIPPED libreOfficeOpensTheWorkbook: no working libreoffice or soffice on the PATH");
        }
        assumeTrue(office != null, "no working libreoffice on the PATH");
        Path pdfFolder = Files.createDirectories(work.resolve("pdf"));
        Process process = new ProcessBuilder(office, "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--convert-to", "pdf", "--outdir",
                pdfFolder.toString(), output.resolve("rapporteur.xlsx").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("lo.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(work.resolve("lo.log"))).isZero();
        Path pdf = pdfFolder.resolve("rapporteur.pdf");
        assertThat(pdf).exists();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).contains("Meetings covered", FIFTH, "Balance of stances per body series");
        }
    }

    /** A libreoffice (or soffice) on the PATH that answers --version; null when there is none. */
    static String libreOffice() throws Exception {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("libreoffice", "soffice")) {
                Path program = Path.of(dir, name);
                if (Files.isExecutable(program)) {
                    Process version = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    if (version.waitFor(120, TimeUnit.SECONDS) && version.exitValue() == 0) {
                        return program.toString();
                    }
                    version.destroyForcibly();
                }
            }
        }
        return null;
    }

    private static List<Path> csvFiles() throws Exception {
        try (var files = Files.walk(output)) {
            return files.filter(p -> p.toString().endsWith(".csv") && !p.toString().contains("previous")).toList();
        }
    }

    private static XSSFWorkbook open() throws Exception {
        try (InputStream in = Files.newInputStream(output.resolve("rapporteur.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    /** The row a cell's document hyperlink points to. */
    private static Row follow(XSSFWorkbook workbook, Cell cell) {
        assertThat(cell.getHyperlink()).as("link on " + cell.getAddress()).isNotNull();
        CellReference target = new CellReference(cell.getHyperlink().getAddress());
        return workbook.getSheet(target.getSheetName()).getRow(target.getRow());
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(text(row.getCell(c)));
        }
        return out;
    }

    private static Row rowStarting(XSSFSheet sheet, String prefix) {
        for (Row row : sheet) {
            if (text(row.getCell(0)).startsWith(prefix)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + prefix + " in " + sheet.getSheetName());
    }

    private static Row rowWith(XSSFSheet sheet, int column, String value) {
        return cellWith(sheet, column, value).getRow();
    }

    private static Cell cellWith(XSSFSheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (text(row.getCell(column)).equals(value)) {
                return row.getCell(column);
            }
        }
        throw new AssertionError("no " + value + " in column " + column + " of " + sheet.getSheetName());
    }

    private static String fill(Cell cell) {
        var colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        return colour == null ? null : colour.getARGBHex().substring(2);
    }
}
