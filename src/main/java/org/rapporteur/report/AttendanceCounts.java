package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;

/**
 * A sentence that counts attendance, each count as the report prints it: "The meeting was attended by representatives
 * of 91 Member States, an observer State, …", "Also attending were observers for 87 other States …", "Observers for
 * [92] other States Members of the United Nations, the Holy See and the State of Palestine also attended, as did
 * representatives of [16] United Nations entities, …". Entities the sentence names instead of counting ("the State of
 * Palestine", "two non-member States (the Holy See and the State of Palestine)") are represented, not counted.
 */
final class AttendanceCounts {

    private static final String CARD = NumberWords.CARDINAL_REGEX;
    private static final String ROLE = "(representatives|experts|delegations|delegates|observers|participants)";
    private static final Pattern ATTENDED_BY = Pattern.compile(
            "\\b(?:attended\\s+by|attending\\s+(?:the\\s+(?:session|meeting)\\s+)?(?:was|were))\\s+(?:the\\s+)?"
                    + ROLE + "?\\s*(?:of|from|for)?\\s*(.+)", Pattern.CASE_INSENSITIVE);
    /** "Observers for … also attended, as did representatives of …": the counts come before the verb. */
    private static final Pattern COUNTED_THEN_ATTENDED = Pattern.compile(
            "^" + ROLE + "\\s+(?:of|from|for)\\s+(.+?)\\s+(also\\s+)?attended\\b(?:\\s+the\\s+(?:session|meeting))?"
                    + "(?:,?\\s+as\\s+did\\s+(?:the\\s+)?" + ROLE + "?\\s*(?:of|from|for)?\\s*(.+))?$",
            Pattern.CASE_INSENSITIVE);
    /** "Also attending were …", "was also attended by …": more of the same meeting, added to what came before. */
    private static final Pattern ALSO = Pattern.compile("\\balso\\b", Pattern.CASE_INSENSITIVE);
    private static final String NUMBER = "(\\[\\s*(?:…|\\.{2,})?\\s*\\]|\\[?(?:" + CARD + ")\\]?)";
    private static final Pattern COUNT_ITEM = Pattern.compile(
            "^(?:by\\s+)?(?:(?:the\\s+)?" + ROLE + "\\s+(?:of|from|for)\\s+)?" + NUMBER + "\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:by\\s+)?(?:(?:the\\s+)?" + ROLE + "\\s+(?:of|from|for)\\s+)?" + NUMBER + "\\s", Pattern.CASE_INSENSITIVE);
    /** "two non-member States (the Holy See and the State of Palestine)": the entities counted, named. */
    private static final Pattern NAMED_IN_BRACKETS = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");

    /**
     * What one sentence says.
     *
     * @param counts the counts, each with its category and capacity
     * @param also   true when the sentence adds to what came before ("Also attending were …")
     * @param named  the entities it names rather than counts
     */
    record Counted(List<AttendanceCount> counts, boolean also, List<Participation> named) {
    }

    private final EntityNames names;
    private final List<Finding> findings;
    private final NameListSplitter splitter;

    AttendanceCounts(EntityNames names, List<Finding> findings) {
        this.names = names;
        this.findings = findings;
        this.splitter = new NameListSplitter(names::isKnownAsWritten);
    }

    /** The counts of a sentence, or empty when it counts no attendance. */
    Optional<Counted> read(int paragraph, String sentence) {
        Matcher before = COUNTED_THEN_ATTENDED.matcher(sentence.strip().replaceAll("\\.$", ""));
        if (before.matches()) {
            Counted first = counts(paragraph, before.group(2), capacity(before.group(1)), before.group(3) != null);
            if (before.group(5) == null) {
                return Optional.of(first);
            }
            Counted second = counts(paragraph, before.group(5), capacity(before.group(4)), true);
            List<AttendanceCount> all = new ArrayList<>(first.counts());
            all.addAll(second.counts());
            List<Participation> named = new ArrayList<>(first.named());
            named.addAll(second.named());
            return Optional.of(new Counted(all, first.also(), named));
        }
        Matcher attended = ATTENDED_BY.matcher(sentence);
        if (attended.find()) {
            boolean also = ALSO.matcher(sentence.substring(0, attended.start(2))).find();
            return Optional.of(counts(paragraph, attended.group(2), capacity(attended.group(1)), also));
        }
        return Optional.empty();
    }

    private static Capacity capacity(String role) {
        return role == null ? null : Capacity.fromPhrase(role);
    }

    /** @param said the capacity the sentence gives all its items ("observers for …"), or null */
    private Counted counts(int paragraph, String enumeration, Capacity said, boolean also) {
        List<AttendanceCount> counts = new ArrayList<>();
        List<Participation> named = new ArrayList<>();
        for (String item : items(enumeration.replaceAll("\\.$", "").strip())) {
            Matcher m = COUNT_ITEM.matcher(item);
            if (!m.matches()) {
                named.addAll(named(paragraph, item, null, said));
                continue;
            }
            String number = m.group(2);
            String phrase = m.group(3);
            Matcher bracket = NAMED_IN_BRACKETS.matcher(phrase);
            String inBrackets = null;
            if (bracket.matches() && !bracket.group(1).isBlank()) {
                phrase = bracket.group(1);
                inBrackets = bracket.group(2);
            }
            AttendanceCategory category = AttendanceCategory.fromPhrase(phrase);
            Capacity capacity = Capacity.fromPhrase(phrase);
            if (capacity == null) {
                capacity = m.group(1) != null ? Capacity.fromPhrase(m.group(1)) : said;
            }
            if (inBrackets != null) {
                named.addAll(named(paragraph, inBrackets, category, capacity));
            }
            if (NameListSplitter.PLACEHOLDER.matcher(number).matches()) {
                findings.add(Finding.inParagraph(paragraph, FindingCode.PLACEHOLDER,
                        "The count of " + phrase + " is still a placeholder: \"" + item + "\""));
                continue;
            }
            OptionalInt n = NumberWords.parseCardinal(number.replaceAll("[\\[\\]]", ""));
            if (n.isEmpty()) {
                continue;
            }
            if (category == AttendanceCategory.OTHER && !phrase.matches("(?is).*\\bprogramme\\s+network\\b.*")) {
                findings.add(Finding.inParagraph(paragraph, FindingCode.UNKNOWN_CATEGORY,
                        "\"" + phrase + "\" is no known attendance category; counted as OTHER"));
            }
            counts.add(new AttendanceCount(paragraph, category, capacity, n.getAsInt(), number.startsWith("["),
                    AttendanceCount.Basis.PRINTED));
        }
        return new Counted(counts, also, named);
    }

    /**
     * The known entities a count sentence names ("the State of Palestine", "the European Union"); other words are
     * left alone, since such a sentence also holds phrases that are no entity ("individual experts").
     *
     * @param category the category of the count they belong to, or null for the entities' own
     */
    private List<Participation> named(int paragraph, String text, AttendanceCategory category, Capacity capacity) {
        List<Participation> out = new ArrayList<>();
        for (NameListSplitter.Item item : splitter.split(text)) {
            Optional<Entity> entity = item.placeholder() ? Optional.empty() : names.known(paragraph, item.name());
            entity.ifPresent(e -> out.add(new Participation(paragraph, Role.REPRESENTED, e, item.name(), "", "",
                    category != null && category != AttendanceCategory.OTHER
                            ? new ListHeading(category, capacity, java.util.Set.of()).categoryOf(e)
                            : ListHeading.ownCategory(e.type()), capacity,
                    item.provisional())));
        }
        return out;
    }

    /** Cuts "91 Member States, an observer State, 9 institutions from the academia and the private sector" into counts. */
    private static List<String> items(String text) {
        List<String> pieces = new ArrayList<>();
        for (String comma : topLevel(text)) {
            String rest = comma.replaceFirst("^(?i)and\\s+", "");
            // "one hundred and twelve Member States" is one number, not two items
            String[] ands = rest.split("(?i)(?<!hundred)\\s+and\\s+(?![^()]*\\))");
            StringBuilder piece = new StringBuilder(ands[0]);
            for (int i = 1; i < ands.length; i++) {
                if (ITEM_START.matcher(ands[i] + " ").find() || startsWithKnownName(ands[i])) {
                    add(pieces, piece.toString());
                    piece = new StringBuilder(ands[i]);
                } else {
                    piece.append(" and ").append(ands[i]);
                }
            }
            add(pieces, piece.toString());
        }
        return pieces;
    }

    /** "the State of Palestine", "the European Union": an item of its own even without a number. */
    private static boolean startsWithKnownName(String text) {
        return text.matches("[Tt]he\\s+\\p{Lu}.*");
    }

    private static List<String> topLevel(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if ((c == ',' || c == ';') && depth == 0) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(text.substring(start).strip());
        return out;
    }

    private static void add(List<String> pieces, String piece) {
        if (ITEM_START.matcher(piece + " ").find() || pieces.isEmpty() || startsWithKnownName(piece)) {
            pieces.add(piece);
        } else {
            pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + piece);
        }
    }
}
