package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.text.GuardedPattern;

/**
 * Entities a sentence of running text names as represented, without "the following … :": "The European Union, a
 * regional economic integration organization, was represented at the meeting", "The International Labour
 * Organization, … and … were also represented", "Also represented were the African Union Commission and …", "The
 * United Nations system was represented by the World Health Organization, … and …".
 */
final class RepresentedInRunningText {

    private static final GuardedPattern REPRESENTED_ONE = GuardedPattern.compile(
            "^(?:The\\s+)?(.{2,400}?)(?:,\\s+(an?\\s+[^,]{3,160}|(?!(?:the|and|as)\\s)\\p{Ll}[^,]{3,160}),)?\\s+(?:(?:was|were)"
                    + "\\s+(?:also\\s+)?represented"
                    + "|(?:also\\s+)?(?:attended|participated)|(?:was|were)\\s+(?:also\\s+)?granted\\s+(observer)\\s+"
                    + "(?:agency\\s+)?status)\\b([^:]*)$");
    /** "Also represented were …", "Also present were …", "Represented as observers were …": the names come last. */
    private static final GuardedPattern NAMES_LAST = GuardedPattern.compile("^(?:(?:In\\s+addition|Further(?:more)?),\\s+)?"
            + "(?i:also\\s+)?(?i:represented|present|attending|in\\s+attendance)(?:\\s+also)?(\\s+(?:as|by)\\s+observers?)?"
            + "\\s+(?:was|were)\\s+(.{2,600}?)\\.?$");
    /**
     * "The United Nations system was represented by the Office …, the … and …": a kind of entity, then its members;
     * "represented by an observer" names none.
     */
    private static final GuardedPattern REPRESENTED_BY = GuardedPattern.compile("^(?:The\\s+)?([^,:;]{2,120}?)\\s+"
            + "(?:was|were)\\s+(?:also\\s+)?represented\\s+(?:at\\s+the\\s+\\w+\\s+)?by\\s+(?!(?:an?|its|their|one"
            + "|two|three|\\d+)\\s)(.{2,600}?)\\.?$");
    /** "A and B were among the intergovernmental organizations represented": the names, then the kind. */
    private static final GuardedPattern AMONG = GuardedPattern.compile("^(?:The\\s+)?(.{2,400}?)\\s+(?:was|were)\\s+(?:also\\s+)?"
            + "among\\s+the\\s+(.{3,160}?)\\s+(?:(?:that|which)\\s+)?(?:represented|present|in\\s+attendance|attending"
            + "|attended|participating|participated)\\b[^,;:]{0,60}?\\.?$");
    /**
     * "The regional organizations present were the League of Arab States and the African Union": a kind of entity the
     * attendance counts (with its number or not), then every one of them named; taken only where the kind is an
     * attendance category and every name is known.
     */
    private static final GuardedPattern KIND_WERE = GuardedPattern.compile("^The\\s+(?:(?:" + NumberWords.CARDINAL_REGEX
            + ")\\s+)?([\\p{L} -]{3,120}?)\\s+(?:was|were)\\s+((?:the\\s+)?\\p{Lu}.{1,600}?)\\.?$");
    /** A name as written, capital letters and all: "National Human Rights Commission of Nigeria". */
    private static final Pattern NAME_LIKE = Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:of|for|on|in|the|and|de|la|du"
            + "|des|\\p{Lu}[\\p{L}'’.\\-]*))+$");

    private final EntityNames names;
    private final NameListSplitter splitter;

    RepresentedInRunningText(EntityNames names, NameListSplitter splitter) {
        this.names = names;
        this.splitter = splitter;
    }

    /** The entities the sentence names as represented, or none when it is no such sentence. */
    List<Participation> read(int paragraph, String sentence) {
        String text = sentence.strip();
        Matcher last = NAMES_LAST.matcher(text);
        if (last.matches()) {
            String phrase = last.group(1) == null ? "" : last.group(1);
            return named(paragraph, ListHeading.of(phrase), splitter.split(last.group(2)), false);
        }
        Matcher among = AMONG.matcher(text);
        if (among.matches()) {
            List<Participation> out = named(paragraph, ListHeading.of(among.group(2)), splitter.split(among.group(1)),
                    false);
            if (!out.isEmpty()) {
                return out;
            }
        }
        Matcher kind = KIND_WERE.matcher(text);
        if (kind.matches() && ListHeading.of(kind.group(1)).category() != AttendanceCategory.OTHER) {
            List<NameListSplitter.Item> items = splitter.split(kind.group(2));
            if (!items.isEmpty() && items.stream().allMatch(i -> !i.placeholder() && names.isKnown(i.name()))) {
                return named(paragraph, ListHeading.of(kind.group(1)), items, false);
            }
        }
        Matcher by = REPRESENTED_BY.matcher(text);
        if (by.matches()) {
            List<Participation> out = named(paragraph, ListHeading.of(by.group(1)), splitter.split(by.group(2)), false);
            if (!out.isEmpty()) {
                return out;
            }
        }
        Matcher m = REPRESENTED_ONE.matcher(text);
        if (!m.matches()) {
            return List.of();
        }
        String subject = m.group(1);
        String phrase = (m.group(2) == null ? "" : m.group(2)) + " " + (m.group(3) == null ? "" : "observers ")
                + m.group(4);
        java.util.Optional<Entity> whole = names.resolve(subject);
        List<NameListSplitter.Item> items = whole.isPresent()
                ? List.of(new NameListSplitter.Item(subject, "", false, false)) : splitter.split(subject);
        // "The National Human Rights Commission of Nigeria, a national human rights institution, also attended": a
        // name the tables do not know, which the words after it say is an entity
        boolean describedName = m.group(2) != null && items.size() == 1 && NAME_LIKE.matcher(items.get(0).name()).matches();
        return named(paragraph, ListHeading.of(phrase), items, describedName);
    }

    /** One row per item; none when no item is a known name ("The session was represented …") unless described. */
    private List<Participation> named(int paragraph, ListHeading heading, List<NameListSplitter.Item> items,
            boolean describedName) {
        List<Participation> out = new ArrayList<>();
        if (items.stream().noneMatch(item -> names.isKnown(item.name())) && !describedName) {
            return out;
        }
        for (NameListSplitter.Item item : items) {
            if (item.placeholder()) {
                continue;
            }
            // "The Holy See was represented by an observer": no category in the words, the entity's own
            Entity entity = names.entity(paragraph, item.name(), ListHeading.kindOf(heading.category()));
            out.add(new Participation(paragraph, Role.REPRESENTED, entity, item.name(), "", "",
                    heading.categoryOf(entity), heading.capacity(), item.provisional()));
        }
        return out;
    }
}
