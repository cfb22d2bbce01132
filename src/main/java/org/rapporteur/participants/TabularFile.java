package org.rapporteur.participants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

        /**
         * A line of a printed list that runs across its columns below the header (a title repeated on a page, a note,
         * a section): never cut into cells.
         */
        default void text(Line line) {
            row(line);
        }

        void endSheet();

        /**
         * The line naming a delegation above its persons in a printed list, handed over besides their rows so that a
         * heading no table knows is reported on its own line; {@code withPersons} false for a line with no person
         * under it (a category: "NON-GOVERNMENTAL ORGANIZATIONS").
         */
        default void heading(Line line, boolean withPersons) {
        }

        /**
         * A quote opened on this line was never closed: the parser ran to the end of the file inside one cell. The row
         * is not handed over; the lines after it are, read on their own.
         */
        default void unclosedQuote(int line) {
        }
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
        int[] columns = FixedWidth.columns(start, isHeader);
        if (columns.length > 2 && !headerWith(start, delimiter, isHeader)) {
            FixedWidth.parse(buffered, columns, rows);
            rows.endSheet();
            return 0;
        }
        if (!headerWith(start, delimiter, isHeader) && IndentedLists.looksLikeOne(start)) {
            IndentedLists.parse(buffered, rows, IndentedLists.printedAtTheMargin(start));
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
        return mostRegular(body, guessed);
    }

    /** How many of the first lines of a sample are looked at to tell which delimiter lays them out as a table. */
    private static final int REGULAR_LINES = 30;

    /**
     * Without a header the tests can recognise (a list grouped under delegation headings has no Delegation column),
     * the delimiter that cuts most of the first lines into the same number (two or more) of cells: a title line above
     * ("… session, Vienna, 12-14 June (X/1);;") cannot choose the comma of a semicolon list whose posts hold commas.
     * The first line's delimiter keeps a tie.
     */
    private static char mostRegular(String body, char guessed) {
        List<String> lines = body.lines().filter(l -> !l.isBlank()).limit(REGULAR_LINES).toList();
        char best = guessed;
        int bestScore = regularity(lines, guessed);
        for (char d : new char[] {',', ';', '\t'}) {
            int score = regularity(lines, d);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** The number of lines that have the commonest count (two or more) of cells cut at that delimiter. */
    private static int regularity(List<String> lines, char delimiter) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : lines) {
            int cells = 1;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == delimiter && !quoted) {
                    cells++;
                }
            }
            if (cells > 1) {
                counts.merge(cells, 1, Integer::sum);
            }
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * Parses records and hands them over; each cell's mojibake ("CÃ´te": UTF-8 once read as Windows-1252) repaired.
     *
     * @return how many cells were repaired
     */
    private static int parse(Reader text, char delimiter, Rows rows, long maxRecords) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setTrim(true).setTrailingData(true).setLenientEof(true).get();
        return parse(text, delimiter, rows, maxRecords, 0);
    }

    /** The same, the line numbers counted on from {@code firstLine} (the lines after an unclosed quote). */
    private static int parse(Reader text, char delimiter, Rows rows, long maxRecords, int linesBefore)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setTrim(true).setTrailingData(true).setLenientEof(true).get();
        QuoteCounter counted = new QuoteCounter(text);
        try (CSVParser parser = CSVParser.parse(counted, format)) {
            long startLine = 1;
            long records = 0;
            int repaired = 0;
            Line held = null; // the last record is handed over at the end of the file, once its quotes are counted
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
                if (held != null) {
                    rows.row(held);
                }
                held = new Line((int) startLine + linesBefore, cells);
                startLine = parser.getCurrentLineNumber() + 1;
            }
            if (held != null && records <= maxRecords && counted.odd() && !held.cells().isEmpty()
                    && held.cells().get(held.cells().size() - 1).contains("\n")) {
                // an opening quote never closed: the file's rest swallowed into the row's last cell; that row is
                // reported, and the lines after its first are read again on their own
                String swallowed = held.cells().get(held.cells().size() - 1);
                rows.unclosedQuote(held.number());
                String rest = swallowed.substring(swallowed.indexOf('\n') + 1);
                return repaired + parse(new StringReader(rest), delimiter, rows, maxRecords, held.number());
            }
            if (held != null) {
                rows.row(held);
            }
            return repaired;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A reader that counts the double quotes it passes on: an odd count at the end leaves a quote open. */
    private static final class QuoteCounter extends java.io.FilterReader {
        private long quotes;

        QuoteCounter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            quotes += c == '"' ? 1 : 0;
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                quotes += buffer[i] == '"' ? 1 : 0;
            }
            return n;
        }

        boolean odd() {
            return quotes % 2 == 1;
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
