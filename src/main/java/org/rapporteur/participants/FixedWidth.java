package org.rapporteur.participants;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list printed as text with its columns spaced out (a PDF or a report saved as text): a header row with a rule of
 * dashes under each column ("NAME      POSITION" over "-------   --------"). Each line after the rule is cut where
 * its pieces (text runs parted by two spaces or more) stand under the columns; the lines above it (titles) stay whole.
 * As such a list prints a delegation once, on the first row of its block, a row without one under a person takes the
 * one above (a blank line or a line of a section ends the block), and a line holding only the first column right under
 * a person completes its name ("International Committee of the" / "Red Cross"). Lines keep their numbers in the file.
 */
final class FixedWidth {

    /** A rule under the header: runs of dashes (or "=") parted by spaces, two runs at least. */
    private static final Pattern RULE = Pattern.compile("^\\s*[-=]{3,}(?:\\s+[-=]{3,})+\\s*$");
    /** A run of text: words parted by single spaces. */
    private static final Pattern RUN = Pattern.compile("\\S+(?: \\S+)*");

    private FixedWidth() {
    }

    /**
     * The line number of the header (1-based), then where the columns start, from the first rule of the sample; none
     * where it has no rule under a header.
     */
    static int[] columns(String sample) {
        return columns(sample, cells -> false);
    }

    /**
     * The line number of the header (1-based), then where the columns start: from the first rule of dashes cut under
     * each column ("-----  ------"), else from the words of a header the test accepts (cut where its words stand),
     * over a rule drawn across the whole width or over the rows themselves; none where no such header is found.
     */
    static int[] columns(String sample, Predicate<List<String>> isHeader) {
        String[] lines = (sample.startsWith("\uFEFF") ? sample.substring(1) : sample).split("\\r?\\n", -1);
        for (int i = 1; i < lines.length - 1; i++) {
            if (RULE.matcher(lines[i]).matches() && !lines[i - 1].isBlank()) {
                List<Integer> starts = new ArrayList<>(List.of(i));
                Matcher m = Pattern.compile("[-=]+").matcher(lines[i]);
                while (m.find()) {
                    starts.add(m.start());
                }
                return starts.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        for (int i = 0; i < Math.min(lines.length - 1, HEADER_SEARCH); i++) {
            String line = lines[i].replace('\t', ' ').replace("\f", "");
            if (line.isBlank() || WHOLE_RULE.matcher(line).matches()) {
                continue;
            }
            List<String> below = rowsBelow(lines, i + 1);
            if (below.size() < 2) {
                continue;
            }
            int[] starts = headerStarts(line, below);
            if (starts.length < 3) {
                continue;
            }
            List<String> cells = cut(line, starts);
            Columns named = Columns.of(cells);
            boolean ruled = WHOLE_RULE.matcher(lines[i + 1]).matches();
            boolean names = named.has(Columns.Column.LAST_NAME) || named.has(Columns.Column.FIRST_NAME);
            if (isHeader.test(cells) || names && (ruled || AttendanceDays.of(cells).any())) {
                int[] result = new int[starts.length + 1];
                result[0] = i + 1;
                System.arraycopy(starts, 0, result, 1, starts.length);
                return result;
            }
        }
        return new int[0];
    }

    /** How many lines at the start of a file are searched for a header without a rule of column dashes. */
    private static final int HEADER_SEARCH = 60;
    /** A rule of dashes, "=" or underscores, across the whole width or cut under the columns. */
    private static final Pattern WHOLE_RULE = Pattern.compile("^\\s*[-=_]{3,}(?:\\s+[-=_]{3,})*\\s*$");

    /** The non-blank lines under a header (rules left out), up to forty. */
    private static List<String> rowsBelow(String[] lines, int from) {
        List<String> rows = new ArrayList<>();
        for (int j = from; j < lines.length && rows.size() < 40; j++) {
            String line = lines[j].replace('\t', ' ').replace("\f", "");
            if (!line.isBlank() && !WHOLE_RULE.matcher(line).matches()) {
                rows.add(line);
            }
        }
        return rows;
    }

    /**
     * Where the columns of a header line start: at each of its words parted from the one before by two spaces or more,
     * and at a word parted by one space only ("No. Delegation") where some row below starts a piece of text right under
     * it ("1.  ALGERIA"): else the two words are one header ("Mon 2", "Full name").
     */
    private static int[] headerStarts(String header, List<String> below) {
        List<Integer> starts = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+").matcher(header);
        int end = -10;
        while (word.find()) {
            int at = word.start();
            if (at - end >= 2 || starts.isEmpty() || startsBelow(at, below)) {
                starts.add(at);
            }
            end = word.end();
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean startsBelow(int at, List<String> below) {
        for (String line : below) {
            Matcher run = RUN.matcher(line);
            while (run.find()) {
                if (run.start() == at) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The line cut into the columns: each run of text goes to the last column starting at or before it; a run that
     * crosses the start of a column at a space ("10. FRANCE" over "No. Delegation") is cut there.
     */
    static List<String> cut(String line, int[] starts) {
        String[] cells = new String[starts.length];
        Arrays.fill(cells, "");
        Matcher run = RUN.matcher(line);
        while (run.find()) {
            int from = run.start();
            for (int c = 0; c < starts.length; c++) {
                int at = starts[c];
                if (at > from && at < run.end() && line.charAt(at - 1) == ' ' && line.charAt(at) != ' ') {
                    put(cells, starts, from, line.substring(from, at).strip());
                    from = at;
                }
            }
            put(cells, starts, from, line.substring(from, run.end()).strip());
        }
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static void put(String[] cells, int[] starts, int at, String text) {
        int column = 0;
        for (int c = 0; c < starts.length; c++) {
            if (starts[c] <= at + 1) {
                column = c;
            }
        }
        cells[column] = cells[column].isEmpty() ? text : cells[column] + " " + text;
    }

    /** Whether one run of text of the line runs across the starts of two columns or more: a title or a note. */
    private static boolean across(String line, int[] starts) {
        Matcher run = RUN.matcher(line);
        while (run.find()) {
            int crossed = 0;
            for (int at : starts) {
                if (at > run.start() + 1 && at < run.end()) {
                    crossed++;
                }
            }
            if (crossed >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hands over the lines: those above the header and those that are no row of the table (a title or note running
     * across the columns) whole, in one cell; the header, and the same header printed again at the top of a page, cut;
     * each other line cut into the columns. A row without a delegation under a person takes the one above (a blank
     * line or a section ends the block, except at a page break: the header printed again takes the block on).
     */
    static void parse(BufferedReader in, int[] columns, TabularFile.Rows rows) throws IOException {
        int header = columns[0];
        int[] starts = Arrays.copyOfRange(columns, 1, columns.length);
        int number = 0;
        boolean ruled = false;
        TabularFile.Line held = null;
        String block = null;
        String beforeBreak = null;
        String headerText = null;
        int delegation = 0;
        int name = 1;
        for (String line; (line = in.readLine()) != null; ) {
            number++;
            line = line.replace("\f", "").replace("\uFEFF", "").replace('\t', ' ');
            if (RULE.matcher(line).matches() || number > header && WHOLE_RULE.matcher(line).matches()) {
                ruled = ruled || number > header;
                continue;
            }
            if (number == header) {
                List<String> cells = cut(line, starts);
                headerText = line.strip().replaceAll("\\s+", " ");
                Columns named = Columns.of(cells);
                delegation = named.position(Columns.Column.DELEGATION).orElse(-1);
                name = named.position(Columns.Column.LAST_NAME)
                        .or(() -> named.position(Columns.Column.FIRST_NAME)).orElse(delegation + 1);
                ruled = true; // a header without a rule: its rows follow it
                rows.row(new TabularFile.Line(number, cells));
                continue;
            }
            if (number > header && line.strip().replaceAll("\\s+", " ").equals(headerText)) {
                // the header printed again at the top of a page: the block goes on
                if (held != null) {
                    rows.row(held);
                    held = null;
                }
                block = block == null ? beforeBreak : block;
                rows.row(new TabularFile.Line(number, cut(line, starts)));
                continue;
            }
            if (!ruled || line.isBlank() || across(line, starts)) {
                if (held != null) {
                    rows.row(held);
                    held = null;
                }
                if (block != null) {
                    beforeBreak = block;
                }
                block = null;
                TabularFile.Line whole = new TabularFile.Line(number, line.isBlank() ? List.of("") : List.of(line.strip()));
                if (ruled && !line.isBlank()) {
                    rows.text(whole);
                } else {
                    rows.row(whole);
                }
                continue;
            }
            List<String> cells = cut(line, starts);
            int only = delegation < 0 ? 0 : delegation;
            boolean firstOnly = !cells.get(only).isEmpty() && filledBesides(cells, only) == 0;
            if (firstOnly && held != null && !held.cells().get(only).isEmpty()) {
                // the delegation wrapped onto a line of its own: the rest of its name
                List<String> joined = new ArrayList<>(held.cells());
                joined.set(only, joined.get(only) + " " + cells.get(only));
                held = new TabularFile.Line(held.number(), joined);
                block = joined.get(only);
                continue;
            }
            if (held != null) {
                rows.row(held);
                held = null;
            }
            if (firstOnly) {
                block = null; // a section or a heading
                beforeBreak = null;
                rows.row(new TabularFile.Line(number, cells));
                continue;
            }
            if (delegation >= 0 && name < cells.size() && !cells.get(name).isEmpty() && !furniture(cells)) {
                if (cells.get(delegation).isEmpty() && block != null) {
                    cells.set(delegation, block);
                } else if (!cells.get(delegation).isEmpty()) {
                    block = cells.get(delegation);
                }
                held = new TabularFile.Line(number, cells);
            } else {
                rows.row(new TabularFile.Line(number, cells));
            }
        }
        if (held != null) {
            rows.row(held);
        }
    }

    /** How many cells other than that one are filled. */
    private static int filledBesides(List<String> cells, int column) {
        int filled = 0;
        for (int c = 0; c < cells.size(); c++) {
            filled += c != column && !cells.get(c).isEmpty() ? 1 : 0;
        }
        return filled;
    }

    /** A line of page furniture ("Page 1 of 2", "V.25-05312   1/3") or a total: never a row of the block. */
    private static boolean furniture(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).allMatch(c -> PAGE.matcher(c).matches())
                || CellValues.isTotal(cells);
    }

    private static final Pattern PAGE = Pattern.compile("(?i)\\s*(?:(?:[A-Z]\\.)?\\d{2}-\\d{5}|\\d{1,3}\\s*/\\s*\\d{1,3}"
            + "|(?:page|p\\.)\\s*\\d{1,3}(?:\\s*(?:of|de|sur)\\s*\\d{1,3})?)\\s*");
}
