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
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
    private final List<SummaryLine> summary = List.of(
            new SummaryLine("inputs read", 7), new SummaryLine("run", "2024-01-01T10:00"));

    private XSSFWorkbook writeAndRead(List<Table> tables) throws IOException {
        Path file = dir.resolve("report.xlsx");
        new WorkbookWriter().write(tables, summary, file);
        assertThat(dir.resolve("report.xlsx.tmp")).doesNotExist();
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    @Test
    void sheetsAreSummaryThenTablesInGivenOrder() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation, flags))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(1)).isEqualTo("participation");
            assertThat(workbook.getSheetName(2)).isEqualTo("flags");
        }
    }

    @Test
    void summarySheetHasBoldLabelValueHeaderAndTheLines() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of())) {
            XSSFSheet sheet = workbook.getSheet("Summary");
            assertThat(texts(sheet.getRow(0))).containsExactly("Label", "Value");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("inputs read");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7.0);
            assertThat(texts(sheet.getRow(2))).containsExactly("run", "2024-01-01T10:00");
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
    void autoFilterCoversHeaderAndData() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(participation, flags))) {
            var participationSheet = workbook.getSheet("participation").getCTWorksheet();
            assertThat(participationSheet.isSetAutoFilter()).isTrue();
            assertThat(participationSheet.getAutoFilter().getRef()).isEqualTo("A1:C3");
            assertThat(workbook.getSheet("flags").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B3");
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
        }
    }

    @Test
    void booleansAreBooleanCells() throws IOException {
        try (XSSFWorkbook workbook = writeAndRead(List.of(flags))) {
            XSSFSheet sheet = workbook.getSheet("flags");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(sheet.getRow(1).getCell(1).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getBooleanCellValue()).isFalse();
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
    void neutralisedTextIsTheSameInCsvAndWorkbook() throws IOException {
        Path csv = dir.resolve("participation.csv");
        new CsvTableWriter().write(participation, csv);
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);

        try (XSSFWorkbook workbook = writeAndRead(List.of(participation))) {
            String cellText = workbook.getSheet("participation").getRow(2).getCell(0).getStringCellValue();
            assertThat(cellText).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
            assertThat(csvText).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3,\r\n");
            assertThat(workbook.getSheet("participation").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Türkiye");
        }
    }

    @Test
    void columnWidthsComeFromTheDataWithinMinAndMax() throws IOException {
        Table wide = new Table("wide", List.of("a", "b", "c"),
                List.of(List.of("x", "twelve chars", "y".repeat(200))));
        try (XSSFWorkbook workbook = writeAndRead(List.of(wide))) {
            XSSFSheet sheet = workbook.getSheet("wide");
            assertThat(sheet.getColumnWidth(0)).isEqualTo((8 + 1) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo((12 + 1) * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo((60 + 1) * 256);
        }
    }

    @Test
    void longAndInvalidSheetNamesAreMadeLegalAndUnique() throws IOException {
        Table a = new Table("participation/by country: all [2018-2024] meetings", List.of("x"), List.of());
        Table b = new Table("participation/by country: all [2018-2024] other", List.of("x"), List.of());
        try (XSSFWorkbook workbook = writeAndRead(List.of(a, b))) {
            assertThat(workbook.getSheetName(1)).isEqualTo("participation by country  all  ");
            assertThat(workbook.getSheetName(2)).hasSize(31).endsWith(" (2)");
        }
    }

    @Test
    void uniqueNameCutsTo31CharsAndReplacesInvalidCharacters() {
        Set<String> used = new HashSet<>();
        assertThat(WorkbookWriter.uniqueName("a/b:c?d*e[f]g\\h", used)).isEqualTo("a b c d e f g h");
        assertThat(WorkbookWriter.uniqueName("x".repeat(40), used)).isEqualTo("x".repeat(31));
        assertThat(WorkbookWriter.uniqueName("X".repeat(40), used)).isEqualTo("X".repeat(27) + " (2)");
        assertThat(WorkbookWriter.uniqueName("Summary", new HashSet<>(Set.of("summary"))))
                .isEqualTo("Summary (2)");
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
    void twoWritesOfTheSameTablesGiveIdenticalBytes() throws IOException, InterruptedException {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");

        new WorkbookWriter().write(List.of(participation, flags), summary, first);
        Thread.sleep(2100); // zip entry times have 2-second resolution
        new WorkbookWriter().write(List.of(participation, flags), summary, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void workbookZipStartsWithContentTypesAsOfficeExpects() throws IOException {
        Path file = dir.resolve("order.xlsx");
        new WorkbookWriter().write(List.of(participation), summary, file);

        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("[Content_Types].xml");
        }
    }
}
