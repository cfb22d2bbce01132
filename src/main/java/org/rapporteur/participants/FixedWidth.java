package org.rapporteur.participants;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        return new int[0];
    }

    /** The line cut into the columns: each run of text goes to the last column starting at or before it. */
    static List<String> cut(String line, int[] starts) {
        String[] cells = new String[starts.length];
        Arrays.fill(cells, "");
        Matcher run = RUN.matcher(line);
        while (run.find()) {
            int column = 0;
            for (int c = 0; c < starts.length; c++) {
                if (starts[c] <= run.start() + 1) {
                    column = c;
                }
            }
            cells[column] = cells[column].isEmpty() ? run.group() : cells[column] + " " + run.group();
        }
        return new ArrayList<>(Arrays.asList(cells));
    }

    static void parse(BufferedReader in, int[] columns, TabularFile.Rows rows) throws IOException {
        int header = columns[0];
        int[] starts = Arrays.copyOfRange(columns, 1, columns.length);
        int number = 0;
        boolean ruled = false;
        TabularFile.Line held = null;
        String block = null;
        for (String line; (line = in.readLine()) != null; ) {
            number++;
            line = line.replace("\f", "").replace("\uFEFF", "").replace('\t', ' ');
            if (RULE.matcher(line).matches()) {
                ruled = true;
                continue;
            }
            if (number == header) {
                rows.row(new TabularFile.Line(number, cut(line, starts)));
                continue;
            }
            if (!ruled || line.isBlank()) {
                if (held != null) {
                    rows.row(held);
                    held = null;
                }
                block = null;
                rows.row(new TabularFile.Line(number, line.isBlank() ? List.of("") : List.of(line.strip())));
                continue;
            }
            List<String> cells = cut(line, starts);
            boolean firstOnly = !cells.get(0).isEmpty() && cells.stream().skip(1).allMatch(String::isEmpty);
            if (firstOnly && held != null && !held.cells().get(0).isEmpty()) {
                // the first column wrapped onto a line of its own: the rest of the delegation's name
                List<String> joined = new ArrayList<>(held.cells());
                joined.set(0, joined.get(0) + " " + cells.get(0));
                held = new TabularFile.Line(held.number(), joined);
                block = joined.get(0);
                continue;
            }
            if (held != null) {
                rows.row(held);
                held = null;
            }
            if (firstOnly) {
                block = null; // a section or a heading
                rows.row(new TabularFile.Line(number, cells));
                continue;
            }
            if (cells.size() > 1 && !cells.get(1).isEmpty()) {
                if (cells.get(0).isEmpty() && block != null) {
                    cells.set(0, block);
                } else if (!cells.get(0).isEmpty()) {
                    block = cells.get(0);
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
}
