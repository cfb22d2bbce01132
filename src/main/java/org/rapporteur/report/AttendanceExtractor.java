package org.rapporteur.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;

/**
 * Attendance, in either style a report uses: counts ("attended by representatives of 91 Member States, an observer
 * State, …") and lists by category ("The following States parties to the Convention were represented: …").
 * A category that is listed but not counted is counted from its list.
 */
final class AttendanceExtractor {

    private static final String CARD = NumberWords.CARDINAL_REGEX;
    private static final Pattern ATTENDED_BY = Pattern.compile(
            "\\b(?:attended\\s+by|attending\\s+(?:the\\s+(?:session|meeting)\\s+)?(?:was|were))\\s+(?:the\\s+)?"
                    + "(?:representatives|experts|delegations|delegates|observers|participants)?"
                    + "\\s*(?:of|from|for)?\\s*(.+)", Pattern.CASE_INSENSITIVE);
    /** "Also attending were …", "was also attended by …": more of the same meeting, added to what came before. */
    private static final Pattern ALSO = Pattern.compile("\\balso\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_ITEM = Pattern.compile(
            "^(?:by\\s+)?(?:(?:the\\s+)?(?:representatives|experts|observers|delegations)\\s+(?:of|from|for)\\s+)?"
                    + "(\\[\\s*(?:…|\\.{2,})?\\s*\\]|\\[?(?:" + CARD + ")\\]?)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:by\\s+)?(?:(?:the\\s+)?(?:representatives|experts|observers|delegations)\\s+(?:of|from|for)\\s+)?"
                    + "(?:\\[\\s*(?:…|\\.{2,})?\\s*\\]|\\[?(?:" + CARD + ")\\]?)\\s", Pattern.CASE_INSENSITIVE);
    static final Pattern REPRESENTED = Pattern.compile(
            "^(?:The|the)\\s+following\\s+(.{2,160}?)\\s+(?:was|were)\\s+(?:also\\s+)?represented\\b([^:]{0,120}):\\s*(.+)$");

    private static final Pattern REPRESENTED_ONE = Pattern.compile(
            "^(?:The\\s+)?(.{2,120}?)(?:,\\s+(an?\\s+[^,]{3,160}),)?\\s+(?:was|were)\\s+(?:also\\s+)?represented\\b([^:]*)$");

    private final EntityNames names;
    private final List<Finding> findings;
    private final NameListSplitter splitter;

    AttendanceExtractor(EntityNames names, List<Finding> findings) {
        this.names = names;
        this.findings = findings;
        this.splitter = new NameListSplitter(names::isKnown);
    }

    /** The result: counts per category and the REPRESENTED participation from lists. */
    record Attendance(List<AttendanceCount> counts, List<Participation> represented) {
    }

    Attendance extract(List<Paragraph> paragraphs) {
        Map<AttendanceCategory, AttendanceCount> counted = new EnumMap<>(AttendanceCategory.class);
        List<Participation> represented = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (String sentence : SentenceSplitter.split(p.text())) {
                Matcher attended = ATTENDED_BY.matcher(sentence);
                if (attended.find()) {
                    // within a sentence the items add up; a later sentence's count of a category replaces an
                    // earlier one's, which may recount an earlier meeting ("The first meeting was attended by …")
                    Map<AttendanceCategory, AttendanceCount> inSentence = new EnumMap<>(AttendanceCategory.class);
                    counts(p.number(), attended.group(1), inSentence);
                    if (ALSO.matcher(sentence.substring(0, attended.start(1))).find()) {
                        inSentence.forEach((category, count) -> counted.merge(category, count,
                                (a, b) -> new AttendanceCount(a.paragraph(), a.category(), a.count() + b.count(),
                                        a.provisional() || b.provisional())));
                    } else {
                        counted.putAll(inSentence);
                    }
                }
                Matcher listed = REPRESENTED.matcher(sentence);
                if (listed.find()) {
                    represented.addAll(list(p.number(), listed.group(1) + " " + listed.group(2), listed.group(3)));
                } else {
                    one(p.number(), sentence).ifPresent(represented::add);
                }
            }
        }
        represented = names.withoutDuplicates(represented);
        Map<AttendanceCategory, AttendanceCount> fromLists = countLists(represented);
        fromLists.forEach(counted::putIfAbsent);
        return new Attendance(List.copyOf(counted.values()), represented);
    }

    private void counts(int paragraph, String enumeration, Map<AttendanceCategory, AttendanceCount> counted) {
        String text = enumeration.replaceAll("\\.$", "").strip();
        for (String item : items(text)) {
            Matcher m = COUNT_ITEM.matcher(item);
            if (!m.matches()) {
                continue;
            }
            String number = m.group(1);
            String phrase = m.group(2);
            AttendanceCategory category = AttendanceCategory.fromPhrase(phrase);
            if (NameListSplitter.PLACEHOLDER.matcher(number).matches()) {
                findings.add(Finding.inParagraph(paragraph, FindingCode.PLACEHOLDER,
                        "The count of " + phrase + " is still a placeholder: \"" + item + "\""));
                continue;
            }
            boolean provisional = number.startsWith("[");
            OptionalInt n = NumberWords.parseCardinal(number.replaceAll("[\\[\\]]", ""));
            if (n.isEmpty()) {
                continue;
            }
            if (category == AttendanceCategory.OTHER) {
                findings.add(Finding.inParagraph(paragraph, FindingCode.UNKNOWN_CATEGORY,
                        "\"" + phrase + "\" is no known attendance category; counted as OTHER"));
            }
            counted.merge(category, new AttendanceCount(paragraph, category, n.getAsInt(), provisional),
                    (a, b) -> new AttendanceCount(a.paragraph(), a.category(), a.count() + b.count(),
                            a.provisional() || b.provisional()));
        }
    }

    /** Cuts "91 Member States, an observer State, 9 institutions from the academia and the private sector" into counts. */
    private static List<String> items(String text) {
        List<String> pieces = new ArrayList<>();
        for (String comma : text.split("\\s*[,;]\\s*")) {
            String rest = comma.replaceFirst("^(?i)and\\s+", "");
            // "one hundred and twelve Member States" is one number, not two items
            String[] ands = rest.split("(?i)(?<!hundred)\\s+and\\s+");
            StringBuilder piece = new StringBuilder(ands[0]);
            for (int i = 1; i < ands.length; i++) {
                if (ITEM_START.matcher(ands[i] + " ").find()) {
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

    private static void add(List<String> pieces, String piece) {
        if (ITEM_START.matcher(piece + " ").find() || pieces.isEmpty()) {
            pieces.add(piece);
        } else {
            pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + piece);
        }
    }

    private List<Participation> list(int paragraph, String categoryPhrase, String list) {
        AttendanceCategory category = AttendanceCategory.fromPhrase(categoryPhrase);
        EntityType kind = kindOf(category);
        List<Participation> out = new ArrayList<>();
        for (NameListSplitter.Item item : splitter.split(list)) {
            if (item.placeholder()) {
                findings.add(Finding.inParagraph(paragraph, FindingCode.PLACEHOLDER,
                        "The list of " + categoryPhrase.strip() + " represented is still a placeholder"));
                continue;
            }
            out.add(new Participation(paragraph, Role.REPRESENTED, names.entity(paragraph, item.name(), kind),
                    item.name(), "", names.behalfName(paragraph, item.onBehalfOf()), category, item.provisional()));
        }
        return out;
    }

    /** "The European Union, a regional economic integration organization …, was represented at the meeting." */
    private java.util.Optional<Participation> one(int paragraph, String sentence) {
        Matcher m = REPRESENTED_ONE.matcher(sentence.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String name = m.group(1);
        return names.resolve(name).map(entity -> {
            String phrase = (m.group(2) == null ? "" : m.group(2)) + " " + m.group(3);
            AttendanceCategory category = categoryOf(entity.type());
            boolean state = entity.type() == EntityType.MEMBER_STATE || entity.type() == EntityType.OBSERVER_STATE;
            if (state && phrase.toLowerCase().contains("observer")) {
                category = AttendanceCategory.OBSERVER_STATE;
            } else if (m.group(2) != null && AttendanceCategory.fromPhrase(m.group(2)) != AttendanceCategory.OTHER
                    && !state) {
                category = AttendanceCategory.fromPhrase(m.group(2));
            }
            return new Participation(paragraph, Role.REPRESENTED, entity, name, "", "", category, false);
        });
    }

    private static AttendanceCategory categoryOf(EntityType type) {
        return switch (type) {
            case MEMBER_STATE -> AttendanceCategory.MEMBER_STATE;
            case OBSERVER_STATE -> AttendanceCategory.OBSERVER_STATE;
            case IGO -> AttendanceCategory.IGO;
            case UN_ENTITY -> AttendanceCategory.UN_ENTITY;
            case NGO -> AttendanceCategory.NGO;
            case ACADEMIA -> AttendanceCategory.ACADEMIA;
            case PRIVATE_SECTOR -> AttendanceCategory.PRIVATE_SECTOR;
            case GROUP, UNKNOWN -> AttendanceCategory.OTHER;
        };
    }

    private static Map<AttendanceCategory, AttendanceCount> countLists(List<Participation> represented) {
        Map<AttendanceCategory, Set<String>> members = new EnumMap<>(AttendanceCategory.class);
        Map<AttendanceCategory, AttendanceCount> counts = new EnumMap<>(AttendanceCategory.class);
        for (Participation p : represented) {
            String key = p.entity().code().isEmpty() ? p.entity().name() : p.entity().code();
            members.computeIfAbsent(p.category(), c -> new LinkedHashSet<>()).add(key);
            AttendanceCount before = counts.get(p.category());
            counts.put(p.category(), new AttendanceCount(before == null ? p.paragraph() : before.paragraph(),
                    p.category(), members.get(p.category()).size(),
                    (before != null && before.provisional()) || p.provisional()));
        }
        return counts;
    }

    static EntityType kindOf(AttendanceCategory category) {
        return switch (category) {
            case MEMBER_STATE -> EntityType.MEMBER_STATE;
            case OBSERVER_STATE -> EntityType.OBSERVER_STATE;
            case UN_ENTITY, SPECIALIZED_AGENCY -> EntityType.UN_ENTITY;
            case IGO -> EntityType.IGO;
            case NGO -> EntityType.NGO;
            case ACADEMIA, ACADEMIA_AND_PRIVATE_SECTOR -> EntityType.ACADEMIA;
            case PRIVATE_SECTOR -> EntityType.PRIVATE_SECTOR;
            case OTHER -> EntityType.UNKNOWN;
        };
    }
}
