package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a paragraph's printed lines, keeping apart the items of a list printed one per line under a line that ends
 * with a colon ("The following States were represented:" / "Algeria" / "Bangladesh" / …, "elected the following
 * officers:" / "Chair:" / "A (Ghana)" / "Vice-Chairs:" / …). Joined with spaces, such items would run together into one
 * name ("Algeria Bangladesh …"); they are joined with "; " instead, the separator of a list whose items are whole, and
 * a label line that ends with a colon ("Vice-Chairs:") stays with the item after it.
 *
 * <p>Lines wrapped as prose are told from such items by their length: a wrapped line fills the printed width, while
 * most items of a one-per-line list are short, and no item ends with the comma of a wrapped comma list.
 */
final class SubLines {

    /** A line this long is text of its own (a Word paragraph), never an item. */
    private static final int LONGEST_ITEM = 100;

    /** A label and the list it heads on one line: "African States: Benin, Kenya, Togo". */
    private static final java.util.regex.Pattern LABELLED_LIST = java.util.regex.Pattern.compile(
            "\\p{Lu}[^:;,()\\[\\]]{2,80}:\\s+\\S.*");

    /** The end of a sentence announcing a table: "… listed in the table below.", "… as follows.". */
    private static final java.util.regex.Pattern ANNOUNCED_BELOW = java.util.regex.Pattern.compile(
            "\\b(?:below|as\\s+follows|following\\s+table)\\s*\\.(?=\\s|$)");

    private static final java.util.regex.Pattern END_STOP = java.util.regex.Pattern.compile("\\.\\s*$");

    private SubLines() {
    }

    /**
     * A sentence, then a table under a row of column titles ("Panellist⇥Affiliation", "Participant⇥Category"): the
     * sentence announces the table ("The participants are listed in the table below."), as a colon does a list.
     */
    private static boolean announcesATable(List<String> lines, int i) {
        return END_STOP.matcher(lines.get(i)).find() && !TableRows.isRow(lines.get(i))
                && TableRows.isHeader(lines.get(i + 1)) && TableRows.isRow(lines.get(i + 2));
    }

    /**
     * Appends the lines to the text being joined, with a one-per-line list after a colon kept as items.
     *
     * @param printedWidth the width of the document's printed lines (see {@link #printedWidth})
     */
    static void append(StringBuilder text, List<String> lines, int printedWidth) {
        int colon = -1;
        int trailing = 0; // a sentence after the one announcing a table, moved to the end of the lines
        for (int i = 0; i < lines.size() - 2 && colon < 0; i++) {
            if (lines.get(i).stripTrailing().endsWith(":")) {
                colon = i;
            } else if (announcesATable(lines, i)) {
                // "… are listed in the table below." and the table's header: the table is that sentence's list; a
                // sentence after the announcing one ("… in the table below. A presided.") is read after the table
                lines = new ArrayList<>(lines);
                java.util.regex.Matcher announced = ANNOUNCED_BELOW.matcher(lines.get(i));
                if (announced.find() && !lines.get(i).substring(announced.end()).isBlank()) {
                    String after = lines.get(i).substring(announced.end()).strip();
                    lines.set(i, lines.get(i).substring(0, announced.end() - 1) + ":");
                    lines.add(after);
                    trailing = 1;
                } else {
                    lines.set(i, END_STOP.matcher(lines.get(i)).replaceFirst(":"));
                }
                colon = i;
            }
        }
        List<String> after = lines.subList(lines.size() - trailing, lines.size());
        lines = lines.subList(0, lines.size() - trailing);
        Joined joined = colon < 0 ? null : withWrappedItems(lines, colon + 1);
        int end = colon < 0 ? -1 : listEnd(joined, colon + 1, printedWidth);
        if (end < 0) {
            lines.forEach(line -> Dehyphenator.append(text, line));
            appendAfterTheTable(text, after);
            return;
        }
        lines = joined.lines();
        for (int i = 0; i <= colon; i++) {
            Dehyphenator.append(text, lines.get(i));
        }
        List<String> items = TableRows.items(lines.subList(colon + 1, end));
        String separator = TableRows.holdsCommaLists(lines.subList(colon + 1, end)) ? ", " : "; ";
        boolean afterLabel = true;
        for (String item : items) {
            text.append(afterLabel ? " " : separator).append(item);
            afterLabel = item.endsWith(":");
        }
        for (int i = end; i < lines.size(); i++) {
            Dehyphenator.append(text, lines.get(i));
        }
        appendAfterTheTable(text, after);
    }

    /** The sentence read after a table, the table's last row ended with a full stop as a list's last item is. */
    private static void appendAfterTheTable(StringBuilder text, List<String> after) {
        if (!after.isEmpty() && !text.toString().stripTrailing().endsWith(".")) {
            text.append('.');
        }
        after.forEach(line -> Dehyphenator.append(text, line));
    }

    /**
     * Where the list that starts at {@code from} ends (the index after its last item), or -1 when the lines after the
     * colon are no one-per-line list: fewer than two, a comma at a line's end, a bracket left open, commas in
     * most lines (a wrapped comma list; a row of cells, a person's line or a label's list may hold commas of its own),
     * or lines as wide as wrapped prose (at least half of the lines before the last must be short, unless every line is a
     * person's).
     */
    private static int listEnd(Joined joined, int from, int printedWidth) {
        List<String> lines = joined.lines();
        int end = from;
        while (end < lines.size() && (lines.get(end).length() <= LONGEST_ITEM || TableRows.isRow(lines.get(end))
                || joined.wrapped().contains(end))) {
            end++;
        }
        if (end - from < 2) {
            return -1;
        }
        int shortLines = 0;
        int withCommas = 0;
        int persons = 0;
        for (int i = from; i < end; i++) {
            String line = lines.get(i).strip();
            if (line.endsWith(",") || line.endsWith("-") || !balanced(line)) {
                return -1;
            }
            // a row of cells and a person's line ("Ms. A, Minister of B") are items, whatever commas they hold
            // and so is a label with its own list ("African States: Benin, Kenya, Togo")
            boolean person = TableRows.startsWithPerson(line) || LABELLED_LIST.matcher(line).matches();
            persons += person ? 1 : 0;
            withCommas += !person && !TableRows.isRow(lines.get(i)) && CountItems.topLevel(line, ',') >= 0 ? 1 : 0;
            // the last line of wrapped prose is short too: only the lines before it tell
            boolean isShort = TableRows.isRow(lines.get(i)) || !joined.wrapped().contains(i)
                    && line.length() < printedWidth * 3 / 4;
            shortLines += i < end - 1 && isShort ? 1 : 0;
        }
        // every line a person's ("Ms. A, Minister of B"): a list of persons, however wide its lines
        boolean listLike = shortLines * 2 >= end - from - 1 || persons == end - from;
        return listLike && withCommas * 2 <= end - from ? end : -1;
    }

    /**
     * The lines with an item wrapped inside its brackets joined again: "Peru (on behalf of the Group of Friends of" /
     * "the Andes)" is one item. A line that leaves a bracket open takes the next line, or the next two, until the
     * bracket closes; if it does not close by then, the lines stay as they were.
     */
    private static Joined withWrappedItems(List<String> lines, int from) {
        List<String> out = new ArrayList<>(lines.subList(0, from));
        java.util.Set<Integer> wrapped = new java.util.HashSet<>();
        for (int i = from; i < lines.size(); i++) {
            String item = lines.get(i).strip();
            int taken = 0;
            while (depth(item) > 0 && taken < 2 && i + taken + 1 < lines.size()
                    && lines.get(i + taken + 1).length() <= LONGEST_ITEM) {
                taken++;
                item = item + " " + lines.get(i + taken).strip();
            }
            if (taken > 0 && depth(item) == 0 && balanced(item)) {
                wrapped.add(out.size());
                out.add(item);
                i += taken;
            } else {
                out.add(lines.get(i));
            }
        }
        return new Joined(out, wrapped);
    }

    /** Lines with the indexes of those that are items joined from wrapped lines. */
    private record Joined(List<String> lines, java.util.Set<Integer> wrapped) {
    }

    private static int depth(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return depth;
    }

    /** Whether a line closes every bracket it opens: an item does, a line of wrapped text need not. */
    private static boolean balanced(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The width of a document's printed lines: the length that nine lines in ten do not exceed. */
    static int printedWidth(List<SourceLine> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[Math.min(lengths.length - 1, lengths.length * 9 / 10)];
    }
}
