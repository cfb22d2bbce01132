package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;

/**
 * A list of speakers turned into statement rows: its heading ("the following States:", "the representatives of"),
 * the kind said of its items (", non-governmental organizations"), officials who are no participants, each item with
 * the group it spoke for (and the group's own row), placeholders reported.
 */
final class StatementItems {

    private static final Pattern LIST_HEAD = Pattern.compile(
            "^(?:(?:the|an?)\\s+)?(?:representatives?|observers?|experts?|delegations?|members?|delegates?|(?:ministers"
                    + "\\s+and\\s+)?heads\\s+of\\s+delegations?)\\s+(?:of|for|from)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEATED_OF = Pattern.compile("(,|\\s(?:and|as\\s+well\\s+as))\\s+(?:of|for|from)\\s+"
            + "(?=(?:the\\s+)?\\p{Lu})");
    private static final Pattern ANOTHER_SPEAKER = Pattern.compile("(?i)\\s(?:and|as\\s+well\\s+as)\\s+(?:the|an?)\\s+"
            + SpeakerRoles.ROLE + "\\s+(?:of|for|from)\\s");
    /**
     * ", a regional economic integration organization that is a party to the Convention", ", non-governmental
     * organizations", ", national human rights institutions", ", a State not party to the Protocol": the kind of the
     * items before it, not an item.
     */
    static final Pattern APPOSITIVE = Pattern.compile(",\\s*((?:an?\\s+)?\\p{Ll}[^,()]*?\\b(?:organi[sz]ations?"
            + "|institutions?|entities|entity|agencies|bodies)\\b[^,()]*|an?\\s+(?:[\\p{Ll}-]+\\s+)*State\\s+(?:not\\s+)?"
            + "(?:a\\s+)?(?:party|parties|member|signatory)\\b[^,()]*)$");

    private final EntityNames names;
    private final List<Finding> findings;
    private final NameListSplitter splitter;
    private final NationalOfficials officials;

    StatementItems(EntityNames names, List<Finding> findings) {
        this.names = names;
        this.findings = findings;
        this.splitter = new NameListSplitter(names::isKnownAsWritten);
        this.officials = new NationalOfficials(names::resolve);
    }

    /** The statement rows of a list of speakers, with the heading it may start with ("the following States: …"). */
    List<Participation> rows(int paragraph, String tail) {
        String text = OfficialsByTitle.withoutOfficials(withoutDraftBracket(tail.strip()), names::isKnownAsWritten);
        text = officials.asStates(text);
        ListHeading heading = ListHeading.of("States");
        int colon = topLevelColon(text);
        if (colon >= 0) {
            heading = ListHeading.of(text.substring(0, colon));
            text = text.substring(colon + 1);
        } else {
            Matcher head = LIST_HEAD.matcher(text);
            if (head.find()) {
                // "the observers of A and of the B": the head's "of" said again before the last item
                text = REPEATED_OF.matcher(text.substring(head.end())).replaceAll("$1 ");
            }
        }
        Capacity said = null;
        Matcher appositive = APPOSITIVE.matcher(text);
        if (appositive.find()) {
            said = Capacity.fromPhrase(appositive.group(1));
            heading = colon >= 0 ? heading : ListHeading.of(appositive.group(1));
            text = text.substring(0, appositive.start());
        }
        List<Participation> out = new ArrayList<>();
        // "the secretariat" speaking is the meeting's own; "the secretariat of … and a representative of …" lists two
        if (SpeakerRoles.THE_MEETING_ITSELF.matcher(SpeakerRoles.withoutRole(text)).matches()
                && !ANOTHER_SPEAKER.matcher(text).find()
                && !names.isKnownAsWritten(SpeakerRoles.withoutRole(text))) {
            return out;
        }
        for (NameListSplitter.Item item : splitter.split(text)) {
            out.addAll(statement(paragraph, item, heading, heading.capacity() != null ? heading.capacity() : said));
        }
        return out;
    }

    /**
     * "heard statements from delegates of 40 States, including statements on behalf of the Arab Group and the
     * BASIC countries": the speakers are not named, the groups they spoke for are; one row for each group the tables know.
     */
    List<Participation> groupsSpokenFor(int paragraph, String groups) {
        List<Participation> out = new ArrayList<>();
        for (NameListSplitter.Item item : splitter.split(withoutDraftBracket(groups))) {
            if (item.placeholder()) {
                continue;
            }
            names.behalfEntity(item.name()).ifPresent(group -> out.add(new Participation(paragraph, Role.STATEMENT,
                    group, item.name(), "", "", null, null, item.provisional())));
        }
        return out;
    }

    private List<Participation> statement(int paragraph, NameListSplitter.Item item, ListHeading heading,
                                          Capacity capacity) {
        List<Participation> out = new ArrayList<>();
        if (OfficialsByTitle.onlyOfficials(item.name()) || GenericSpeakers.isCategory(item.name(), names::isKnownAsWritten)) {
            return out;
        }
        if (item.placeholder()) {
            findings.add(Finding.inParagraph(paragraph, FindingCode.PLACEHOLDER, item.onBehalfOf().isEmpty()
                    ? "The speakers are still a placeholder"
                    : "The speaker on behalf of " + item.onBehalfOf() + " is still a placeholder"));
        } else {
            Entity entity = names.entity(paragraph, item.name(), heading.kindOfUnknown(item.name()));
            out.add(new Participation(paragraph, Role.STATEMENT, entity, item.name(), "",
                    names.behalfName(paragraph, item.onBehalfOf(), entity), null, capacity, item.provisional()));
        }
        if (!item.onBehalfOf().isEmpty()) {
            Optional<Entity> group = names.behalfEntity(item.onBehalfOf());
            // "the observer for the European Union (on behalf of the European Union and its member States)": the
            // organisation spoke for itself and its members, no second row for it
            boolean itself = !item.placeholder() && group.equals(names.resolve(item.name()));
            if (group.isPresent() && !itself) {
                out.add(new Participation(paragraph, Role.STATEMENT, group.get(), item.onBehalfOf(), "", "", null,
                        null, item.placeholder() || item.provisional()));
            }
        }
        return out;
    }

    /**
     * "[Statements were also made by the observers for […].]": a draft's sentence in brackets ends in a bracket that
     * closes nothing of the list's.
     */
    private static String withoutDraftBracket(String text) {
        String t = text;
        while (t.endsWith("]") && t.chars().filter(c -> c == ']').count() > t.chars().filter(c -> c == '[').count()) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return FINAL_MARKS.matcher(t).replaceAll("").strip();
    }

    private static final Pattern FINAL_MARKS = Pattern.compile("[.,]+$");

    static int topLevelColon(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
