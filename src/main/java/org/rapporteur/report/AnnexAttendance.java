package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attendance printed in the annexes (paragraph 0, a line per printed line), in the two forms annexes use:
 * <ul>
 * <li>numbered paragraphs of their own ("1. Representatives of the following States … attended the meeting:" with
 * the list on the lines after it, in columns or one name per line): each is joined as a report's paragraph is
 * ({@link SubLines}) and read like one;</li>
 * <li>a heading line and its list on the next line ("Non-member States represented by observers" / "Holy See, State
 * of Palestine").</li>
 * </ul>
 * An annex's numbering starts again at 1 and has nothing to do with the report's paragraphs.
 */
final class AnnexAttendance {

    private static final Pattern NUMBERED = Pattern.compile("\\d{1,3}\\.\\s+(\\S.*)");
    /** An annex's title line, as {@link ParagraphAssembler} writes it: a numbered paragraph ends there. */
    private static final Pattern ANNEX_TITLE = Pattern.compile("(?i:annex)(?:\\s+(?:[IVX]{1,5}|\\d{1,2}))?\\.?");
    /** The words of an annex's list heading: a kind of entity in the plural, or "represented". */
    private static final Pattern ANNEX_HEADING = Pattern.compile("\\b(?:represented|observers|entities|organi[sz]ations"
            + "|institutions|agencies|bodies|States|programmes)\\b");

    private final List<String> numbered;
    private final List<String> otherLines;

    private AnnexAttendance(List<String> numbered, List<String> otherLines) {
        this.numbered = numbered;
        this.otherLines = otherLines;
    }

    /** The annexes' text cut into its numbered paragraphs that introduce a list and its other lines. */
    static AnnexAttendance of(String annexText) {
        List<String> numbered = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> open = null;
        for (String line : annexText.split("\n")) {
            Matcher start = NUMBERED.matcher(line.strip());
            if (start.matches()) {
                closeInto(open, numbered, other);
                open = new ArrayList<>(List.of(start.group(1)));
            } else if (open != null && !ANNEX_TITLE.matcher(line.strip()).matches() && !line.strip().startsWith("*")) {
                open.add(line);
            } else {
                closeInto(open, numbered, other);
                open = null;
                other.add(line);
            }
        }
        closeInto(open, numbered, other);
        return new AnnexAttendance(List.copyOf(numbered), List.copyOf(other));
    }

    /**
     * A numbered paragraph that introduces a list (a colon in it) is joined; any other stays as the lines it was. A
     * footnote ("* This attendance list …", marked by an asterisk) ends the paragraph.
     */
    private static void closeInto(List<String> lines, List<String> numbered, List<String> other) {
        if (lines == null) {
            return;
        }
        if (lines.stream().noneMatch(l -> l.contains(":"))) {
            other.addAll(lines);
            return;
        }
        StringBuilder text = new StringBuilder();
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        SubLines.append(text, new ArrayList<>(lines), width);
        numbered.add(text.toString());
    }

    /** The numbered paragraphs' texts, each joined, without its number. */
    List<String> numbered() {
        return numbered;
    }

    /**
     * The lists under heading lines among the other lines; lines of persons ("Members of the Committee present" /
     * "A (Qatar)") have no heading that names a kind of entity, and are left alone.
     *
     * @param list reads a list of names under its heading: (heading, list) to the rows, in paragraph 0
     */
    List<Participation> headedLists(ListReader list) {
        List<Participation> out = new ArrayList<>();
        for (int i = 0; i + 1 < otherLines.size(); i++) {
            String heading = otherLines.get(i).strip();
            String names = otherLines.get(i + 1).strip();
            if (ANNEX_HEADING.matcher(heading).find() && !heading.contains(",")
                    && !ANNEX_HEADING.matcher(names).find() && !names.isEmpty()) {
                out.addAll(list.apply(0, heading, names));
                i++;
            }
        }
        return out;
    }

    /** How a list is read: paragraph, heading, names → rows. */
    @FunctionalInterface
    interface ListReader {
        List<Participation> apply(int paragraph, String heading, String names);
    }
}
