package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;

/**
 * Attendance sentences that count a category and name its members in the same breath, and attendance printed as a
 * table: "[Seventy-five] States Parties to the Convention participated in the Meeting, as follows: A, B, …", "In
 * addition, two signatory States participated without taking part in decisions: A and B", "One State, Israel, not a
 * party to the Convention, participated as an observer", "The meeting was attended by the following …: Category
 * Number States parties 86 Signatory States 2 …" (a table flattened to text: a heading and then a number per row).
 */
final class CountedLists {

    private static final String NUMBER = CountItems.NUMBER;
    private static final String OPENING = "^(?:(?:In\\s+addition|Moreover|Further(?:more)?|Also)\\s*,\\s+)?";
    private static final String VERB = "(?:also\\s+)?(?:participated|attended|took\\s+part)|(?:was|were)\\s+(?:also\\s+)?"
            + "represented";
    /** "[Seventy-five] States Parties … participated in the Meeting, as follows: …" */
    private static final GuardedPattern COUNTED_LIST = GuardedPattern.compile(OPENING + NUMBER + "\\s+([^:;]{2,200}?)\\s+(?:" + VERB
            + ")\\b([^:]{0,200}):\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** "[One] State, Israel, neither a party nor a signatory to the Convention, participated as an observer" */
    private static final GuardedPattern COUNTED_NAMED = GuardedPattern.compile(OPENING + NUMBER + "\\s+(\\p{L}[^,:;]{1,80}?),\\s+"
            + "([^,:;]{2,200}?)(?:,\\s+([^,:;]{2,200}?))?,?\\s+(?:" + VERB + ")\\b([^:]*)$", Pattern.CASE_INSENSITIVE);
    /**
     * A number of States that took part, then "of which" (or "of whom") and its parts, each a number and a kind of
     * State (Parties, signatories, observers): the parts are the printed counts (the total counts several kinds
     * together).
     */
    private static final GuardedPattern OF_WHICH = GuardedPattern.compile(OPENING + "(?:A\\s+total\\s+of\\s+)?" + NUMBER
            + "\\s+([^,:;]{2,120}?)\\s+(?:" + VERB + ")\\b[^,:;]{0,120}?,\\s+of\\s+(?:which|whom)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** ", as listed in annex A": where the list is, after the counts. */
    private static final Pattern AS_LISTED = Pattern.compile("(?i),?\\s+as\\s+(?:listed|shown|set\\s+out|contained|reflected"
            + "|indicated)\\b.*$");
    private static final Pattern PART_WAS = Pattern.compile("(?i)^(?:and\\s+)?" + NUMBER + "\\s+(?:were|was)\\s+(.+)$");
    private static final Pattern PART_SEPARATOR = Pattern.compile(",\\s+(?:and\\s+)?|\\s+and\\s+(?=" + NUMBER + "\\s+(?:were|was)\\b)");
    /** The words of a table's header row: "Category Number". */
    private static final Pattern TABLE_HEADER = Pattern.compile("^(?i:categor(?:y|ies)|participants?)\\s+"
            + "(?i:number|total|count)\\s+");
    /** A row: a category's words (no digit, no bracket) and its number. */
    private static final Pattern ROW = Pattern.compile("\\G\\s*(\\p{Lu}[^\\d:;()\\[\\]]{2,160}?)\\s+(\\d{1,4})(?=\\s|$)");
    /** A row under a table's own header row, tab-separated: its category may hold a colon ("Observers: …"). */
    private static final Pattern HEADED_ROW = Pattern.compile("\\G\\s*(\\p{Lu}[^\\d;()\\[\\]\\t]{2,160}?)\\t+\\s*(\\d{1,4})(?=\\s|$)");
    /**
     * A line of a run of counts, each its category's words and then its number after a colon, a dash or a tab
     * ("Member States: 74", "Intergovernmental organizations – 14", "Observer States 2").
     */
    private static final Pattern LABELLED_ROW = Pattern.compile(
            "\\s*(\\p{Lu}[^\\d:;()\\[\\]\\t]{2,160}?)(?:\\s*(?::|[–—-]|\\t)?\\s*(\\d{1,4})"
                    // "Observer States: one", "States Members of the United Nations: sixty-seven": in words after a colon
                    + "|\\s*(?::|\\s[–—-]|\\t)\\s*((?i:" + NumberWords.CARDINAL_REGEX + ")))\\s*");
    /** "The following numbers of delegations were registered for the session:": who attended, counted by kind. */
    private static final Pattern REGISTERED = Pattern.compile("(?i)\\b(?:registered|delegations)\\b");
    private static final Pattern ATTENDANCE_WORDS = Pattern.compile(
            "(?i)\\b(?:attend\\w*|participa\\w*|represented|present)\\b");

    private static final Pattern TOTAL = Pattern.compile("(?i)(?:grand\\s+)?total\\b.*");
    private static final Pattern MEMBERS_OF_THE_BODY = Pattern.compile("(?i)(?:the\\s+)?members\\s+of\\s+the\\s+\\p{L}+(?:\\s+\\p{L}+){0,3}");
    /** "…, including organizations of persons with disabilities, attended": some of those counted, no name of one. */
    private static final Pattern INCLUDING = Pattern.compile("(?i)including\\b");
    /** The header of a table of three columns: "Category Number Names". */
    private static final Pattern NAMES_HEADER = Pattern.compile("(?i)categor(?:y|ies)\\s+number\\s+(?:names|entities"
            + "|participants|delegations)\\s+");
    /** A number standing alone between spaces (not part of a symbol "X/48/INF/2" or a bracket). */
    private static final Pattern LONE_NUMBER = Pattern.compile("(?<=\\s)(\\d{1,4})(?=\\s)");
    /** "as listed in document …", "see document …": the names are in the list of participants. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:as\\s+(?:listed|contained|set\\s+out)\\s+in|see)\\s+"
            + "(?:document\\s+)?\\S+");
    /** Names at the end of a table: capitalised words, commas and brackets, up to a line in capitals or the end. */
    private static final Pattern LAST_NAMES = Pattern.compile("\\p{Lu}[^:]*$");
    /** A capitalised word starting a category: "Intergovernmental organizations (IGOs)". */
    private static final Pattern WORD_START = Pattern.compile("(?<=^|\\s)(?=\\p{Lu})");
    /** The words before a number inside a name end in a capitalised word or "of": "Article 19", "Group of 77". */
    private static final Pattern NAME_BEFORE_NUMBER = Pattern.compile("(?:\\b\\p{Lu}\\p{L}*|\\bof)$");
    private static final Pattern NAME_AFTER_NUMBER = Pattern.compile("\\s*(?:[(,]|\\p{Lu})");
    /** The end of a bracketed name followed by a capitalised word: "(AU) Invited". */
    private static final Pattern AFTER_BRACKET = Pattern.compile("\\)\\s+(?=\\p{Lu})");
    private static final Pattern WORDS_AFTER_BRACKET = Pattern.compile("\\)\\s*,?\\s+\\p{L}");
    /** "Members of the secretariat staff": people of the secretariat, no States. */
    private static final Pattern NO_BODY_OF_STATES = Pattern.compile("(?i)\\b(?:secretariats?|staff|bureau)\\b");
    private static final Pattern TRAILING_STOP = Pattern.compile("\\.$");

    /** A count with the list (or names) that goes with it; {@code names} may be empty. */
    record Counted(AttendanceCount count, String heading, String names) {
    }

    private CountedLists() {
    }

    /** The counts and lists of one sentence of attendance, or empty when it is no such sentence. */
    static Optional<List<Counted>> read(int paragraph, String sentence) {
        String text = TRAILING_STOP.matcher(sentence.strip()).replaceFirst("");
        Matcher ofWhich = OF_WHICH.matcher(text);
        if (ofWhich.find()) {
            List<Counted> parts = new ArrayList<>();
            String tail = AS_LISTED.matcher(ofWhich.group(3)).replaceFirst("");
            for (String part : PART_SEPARATOR.split(tail)) {
                Matcher m = PART_WAS.matcher(part.strip());
                Optional<AttendanceCount> c = m.matches() ? count(paragraph, m.group(1), m.group(2), m.group(2))
                        : Optional.empty();
                if (c.isEmpty()) {
                    parts.clear();
                    break;
                }
                parts.add(new Counted(c.get(), m.group(2), ""));
            }
            if (!parts.isEmpty()) {
                return Optional.of(parts);
            }
        }
        Matcher listed = COUNTED_LIST.matcher(text);
        if (listed.find() && !NameListSplitter.PLACEHOLDER.matcher(listed.group(1)).matches()) {
            return count(paragraph, listed.group(1), listed.group(2), listed.group(2) + " " + listed.group(3))
                    .map(c -> List.of(new Counted(c, listed.group(2), listed.group(4))));
        }
        Matcher named = COUNTED_NAMED.matcher(text);
        // "38 non-governmental organizations, 11 local government associations and 7 …": counts, not names
        if (named.find() && !NameListSplitter.PLACEHOLDER.matcher(named.group(1)).matches()
                && !CountItems.startsWithACount(named.group(3)) && !INCLUDING.matcher(named.group(3)).lookingAt()
                && !CountItems.cut(named.group(2)).stream().skip(1).anyMatch(CountItems::startsWithACount)
                && (named.group(4) == null || !CountItems.startsWithACount(named.group(4)))) {
            // the words after the verb say the capacity ("as an observer"); the description before it may name others
            String capacityWords = named.group(5).isBlank() ? named.group(2) : named.group(5) + " " + named.group(2);
            return count(paragraph, named.group(1), named.group(2), capacityWords)
                    .map(c -> List.of(new Counted(c, capacityWords, named.group(3))));
        }
        return table(paragraph, text);
    }

    /** "…, as shown in the list of participants: Category Number States parties 86 Signatory States 2 …" */
    private static Optional<List<Counted>> table(int paragraph, String text) {
        Matcher named = NAMES_HEADER.matcher(text.strip());
        if (named.lookingAt()) {
            return tableWithNames(paragraph, text.strip().substring(named.end()));
        }
        Matcher headerFirst = TABLE_HEADER.matcher(text.strip());
        if (headerFirst.lookingAt() && text.contains("\t")) {
            // a table of counts standing alone after the sentence that announces it ("… is summarized in the table
            // below."): its header row, then a category and a number a row; a category may hold a colon ("Observers:
            // non-member States")
            return rows(paragraph, text.strip().substring(headerFirst.end()), HEADED_ROW, true);
        }
        Optional<List<Counted>> labelled = labelledRows(paragraph, text);
        if (labelled.isPresent()) {
            return labelled;
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0 || !ATTENDANCE_WORDS.matcher(text.substring(0, colon)).find()) {
            return Optional.empty();
        }
        // a table's rows printed on lines of their own are joined as the items of a list ("Observer States 3; …")
        String rows = text.substring(colon + 1).strip().replace("; ", " ");
        Matcher header = TABLE_HEADER.matcher(rows);
        boolean headed = header.find();
        if (headed) {
            rows = rows.substring(header.end());
        }
        return rows(paragraph, rows, ROW, headed);
    }

    /**
     * A table of three columns flattened to text, as PDF extraction gives it: "Category Number Names", then each row's
     * category (its words may wrap), its number and its names ("as listed in document …" or the entities, "A (AB), C
     * (CD)"), all run together. A number standing alone between spaces ends a category where the words before it end
     * in one; the words between two counts are the names of the row before and the category of the next: the category
     * is the shortest end of them that names one, or what follows a reference to the list of participants.
     */
    private static Optional<List<Counted>> tableWithNames(int paragraph, String rows) {
        Matcher number = LONE_NUMBER.matcher(rows);
        List<Counted> out = new ArrayList<>();
        String category = null;
        int count = -1;
        int namesFrom = 0;
        while (number.find()) {
            String before = rows.substring(namesFrom, number.start(1)).strip();
            String names;
            String next;
            if (category == null) {
                names = "";
                next = before;
            } else {
                // a number is a row's count only where the words before it end in a category; any other ("Group of
                // 77", "Article 19") is part of the names
                int cut = categoryStart(before);
                if (cut < 0 && continuesAName(before, rows.substring(number.end(1)))) {
                    continue;
                }
                if (cut < 0) {
                    // a category no table knows ("Invited experts 3"): its own row after the names above, never
                    // words of theirs nor a count of theirs
                    cut = afterLastName(before);
                    if (cut < 0) {
                        return Optional.empty();
                    }
                }
                names = before.substring(0, cut).strip();
                next = before.substring(cut).strip();
            }
            if (next.isEmpty() || TOTAL.matcher(next).matches()) {
                return Optional.empty();
            }
            if (category != null) {
                out.add(row(paragraph, category, count, names));
            }
            category = next;
            count = Integer.parseInt(number.group(1));
            namesFrom = number.end(1);
        }
        if (category == null) {
            return Optional.empty();
        }
        // the last row's names run on to the text after the table: only a reference or a list of names
        String last = rows.substring(namesFrom).strip();
        out.add(row(paragraph, category, count, REFERENCE.matcher(last).lookingAt() || !LAST_NAMES.matcher(last)
                .lookingAt() ? "" : last));
        if (out.stream().anyMatch(c -> c.count().category() != AttendanceCategory.OTHER)) {
            // "Members of the Council" beside rows of States and organisations: the States that are its members
            out.replaceAll(c -> c.count().category() == AttendanceCategory.OTHER && MEMBERS_OF_THE_BODY.matcher(c.heading())
                    .matches() && !NO_BODY_OF_STATES.matcher(c.heading()).find() ? new Counted(c.count().inCategory(AttendanceCategory.MEMBER_STATE), c.heading(), c.names()) : c);
        }
        return out.size() >= 2 ? Optional.of(out) : Optional.empty();
    }

    private static Counted row(int paragraph, String category, int count, String names) {
        ListHeading heading = ListHeading.of(category);
        String listed = REFERENCE.matcher(names).lookingAt() ? "" : names.replaceAll("[,;]$", "");
        return new Counted(new AttendanceCount(paragraph, heading.category(), heading.capacity(), count, false,
                AttendanceCount.Basis.PRINTED), category, listed);
    }

    /**
     * A lone number inside a name ("Article 19 (A19)", "Group of 77 Trust"): the word before it is capitalised or
     * "of", and a bracket, a comma or a capitalised word of the same name follows it.
     */
    private static boolean continuesAName(String before, String after) {
        return NAME_BEFORE_NUMBER.matcher(before).find() && NAME_AFTER_NUMBER.matcher(after).lookingAt();
    }

    /** Where words after the last bracketed name begin with a capital ("… (AU) Invited experts"); -1 if none. */
    private static int afterLastName(String between) {
        Matcher m = AFTER_BRACKET.matcher(between);
        int at = -1;
        while (m.find()) {
            at = m.end();
        }
        return at;
    }

    /**
     * Where the next row's category begins in the words between two numbers; -1 when it cannot be told. After a
     * reference to the list of participants; else right after a name's bracket ("… (OIF) Non-governmental
     * organizations"); else the shortest end of the words that names a category.
     */
    private static int categoryStart(String between) {
        Matcher reference = REFERENCE.matcher(between);
        if (reference.lookingAt()) {
            return reference.end();
        }
        Matcher word = WORD_START.matcher(between);
        List<Integer> starts = new ArrayList<>();
        while (word.find()) {
            String rest = between.substring(word.start());
            if (WORDS_AFTER_BRACKET.matcher(rest).find()) {
                continue; // "States (LAS) Visiting scientists": a name's end and a category of its own, no one category
            }
            if (ListHeading.of(rest).category() != AttendanceCategory.OTHER || MEMBERS_OF_THE_BODY.matcher(rest).matches()) {
                starts.add(word.start());
            }
        }
        for (int start : starts) {
            if (between.substring(0, start).strip().endsWith(")")) {
                return start;
            }
        }
        return starts.isEmpty() ? -1 : starts.get(starts.size() - 1);
    }

    /**
     * "The meeting was attended by representatives of: Member States: 74; Observer States: 1; …": after the first
     * colon that follows words of attendance, a run of lines (joined as the items of a list) each a category and its
     * number (in digits, or in words after a colon or a dash: "Observer States: one"); every item must be such a line,
     * a "Total" line aside.
     */
    private static Optional<List<Counted>> labelledRows(int paragraph, String text) {
        int colon = text.indexOf(':');
        while (colon >= 0 && !ATTENDANCE_WORDS.matcher(text.substring(0, colon)).find()
                && !REGISTERED.matcher(text.substring(0, colon)).find()) {
            colon = text.indexOf(':', colon + 1);
        }
        if (colon < 0) {
            return Optional.empty();
        }
        List<String> items = CountItems.splitOutsideBrackets(text.substring(colon + 1), ";");
        StringBuilder rows = new StringBuilder();
        for (String item : items) {
            Matcher m = LABELLED_ROW.matcher(item);
            if (!m.matches()) {
                return Optional.empty();
            }
            String number = m.group(2) != null ? m.group(2)
                    : String.valueOf(NumberWords.parseCardinal(m.group(3).toLowerCase(java.util.Locale.ROOT)).orElse(-1));
            if (number.equals("-1")) {
                return Optional.empty();
            }
            rows.append(m.group(1).strip()).append(' ').append(number).append(' ');
        }
        return items.size() < 2 ? Optional.empty() : rows(paragraph, rows.toString().strip(), ROW, false);
    }

    private static Optional<List<Counted>> rows(int paragraph, String rows, Pattern rowPattern, boolean headed) {
        List<Counted> out = new ArrayList<>();
        Matcher row = rowPattern.matcher(rows);
        int end = 0;
        while (row.find()) {
            String phrase = row.group(1).strip();
            end = row.end();
            if (TOTAL.matcher(phrase).matches()) {
                continue; // the sum of the rows, no category
            }
            ListHeading heading = ListHeading.of(phrase);
            out.add(new Counted(new AttendanceCount(paragraph, heading.category(), heading.capacity(),
                    Integer.parseInt(row.group(2)), false, AttendanceCount.Basis.PRINTED), phrase, ""));
            end = row.end();
        }
        if (out.stream().anyMatch(c -> c.count().category() == AttendanceCategory.MEMBER_STATE)) {
            // "Members of the Executive Board" in a row beside rows of States: the States that are its members
            out.replaceAll(c -> c.count().category() == AttendanceCategory.OTHER && MEMBERS_OF_THE_BODY.matcher(c.heading())
                    .lookingAt() ? new Counted(c.count().inCategory(AttendanceCategory.MEMBER_STATE), c.heading(), c.names()) : c);
        }
        boolean whole = rows.substring(end).isBlank();
        return whole && (headed ? !out.isEmpty() : out.size() >= 2) ? Optional.of(out) : Optional.empty();
    }

    private static Optional<AttendanceCount> count(int paragraph, String number, String phrase, String capacityWords) {
        OptionalInt n = NumberWords.parseCardinal(number.replaceAll("[\\[\\]]", "").strip()
                .replaceFirst("(?i)^" + CountItems.ABOUT, ""));
        if (n.isEmpty()) {
            return Optional.empty();
        }
        ListHeading heading = ListHeading.of(phrase);
        Capacity capacity = Capacity.fromPhrase(capacityWords);
        boolean approximate = number.replaceAll("[\\[\\]]", "").strip().matches("(?i)^" + CountItems.ABOUT + ".*");
        return Optional.of(new AttendanceCount(paragraph, heading.category(), capacity == null ? heading.capacity()
                : capacity, n.getAsInt(), number.contains("["), approximate ? AttendanceCount.Basis.APPROXIMATE
                : AttendanceCount.Basis.PRINTED));
    }
}
