package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;

/**
 * The entities a sentence of {@link AttendanceCounts} names instead of counting ("the State of Palestine", "two
 * non-member States (the Holy See and the State of Palestine)", "seven other intergovernmental organizations: African
 * Union, …"): represented, each with the category and capacity of its count.
 */
final class NamedInCounts {

    /** "the European Union (Member Organization)", "(observer)": a name and the capacity it attended in. */
    private static final Pattern STATUS_IN_BRACKETS = Pattern.compile(
            "^(.+?)\\s*\\(\\s*(?:an?\\s+)?((?:associate\\s+)?member|observer)(?:\\s+(?:organi[sz]ation|State))?\\s*\\)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A phrase written as a name, capital letters and all ("the United Nations Office for Disaster Risk Reduction"):
     * kept, known or not, where other words of a count sentence are left alone.
     */
    private static final Pattern NAME_LIKE = Pattern.compile("^(?:the\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:of|for|on|in|the|and"
            + "|de|la|du|des|\\p{Lu}[\\p{L}'’.\\-]*|\\(\\p{Lu}[\\p{L}\\-]{1,14}\\)))+$");

    private final EntityNames names;
    private final NameListSplitter splitter;

    NamedInCounts(EntityNames names) {
        this.names = names;
        this.splitter = new NameListSplitter(names::isKnownAsWritten);
    }

    /**
     * The known entities a count sentence names ("the State of Palestine", "the European Union"); other words are
     * left alone, since such a sentence also holds phrases that are no entity ("individual experts").
     *
     * @param category the category of the count they belong to, or null for the entities' own
     */
    List<Participation> named(int paragraph, String text, AttendanceCategory category, Capacity capacity) {
        List<Participation> out = new ArrayList<>();
        for (NameListSplitter.Item listed : splitter.split(text)) {
            if (listed.placeholder()) {
                continue;
            }
            NameListSplitter.Item item = listed;
            Capacity described = capacity;
            Matcher status = STATUS_IN_BRACKETS.matcher(listed.name());
            if (status.matches()) {
                // "the European Union (Member Organization)": the bracket says in what capacity, it names no one
                item = new NameListSplitter.Item(status.group(1), listed.onBehalfOf(), false, listed.provisional());
                described = status.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("observer")
                        ? Capacity.OBSERVER : Capacity.MEMBER;
            }
            Optional<Entity> entity = names.known(paragraph, item.name());
            if (entity.isEmpty() && NAME_LIKE.matcher(item.name()).matches()
                    && AttendanceCategory.fromPhrase(item.name()) == AttendanceCategory.OTHER) {
                // a name, not a phrase: never dropped, an unknown entity with its finding
                entity = Optional.of(names.entity(paragraph, item.name(), category == null
                        ? org.rapporteur.reference.EntityType.UNKNOWN : ListHeading.kindOf(category)));
            }
            String name = item.name();
            Capacity in = described;
            entity.ifPresent(e -> out.add(new Participation(paragraph, Role.REPRESENTED, e, name, "", "",
                    category != null && category != AttendanceCategory.OTHER
                            ? new ListHeading(category, in, java.util.Set.of()).categoryOf(e)
                            : ListHeading.ownCategory(e.type()), in,
                    listed.provisional())));
        }
        return out;
    }
}
