package org.rapporteur.participants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a CSV file (comma, semicolon or tab, as the header line shows; RFC 4180 quoting) or of the first sheet
 * of an Excel workbook, each with the line or row number a person sees in an editor or in Excel.
 */
final class TabularFile {

    /** One row: its line (CSV) or row (Excel) number, from 1, and its cells as text. */
    record Line(int number, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private TabularFile() {
    }

    /** One sheet of a workbook (a CSV file is one sheet with no name). */
    record Sheet(String name, List<Line> lines) {
    }

    static List<Line> csv(String text) throws IOException {
        return csv(text, cells -> false);
    }

    /**
     * The rows of a CSV file. The delimiter (comma, semicolon or tab) is the one with which {@code isHeader} finds a
     * header row among the first rows, so that a title line above the header cannot mislead it; else the one the first
     * line shows. A stray quote inside a cell ({@code "Bob" Robert}) is kept as text.
     */
    static List<Line> csv(String text, java.util.function.Predicate<List<String>> isHeader) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char guessed = delimiter(firstLine);
        List<Character> order = new ArrayList<>(List.of(guessed));
        for (char d : new char[] {',', ';', '\t'}) {
            if (d != guessed) {
                order.add(d);
            }
        }
        IOException firstError = null;
        List<Line> firstParse = null;
        for (char delimiter : order) {
            try {
                List<Line> lines = parse(body, delimiter);
                if (lines.stream().limit(10).anyMatch(l -> isHeader.test(l.cells()))) {
                    return lines;
                }
                if (firstParse == null) {
                    firstParse = lines;
                }
            } catch (IOException | RuntimeException e) {
                if (firstError == null) {
                    firstError = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
            }
        }
        if (firstParse != null) {
            return firstParse;
        }
        throw firstError;
    }

    private static List<Line> parse(String text, char delimiter) throws IOException {
        List<Line> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setTrim(true).setTrailingData(true).setLenientEof(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long startLine = 1;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                lines.add(new Line((int) startLine, cells));
                startLine = parser.getCurrentLineNumber() + 1;
            }
        }
        return lines;
    }

    private static char delimiter(String header) {
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * The rows of every visible sheet of an Excel workbook, in order. A formula cell gives the value it shows
     * (evaluated, else the value Excel saved with it), a date the date as Excel shows it.
     */
    static List<Sheet> sheets(byte[] bytes) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(i);
                List<Line> lines = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), format, evaluator));
                    }
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
                sheets.add(new Sheet(sheet.getSheetName(), lines));
            }
        }
        return sheets;
    }

    private static String text(Cell cell, DataFormatter format, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return format.formatCellValue(cell);
        }
        try {
            return format.formatCellValue(cell, evaluator);
        } catch (RuntimeException e) {
            // a function POI cannot evaluate: the value Excel saved with the formula
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> format.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                default -> "";
            };
        }
    }
}
