package org.rapporteur.participants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.rapporteur.documents.TextStreams;

/**
 * The rows of a CSV file (comma, semicolon or tab, as the header line shows; RFC 4180 quoting) or of the visible
 * sheets of an Excel workbook, each with the line or row number a person sees in an editor or in Excel. Rows are
 * handed over one at a time as they are read ({@link Rows}), so that memory does not grow with the file: CSV record by
 * record, Excel with POI's event API (the sheet's XML read as a stream, shared strings read-only).
 */
final class TabularFile {

    /** How much text at the start of a CSV file is looked at to choose its delimiter. */
    static final int DELIMITER_SAMPLE = 64 * 1024;

    /** One row: its line (CSV) or row (Excel) number, from 1, and its cells as text. */
    record Line(int number, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** Receives the rows of a file, sheet by sheet (a CSV file is one sheet with no name). */
    interface Rows {
        /** A sheet begins: {@code index} counts the visible sheets from 0. */
        void sheet(int index, String name);

        void row(Line line);

        void endSheet();
    }

    private TabularFile() {
    }

    /**
     * The rows of a CSV file. The delimiter (comma, semicolon or tab) is the one with which {@code isHeader} finds a
     * header row among the first rows of {@code sample} (the start of the text), so that a title line above the header
     * cannot mislead it; else the one the first line shows. A stray quote inside a cell ({@code "Bob" Robert}) is kept
     * as text.
     */
    static int csv(Reader text, Predicate<List<String>> isHeader, Rows rows) throws IOException {
        BufferedReader buffered = new BufferedReader(text, DELIMITER_SAMPLE + 1024);
        buffered.mark(DELIMITER_SAMPLE + 1);
        char[] sample = new char[DELIMITER_SAMPLE];
        int length = 0;
        for (int n; length < sample.length && (n = buffered.read(sample, length, sample.length - length)) > 0; ) {
            length += n;
        }
        buffered.reset();
        if (length > 0 && sample[0] == '\uFEFF') {
            buffered.read(); // a byte-order mark decoded as a character
        }
        rows.sheet(0, "");
        String start = new String(sample, 0, length);
        char delimiter = delimiter(start, isHeader);
        int[] columns = FixedWidth.columns(start);
        if (columns.length > 2 && !headerWith(start, delimiter, isHeader)) {
            FixedWidth.parse(buffered, columns, rows);
            rows.endSheet();
            return 0;
        }
        int repaired = parse(buffered, delimiter, rows, Long.MAX_VALUE);
        rows.endSheet();
        return repaired;
    }

    /** Whether a header row is found among the first rows of the sample with that delimiter. */
    private static boolean headerWith(String sample, char delimiter, Predicate<List<String>> isHeader) {
        String body = sample.startsWith("\uFEFF") ? sample.substring(1) : sample;
        List<Line> first = new ArrayList<>();
        try {
            parse(new StringReader(body), delimiter, collector(first), 10);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return first.stream().anyMatch(l -> isHeader.test(l.cells()));
    }

    /** All rows of a CSV text held in memory. */
    static List<Line> csv(String text) throws IOException {
        List<Line> lines = new ArrayList<>();
        csv(new StringReader(text), cells -> false, collector(lines));
        return lines;
    }

    static char delimiter(String sample, Predicate<List<String>> isHeader) {
        String body = sample.startsWith("\uFEFF") ? sample.substring(1) : sample;
        String firstLine = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char guessed = delimiter(firstLine);
        List<Character> order = new ArrayList<>(List.of(guessed));
        for (char d : new char[] {',', ';', '\t'}) {
            if (d != guessed) {
                order.add(d);
            }
        }
        for (char delimiter : order) {
            List<Line> first = new ArrayList<>();
            try {
                parse(new StringReader(body), delimiter, collector(first), 10);
            } catch (IOException | RuntimeException e) {
                continue; // the sample may end inside a quoted cell
            }
            if (first.stream().anyMatch(l -> isHeader.test(l.cells()))) {
                return delimiter;
            }
        }
        return guessed;
    }

    /**
     * Parses records and hands them over; each cell's mojibake ("CÃ´te": UTF-8 once read as Windows-1252) repaired.
     *
     * @return how many cells were repaired
     */
    private static int parse(Reader text, char delimiter, Rows rows, long maxRecords) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setTrim(true).setTrailingData(true).setLenientEof(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            long startLine = 1;
            long records = 0;
            int repaired = 0;
            for (CSVRecord record : parser) {
                if (records++ >= maxRecords) {
                    break;
                }
                List<String> cells = new ArrayList<>(record.size());
                for (String cell : record) {
                    String fixed = TextStreams.repairMojibake(cell);
                    repaired += fixed.equals(cell) ? 0 : 1;
                    cells.add(fixed);
                }
                rows.row(new Line((int) startLine, cells));
                startLine = parser.getCurrentLineNumber() + 1;
            }
            return repaired;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
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
     * The rows of every visible sheet of an Excel workbook, in order ({@link WorkbookRows}).
     *
     * @param workbook the package, opened by the caller (who closes it)
     */
    static void xlsx(OPCPackage workbook, Rows rows) throws IOException {
        WorkbookRows.read(workbook, rows);
    }

    private static Rows collector(List<Line> lines) {
        return new Rows() {
            @Override
            public void sheet(int index, String name) {
            }

            @Override
            public void row(Line line) {
                lines.add(line);
            }

            @Override
            public void endSheet() {
            }
        };
    }
}
