package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
    /**
     * An annex's title line, as {@link ParagraphAssembler} writes it ("Annex II", "Annex A"): a numbered paragraph
     * ends there.
     */
    private static final Pattern ANNEX_TITLE = Pattern.compile("(?i:annexe?)(?:\\s+(?:" + LineBlocks.ANNEX_LABEL
            + "))?\\.?");
    /**
     * The words of an annex's list heading: a kind of entity in the plural ("major groups and other stakeholders"),
     * "State" ("Non-member State having received a standing invitation"), or "represented".
     */
    private static final Pattern ANNEX_HEADING = Pattern.compile("\\b(?:(?i:represented|observers|entities|organi[sz]ations"
            + "|institutions|agencies|bodies|programmes|groups|stakeholders|units|offices|departments|parties)|States?"
            // one of a kind, in small letters: "Regional economic integration organization", "United Nations entity"
            + "|organi[sz]ation|entity|agency|institution|body"
            // kinds of stakeholder: "Academia and private sector", "Civil society", "Business and industry"
            + "|(?i:academia|private\\s+sector|civil\\s+society|business\\s+and\\s+industry))\\b");

    /** A kind in the plural ending the heading, or before what it is part of ("… of the United Nations system"). */
    private static final Pattern KINDS_AT_END = Pattern.compile("\\b(?:entities|organi[sz]ations|institutions|agencies"
            + "|bodies|States|programmes|funds|commissions|groups|stakeholders)(?:\\s+of\\s+the\\s+\\p{Lu}[\\p{L} -]{2,60})?$");
    private static final Pattern MEMBERS = Pattern.compile("(?:States\\s+)?[Mm]embers(?:\\s+of\\s+the\\s+\\p{Lu}[\\p{L} ]{2,80})?");

    /** A row of a table of counts: a category's words, which may hold a bracket, and its number. */
    private static final Pattern COUNT_ROW = Pattern.compile("(\\p{Lu}[^\\d:;\\t]{2,160}?)\\s+(\\d{1,4})");
    /** The header row of a table of counts: "Category⇥Number", "Category of participant⇥Number of delegations". */
    private static final Pattern COUNTS_HEADER = Pattern.compile("(?i)(?:categor(?:y|ies)|participants?)\\b[^\\d]{0,60}?"
            + "\\s(?:number|count|total)\\b[^\\d]{0,40}");
    /** A category's one word, "Observer" (the State of Palestine's), a heading in a table's category column. */
    private static final Pattern OBSERVER_WORD = Pattern.compile("(?i)observers?|members");
    private static final Pattern OBSERVER_ALONE = Pattern.compile("(?i)observers?");
    /** A heading and its list on one line, apart by a colon. */
    private static final Pattern LABELLED = Pattern.compile("(\\p{Lu}[^:;]{2,150}?)\\s*:\\s+(\\S.*)");
    private static final Pattern TOTAL = Pattern.compile("(?i)\\s*total\\b.*");

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
     * The lists under heading lines among the other lines: a heading line ("Non-member States represented by
     * observers") and its list on the next line ("Holy See, State of Palestine"), or one name a line on the lines after
     * it, to the next heading; a table of a category column and a name column ("States Parties⇥Andorra" / "⇥Armenia")
     * is read the same way, the category printed on its first row only. Lines of persons ("Members of the Committee
     * present" / "A (Qatar)") have no heading that names a kind of entity, and are left alone; a row of counts ("Other
     * intergovernmental organizations 6") is no name.
     *
     * @param list    reads a list of names under its heading: (heading, list) to the rows, in paragraph 0
     * @param isKnown whether a line is a known name as written ("League of Arab States" is a name, not a heading)
     */
    List<Participation> headedLists(ListReader list, Predicate<String> isKnown) {
        List<String> lines = withHeadingsApart(withTableRowsApart(AnnexListLines.joinedByForm(otherLines), isKnown),
                isKnown);
        List<Participation> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String heading = lines.get(i).strip();
            List<String> names = new ArrayList<>();
            Matcher labelled = labelled(heading, isKnown);
            if (labelled != null) {
                // "Non-member observer States: Holy See, State of Palestine": the heading and its list on one line
                heading = labelled.group(1);
                names.add(labelled.group(2).strip());
            } else if (i + 1 >= lines.size() || !isHeading(heading, isKnown) && !membersHeading(lines, i, isKnown)) {
                continue;
            }
            int j = names.isEmpty() || names.get(0).contains(",") ? namesUnder(lines, i + 1, names, isKnown) : i + 1;
            if (!names.isEmpty()) {
                out.addAll(list.apply(0, AnnexListLines.inEnglish(heading),
                        names.size() == 1 ? names.get(0) : String.join("; ", names)));
                i = j - 1;
            }
        }
        return out;
    }

    /**
     * Reads the names under a heading from line {@code j} into {@code names}, to the next heading, annex title, table
     * or sentence: one a line, a row of columns, a name wrapped over lines, or one list apart by commas over as many
     * lines as it takes; a person's line ("Ms. Ana Pérez") is passed over, a delegation with its persons ("Chile: Ana
     * Pérez") gives the delegation.
     *
     * @return the index of the first line not read
     */
    private static int namesUnder(List<String> lines, int j, List<String> names, Predicate<String> isKnown) {
        while (j < lines.size()) {
            String line = lines.get(j).strip();
            // a line before a table's row ("Summary of attendance" / "Category⇥Number") is the table's title
            boolean beforeATable = j + 1 < lines.size() && lines.get(j + 1).contains("\t");
            // a footnote under the list ("* Registered participants only.") ends it
            if (line.isEmpty() || line.startsWith("*") || line.contains("\t") || COUNT_ROW.matcher(line).matches()
                    || beforeATable
                    || ANNEX_TITLE.matcher(line).matches() || isHeading(line, isKnown) || labelled(line, isKnown) != null
                    || membersHeading(lines, j, isKnown)) {
                break;
            }
            if (names.size() == 1 && names.get(0).contains(",")) {
                if (!AnnexListLines.continuesACommaList(names.get(0), line)) {
                    break;
                }
                names.set(0, names.get(0) + " " + line);
                j++;
                continue;
            }
            String delegation = AnnexListLines.delegationOfPersons(line, isKnown);
            if (delegation != null || AnnexListLines.isPerson(line, isKnown)) {
                if (delegation != null) {
                    names.add(delegation);
                }
                j++;
                continue;
            }
            if (!isKnown.test(line)) {
                List<String> row = AnnexListLines.knownNamesInARow(line, isKnown);
                AnnexListLines.Wrapped wrapped = row.isEmpty() ? AnnexListLines.wrappedName(lines, j, isKnown) : null;
                if (!row.isEmpty() || wrapped != null) {
                    names.addAll(row.isEmpty() ? wrapped.names() : row);
                    j += row.isEmpty() ? wrapped.lines() : 1;
                    continue;
                }
                if (AnnexListLines.isSentence(line) || AnnexListLines.isProse(line)) {
                    break;
                }
            }
            names.add(line);
            j++;
        }
        return j;
    }

    /**
     * A heading line names a kind ("Observer States", "STATES PARTIES TO THE CONVENTION", "États membres …"); a
     * sentence ("States parties should consider …") is none unless it ends with the colon of a list, nor is a line
     * of names.
     */
    private static boolean isHeading(String line, Predicate<String> isKnown) {
        if (OBSERVER_ALONE.matcher(line).matches()) {
            return true; // "Observer" in a table's category column, the State of Palestine beside it
        }
        String words = AnnexListLines.inEnglish(line.chars().anyMatch(Character::isLowerCase) ? line
                : AnnexListLines.capitalised(line));
        return ANNEX_HEADING.matcher(words).find() && (!line.contains(",") || kindsWithCommas(words, isKnown))
                && !line.contains("\t") && !COUNT_ROW.matcher(line).matches()
                && (!AnnexListLines.isSentence(line) || line.endsWith(":")) && !isKnown.test(line)
                // "Bolivia (Plurinational State of) Canada Czechia": a row of names, whatever word it holds
                && AnnexListLines.knownNamesInARow(line, isKnown).isEmpty();
    }

    /** "Intergovernmental organizations: African Union; …": a heading, its colon and its list, or null. */
    private static Matcher labelled(String line, Predicate<String> isKnown) {
        Matcher m = LABELLED.matcher(line);
        return m.matches() && isHeading(m.group(1), isKnown) ? m : null;
    }

    /**
     * "Agencies, offices and other bodies of the system": a heading of several kinds, ending in a kind in the plural,
     * none of its parts a known name (unlike a line of two names such as "Nauru, Tuvalu").
     */
    private static boolean kindsWithCommas(String line, Predicate<String> isKnown) {
        return line.length() <= 120 && KINDS_AT_END.matcher(line).find()
                && java.util.Arrays.stream(line.split(",|\\band\\b")).map(String::strip)
                .noneMatch(part -> !part.isEmpty() && isKnown.test(part));
    }

    /**
     * "Members", "Members of the Commission", "States members": a heading that names no kind but membership, taken
     * as one only where a known name follows it (persons under "Members of the Committee present" are no list).
     */
    private static boolean membersHeading(List<String> lines, int i, Predicate<String> isKnown) {
        return MEMBERS.matcher(lines.get(i).strip()).matches() && i + 1 < lines.size()
                && (isKnown.test(lines.get(i + 1).strip())
                || AnnexListLines.delegationOfPersons(lines.get(i + 1).strip(), isKnown) != null);
    }

    /**
     * "Intergovernmental organizations African Union", "Observer State of Palestine": a table's category cell and its
     * first name cell printed to PDF as one line (a heading by its words too), a heading (or "Observer") then a known
     * name, made two lines.
     */
    private static List<String> withHeadingsApart(List<String> lines, Predicate<String> isKnown) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            String[] words = t.split("\\s+");
            int cut = 0;
            if (words.length >= 2 && words.length <= 30 && !t.contains("\t") && !isKnown.test(t)
                    && AnnexListLines.knownNamesInARow(t, isKnown).isEmpty()) {
                for (int k = 1; k < words.length && cut == 0; k++) {
                    String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
                    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                    // "States Members of the" / "United Nations": no heading ends with a small word
                    boolean heading = OBSERVER_WORD.matcher(head).matches()
                            || isHeading(head, isKnown) && !AnnexListLines.endsOpen(head);
                    if (heading && (isKnown.test(rest) || !AnnexListLines.knownNamesInARow(rest, isKnown).isEmpty())) {
                        cut = k;
                    }
                }
            }
            if (cut == 0) {
                out.add(line);
            } else {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut)));
                out.add(String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length)));
            }
        }
        return out;
    }

    /** "States Parties⇥Andorra" is a heading line and a name line; "⇥Armenia" (the category cell empty) a name line. */
    private static List<String> withTableRowsApart(List<String> lines, Predicate<String> isKnown) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.contains("\t")) {
                out.add(line);
                continue;
            }
            List<String> cells = java.util.Arrays.stream(line.split("\t")).map(String::strip).toList();
            List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
            if (filled.size() == 1 && cells.get(0).isEmpty()) {
                out.add(filled.get(0));
            } else if (namesRow(filled, isKnown)) {
                out.addAll(filled); // "Algeria⇥Argentina⇥Australia": a table of names in columns, a name a cell
            } else if (filled.size() == 2 && cells.size() == 2 && isHeading(filled.get(0), isKnown)
                    && !isHeading(filled.get(1), isKnown)) {
                out.add(filled.get(0));
                out.add(filled.get(1));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * A row of names in columns: no cell holds a digit (a count, a symbol) and most cells are names the tables know
     * (a header row "Document symbol⇥Title" holds none).
     */
    private static boolean namesRow(List<String> filled, Predicate<String> isKnown) {
        if (filled.size() < 2 || filled.stream().anyMatch(c -> c.chars().anyMatch(Character::isDigit))) {
            return false;
        }
        long known = filled.stream().filter(isKnown).count();
        return known * 2 >= filled.size() && !isHeading(filled.get(0), isKnown);
    }

    /**
     * The counts of a table of counts among the other lines: a header row ("Category of participant⇥Number of
     * delegations") and a row per category, its words and its number ("European Union (observer) 1"), to a "Total"
     * row or the first line that is no such row.
     */
    List<AttendanceCount> countTables() {
        List<AttendanceCount> out = new ArrayList<>();
        boolean open = false;
        for (String raw : otherLines) {
            String line = raw.replace('\t', ' ').strip();
            if (COUNTS_HEADER.matcher(line).matches()) {
                open = true;
                continue;
            }
            Matcher row = COUNT_ROW.matcher(line);
            if (!open || !row.matches() || TOTAL.matcher(row.group(1)).matches()) {
                open = false;
                continue;
            }
            String phrase = row.group(1).strip();
            ListHeading heading = ListHeading.of(phrase);
            Capacity capacity = Capacity.fromPhrase(phrase);
            out.add(new AttendanceCount(0, heading.category(), capacity == null ? heading.capacity() : capacity,
                    Integer.parseInt(row.group(2)), false, AttendanceCount.Basis.PRINTED));
        }
        return out;
    }

    /** How a list is read: paragraph, heading, names → rows. */
    @FunctionalInterface
    interface ListReader {
        List<Participation> apply(int paragraph, String heading, String names);
    }
}
