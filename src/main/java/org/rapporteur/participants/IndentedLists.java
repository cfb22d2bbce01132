package org.rapporteur.participants;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of participants as the United Nations prints it (an "INF/1" document saved as text): each delegation's name on
 * a line of its own at the margin, its persons indented under it, one to a paragraph ("Ms. Ana Lima, Director,
 * Ministry of Justice"), the post wrapped onto lines indented further, often under a role label ("Head of delegation:",
 * "Representative:", "Advisers:"); sections ("II. Intergovernmental organizations") indented; page furniture (the job
 * number and page, the running symbol) at the margin between pages. The lines are handed over as a table: the lines
 * above the first person whole (titles), then a header "Delegation | Name | Position | Head of delegation" and a row
 * per person on the line she starts on; a person under a label naming the head ("Head of delegation:", "Chef de
 * délégation :", "Jefe de la delegación:") is the head.
 */
final class IndentedLists {

    /** A role label: a few words closed by a colon, alone on an indented line. */
    private static final Pattern LABEL = Pattern.compile("^\\s+[\\p{L}][\\p{L} ()/'’.-]{2,60}\\s?:\\s*$");
    /** A label naming the head of the delegation, not her deputy. */
    private static final Pattern HEAD_LABEL = Pattern.compile("(?iu)^\\s*(?:head|chief|chef|jef[ea]|leader)\\b.*");
    private static final Pattern DEPUTY = Pattern.compile("(?iu).*\\b(?:deputy|adjoint|adjunt[oa]|alternate|suppl)"
            + ".*");
    /** A section: a number (roman or not) with a full stop, or a letter, then words ("II. Observer States"). */
    private static final Pattern SECTION = Pattern.compile("^\\s+(?:[IVXL]+|\\d{1,2}|[A-H])\\.\\s+\\p{L}.*");
    /** How many person lines under headings the sample must show to be read so. */
    private static final int PERSONS_IN_SAMPLE = 3;

    private IndentedLists() {
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A legend's mark before the honorific ("*Ms. Ana Lima"), which the legend row explains. */
    private static final Pattern LEADING_MARK = Pattern.compile("^" + CellValues.MARK_SIGN + "\\s*");

    /**
     * An indented line opening with an honorific ("    Ms. Ana Lima, Director"), perhaps after a legend's mark
     * ("   *Mr. Li Wei"): a person.
     */
    static boolean personLine(String line) {
        return indent(line) >= 2 && opensWithHonorific(line);
    }

    /** Whether the line opens with an honorific, or is an honorific alone before a comma ("Ms., Adviser": no name). */
    private static boolean opensWithHonorific(String line) {
        String bare = LEADING_MARK.matcher(line.strip()).replaceFirst("");
        if (!Gender.leadingHonorific(bare).isEmpty()) {
            return true;
        }
        int comma = bare.indexOf(',');
        String piece = comma > 0 ? bare.substring(0, comma).strip() : "";
        String honorific = piece.isEmpty() ? "" : Gender.leadingHonorific(piece + " Xy").strip();
        return !honorific.isEmpty() && honorific.length() >= piece.length() - 1;
    }

    /** A person's line at the margin ("Ms. Ana Lima, Director, …"), in a list printed without indents. */
    private static boolean marginPersonLine(String line) {
        return indent(line) == 0 && opensWithHonorific(line);
    }

    /** A line at the margin that is no page furniture: a delegation's name (or a title, above the list). */
    private static boolean atMargin(String line) {
        return !line.isBlank() && indent(line) == 0 && !furniture(line.strip());
    }

    /** The pieces of a line of furniture ("V.25-05312", "1/3") in the four columns of the table. */
    private static List<String> furnitureCells(String text) {
        List<String> cells = new ArrayList<>(List.of(text.split("\\s{2,}")));
        while (cells.size() < 4) {
            cells.add("");
        }
        return cells.size() > 4 ? List.of(text) : cells;
    }

    private static boolean furniture(String text) {
        return PageRows.furniture(List.of(text), Columns.of(List.of()))
                || text.matches("(?i)\\S+\\s{2,}\\d{1,3}\\s*/\\s*\\d{1,3}") // "V.25-05312      1/3"
                || text.matches("\\d{1,3}\\s*/\\s*\\d{1,3}\\s{2,}\\S+");
    }

    /**
     * Whether the sample is such a list: persons on indented lines under a line at the margin (a delegation), three
     * of them at least, and no line cut into columns by a delimiter that would make it a table.
     */
    static boolean looksLikeOne(String sample) {
        String[] lines = lines(sample);
        int persons = 0;
        boolean underMargin = false;
        for (String line : lines) {
            if (atMargin(line) && !marginPersonLine(line)) {
                underMargin = true;
            } else if (underMargin && personLine(line)) {
                persons++;
            }
        }
        return persons >= PERSONS_IN_SAMPLE || printedAtTheMargin(sample);
    }

    private static String[] lines(String sample) {
        return (sample.startsWith("\uFEFF") ? sample.substring(1) : sample).replace("\t", "    ")
                .split("\\r?\\n", -1);
    }

    /**
     * Whether the sample is such a list printed without its indents: blocks set apart by blank lines, each a
     * delegation's name at the margin with its persons right under it, one to a line and each opening with an
     * honorific; two such blocks and three persons at least. (Persons one to a line under headings with no blank line
     * between the groups are a list of one-line persons, read by their pieces: {@link OneLinePersons}.)
     */
    static boolean printedAtTheMargin(String sample) {
        String[] lines = lines(sample);
        int persons = 0;
        int blocks = 0;
        for (int i = 1; i + 1 < lines.length; i++) {
            if (lines[i - 1].isBlank() && atMargin(lines[i]) && !marginPersonLine(lines[i])
                    && marginPersonLine(lines[i + 1])) {
                blocks++;
                for (int j = i + 1; j < lines.length && marginPersonLine(lines[j]); j++) {
                    persons++;
                }
            }
        }
        return blocks >= 2 && persons >= PERSONS_IN_SAMPLE;
    }

    /**
     * Hands the list over as a table. {@code atTheMargin}: the list is printed without indents
     * ({@link #printedAtTheMargin}), so that a line at the margin opening with an honorific is a person too, and a line
     * right under her is her post wrapped only where her line ends with a comma or it opens in lower case.
     */
    static void parse(BufferedReader in, TabularFile.Rows rows, boolean atTheMargin) throws IOException {
        int number = 0;
        String delegation = null;
        boolean head = false;
        boolean begun = false;
        Person person = null;
        int personIndent = 0;
        List<TabularFile.Line> margin = new ArrayList<>(); // lines at the margin since the last person
        TabularFile.Line heading = null; // the delegation's line, until it is known whether persons follow it
        boolean headingAbove = false; // whether the line above was a delegation's, at the margin
        int lastText = -1;
        for (String line; (line = in.readLine()) != null; ) {
            number++;
            line = line.replace("\f", "").replace("\uFEFF", "").replace("\t", "    ").stripTrailing();
            if (line.isBlank()) {
                continue;
            }
            boolean rightUnder = lastText == number - 1;
            lastText = number;
            String text = line.strip();
            boolean underHeading = headingAbove && rightUnder;
            headingAbove = false;
            // printed without indents, the line right under a delegation's is its first person, whatever her name
            // opens with ("Gen. A B, Commander"; "Judge C D")
            if (personLine(line) || atTheMargin && (marginPersonLine(line) || underHeading && indent(line) == 0
                    && !Groups.isNote(text) && !furniture(text) && !LABEL.matcher(line).matches())) {
                if (person != null) {
                    rows.row(person.line());
                }
                if (!begun) {
                    // the title lines above, then the header
                    begun = true;
                    for (TabularFile.Line title : margin.subList(0, Math.max(0, margin.size() - 1))) {
                        rows.row(title);
                    }
                    rows.row(new TabularFile.Line(number - 1, List.of("Delegation", "Name", "Position",
                            "Head of delegation")));
                    heading = margin.isEmpty() ? null : margin.get(margin.size() - 1);
                }
                if (heading != null) {
                    rows.heading(heading, true);
                    heading = null;
                }
                margin.clear();
                person = Person.of(number, delegation == null ? "" : delegation, text, head);
                personIndent = indent(line);
                continue;
            }
            if (person != null && rightUnder && wrapped(person, line, personIndent, atTheMargin)) {
                person = person.wrapped(text); // the post wrapped onto the next line
                continue;
            }
            if (person != null) {
                rows.row(person.line());
                person = null;
            }
            if (LABEL.matcher(line).matches()) {
                head = HEAD_LABEL.matcher(text).matches() && !DEPUTY.matcher(text).matches();
                continue;
            }
            TabularFile.Line whole = new TabularFile.Line(number, List.of(text));
            if (!begun) {
                margin.add(whole);
                delegation = atMargin(line) ? text : delegation;
            } else if (furniture(text)) {
                // page furniture: reported, the delegation goes on
                rows.row(new TabularFile.Line(number, furnitureCells(text)));
            } else if (atMargin(line) && !(atTheMargin && Groups.isNote(text))) {
                if (heading != null) {
                    rows.heading(heading, false); // a category line, with no person under it
                }
                heading = whole;
                headingAbove = true;
                delegation = text;
                head = false;
            } else {
                rows.text(whole); // a section, a note
            }
        }
        if (person != null) {
            rows.row(person.line());
        }
        if (!begun) {
            margin.forEach(rows::row);
        }
    }

    /** Whether a line right under a person's continues her post rather than starting something new. */
    private static boolean wrapped(Person person, String line, int personIndent, boolean atTheMargin) {
        String text = line.strip();
        if (LABEL.matcher(line).matches() || SECTION.matcher(line).matches() || furniture(text)) {
            return false;
        }
        if (indent(line) > personIndent) {
            return true;
        }
        return atTheMargin && indent(line) == personIndent && !Groups.isNote(text)
                && (person.lastLineEndsOpen() || Character.isLowerCase(text.codePointAt(0)));
    }

    /** A person being read: her first line, her delegation, her name and post so far. */
    private record Person(int number, String delegation, String name, String post, boolean head) {

        static Person of(int number, String delegation, String text, boolean head) {
            int comma = text.indexOf(',');
            String name = comma < 0 ? text : text.substring(0, comma).strip();
            String post = comma < 0 ? "" : text.substring(comma + 1).strip();
            return new Person(number, delegation, name, post, head);
        }

        /** Whether the person's text so far ends with a comma, as a line does whose post goes on below. */
        boolean lastLineEndsOpen() {
            return (post.isEmpty() ? name : post).endsWith(",");
        }

        Person wrapped(String text) {
            return new Person(number, delegation, name, (post + " " + text).strip(), head);
        }

        TabularFile.Line line() {
            // no label naming the head: the head column is left empty, for a mark or the post to say it
            return new TabularFile.Line(number, List.of(delegation, name, post, head ? "Yes" : ""));
        }
    }
}
