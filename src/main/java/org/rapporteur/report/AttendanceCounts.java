package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * A sentence that counts attendance, each count as the report prints it: "The meeting was attended by representatives
 * of 91 Member States, an observer State, …", "Also attending were observers for 87 other States …", "Observers for
 * [92] other States Members of the United Nations, the Holy See and the State of Palestine also attended, as did
 * representatives of [16] United Nations entities, …", "In addition, 14 non-governmental organizations attended the
 * session", "58 non-governmental organizations … and 23 other … were represented by observers", "Stakeholders … were
 * also represented: 23 non-governmental organizations, 12 academic institutions and 7 private-sector entities".
 * Entities the sentence names instead of counting ("the State of Palestine", "two non-member States (the Holy See and
 * the State of Palestine)", "seven other intergovernmental organizations: African Union, …") are represented, not
 * counted. "More than 600" is a count printed as a bound: {@link AttendanceCount.Basis#APPROXIMATE}.
 */
final class AttendanceCounts {

    private static final String ROLE = CountItems.ROLE;
    /** One lower-case word that qualifies the capacity ("as admitted observers", "as accredited observers"). */
    private static final String QUALIFIED = "(?:(?!did\\b)\\p{Ll}[\\p{Ll}-]+\\s+)?";
    private static final GuardedPattern ATTENDED_BY = GuardedPattern.compile(
            "\\b(?:attended\\s+by|attending\\s+(?:the\\s+(?:session|meeting)\\s+)?(?:was|were)|also\\s+attended\\s+(?:was|were)"
                    // "in attendance were" and who attended, its role first ("observers for" a number of States)
                    + "|in\\s+attendance\\s+(?:was|were)"
                    // "credentials had been submitted by 47 observer delegations …": a board's count of who attended
                    + "|credentials\\s+(?:had\\s+been|have\\s+been|were|was)\\s+(?:submitted|received|presented)\\s+(?:by|from))"
                    + "\\s+(?:the\\s+)?"
                    + ROLE + "?\\s*(?:of|from|for)?\\s*(.+)", Pattern.CASE_INSENSITIVE);
    /**
     * "Observers for … also attended, as did representatives of …", "…, together with representatives of …", "In
     * addition, 14 non-governmental organizations attended the session": the counts come before the verb.
     */
    private static final GuardedPattern COUNTED_THEN_ATTENDED = GuardedPattern.compile(
            "^(?:(?:in\\s+addition|moreover|furthermore|further|in\\s+all|in\\s+total|altogether)\\s*,\\s+)?"
                    // "In accordance with rule 39, paragraph 2, 30 non-governmental organizations attended": the rule first
                    + "(?:(?:in\\s+accordance\\s+with|pursuant\\s+to|under)\\s+(?:rule|article)\\s+\\d+[a-z]?"
                    + "(?:,\\s+paragraphs?\\s+\\d+(?:\\s*\\([a-z]\\))?)?(?:\\s+of\\s+the\\s+rules\\s+of\\s+procedure)?\\s*,\\s+)?(?:" + ROLE
                    + "\\s+(?:of|from|for)\\s+)?(.+?)\\s+(also\\s+)?(?:attended|took\\s+part|participated)\\b(?:\\s+(?!as\\s+" + QUALIFIED
                    + "(?:did|stakeholders|observers|participants)\\b)[^,;:]{1,80}?)?"
                    // "as observers", "as admitted observers", "as accredited participants"
                    + "(?:\\s+as\\s+" + QUALIFIED + "(stakeholders|observers|participants))?(?:,?\\s+(?:as\\s+did|together\\s+with"
                    + "|along\\s+with|as\\s+well\\s+as)\\s+(?:the\\s+)?" + ROLE + "?\\s*(?:of|from|for)?\\s*(.+))?"
                    // ", including the Korea Institute …, the …": some of those counted, named
                    + "(?:,\\s+including\\s+(.+)|,\\s+(?:in\\s+accordance\\s+with|pursuant\\s+to|under)\\s+[^:]+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final GuardedPattern ATTENDED_VERB = GuardedPattern.compile("(?i)\\b(?:attended|took\\s+part|participated)\\b");
    /** ", and the Commission welcomed …", "; their names …", ", which …": a clause after the counts and their verb. */
    private static final Pattern NEXT_CLAUSE = Pattern.compile("(?i)\\s*;\\s*|,?\\s+(?:and|but|while|whereas|where|which|who"
            + "|whose)\\s+(?!(?:by\\s+)?(?:the\\s+)?(?:representatives?|observers?|delegations?|experts?)\\b)(?!\\d)(?!(?:"
            + NumberWords.CARDINAL_REGEX + ")\\s)");
    /** "… and 23 other non-governmental organizations were represented by observers": the counts are the subject. */
    private static final GuardedPattern COUNTED_THEN_REPRESENTED = GuardedPattern.compile(
            "^(.+?)\\s+(?:was|were)\\s+(?:also\\s+)?represented(?:\\s+by\\s+(?:an?\\s+)?(observers?|representatives?))?"
                    + "(?:\\s+at\\s+the\\s+(?:session|meeting))?$", Pattern.CASE_INSENSITIVE);
    /**
     * "Represented as well were eleven specialized agencies and 40 civil society groups", "Present at the session
     * were observers for 12 …": the verb first, the counts after it.
     */
    private static final GuardedPattern REPRESENTED_THEN_COUNTED = GuardedPattern.compile(
            "^(?:also\\s+)?(?:represented|present)(?:\\s+as\\s+well)?(?:\\s+at\\s+the\\s+(?:session|meeting))?\\s+(?:was|were)"
                    + "\\s+(?:also\\s+)?"
                    + "(?:by\\s+)?(?:(?:the\\s+)?" + ROLE + "\\s+(?:of|from|for)\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);
    /** "Stakeholders … were also represented: 23 non-governmental organizations, …": the counts follow a colon. */
    private static final GuardedPattern REPRESENTED_COUNTS = GuardedPattern.compile(
            "\\b(?:was|were)\\s+(?:also\\s+)?represented(?:\\s+by\\s+(?:an?\\s+)?(observers?|representatives?))?"
                    + "\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** ", as well as representatives of …": another part of an enumeration, with a role of its own. */
    private static final Pattern AS_WELL_AS_ROLE = Pattern.compile("(?i),?\\s+as\\s+well\\s+as\\s+(?:by\\s+)?(?:the\\s+)?"
            + "(representatives?|observers?|delegations?)\\s+(?:of|from|for)\\s+");
    /** "Also attending were …", "was also attended by …": more of the same meeting, added to what came before. */
    private static final Pattern ALSO = Pattern.compile("\\balso\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_ADDITION = Pattern.compile(
            "^(?:in\\s+addition|moreover|furthermore|further)\\s*,", Pattern.CASE_INSENSITIVE);
    static final Pattern COUNT_ITEM = Pattern.compile(
            "^(?:by\\s+)?(?:" + CountItems.ROLE_ARTICLE + ROLE + "\\s+(?:of|from|for)\\s+)?" + CountItems.NUMBER
                    // "an observer from the Holy See": a role in the singular, no count of one
                    + "\\s+(?!" + ROLE.replace("(", "(?:") + "\\s+(?:of|from|for)\\s)(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "; and by representatives from" before a colon and the counts it introduces: no item of its own. */
    private static final Pattern ROLE_BEFORE_COLON = Pattern.compile("[,;]?\\s*(?:and\\s+)?(?:by\\s+)?"
            + CountItems.ROLE_ARTICLE + ROLE + "\\s+(?:of|from|for)\\s*$", Pattern.CASE_INSENSITIVE);
    /** ", through the Private Sector Mechanism (PSM)": how the entities counted took part, no category word. */
    private static final Pattern THROUGH = Pattern.compile(",\\s+(?:through|via)\\s+.*$", Pattern.CASE_INSENSITIVE);
    /** "117 Members of the Committee": the body's members, States where delegates or representatives attend for them. */
    private static final Pattern MEMBERS_OF_THE_BODY = Pattern.compile(
            "^(?:the\\s+)?(?:other\\s+)?members\\s+of\\s+(?:the\\s+\\p{L}+|(?-i:\\p{Lu})[\\p{L}-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_ALL = Pattern.compile("^of\\s+(?:the\\s+|its\\s+)?\\d{1,4}\\s+(?=members\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * ", including A and B" after a count and before the next count (or the end of the enumeration): names some of the
     * entities of the count before it.
     */
    private static final Pattern INCLUDING_SOME = Pattern.compile(",\\s+including\\s+([^()\\[\\];:]+?)(?=,\\s+(?:and\\s+)?"
            + CountItems.NUMBER + "\\s|,?\\s+and\\s+" + CountItems.NUMBER + "\\s|$)", Pattern.CASE_INSENSITIVE);
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

    private final List<Finding> findings;
    private final NamedInCounts namedIn;

    AttendanceCounts(EntityNames names, List<Finding> findings) {
        this.findings = findings;
        this.namedIn = new NamedInCounts(names);
    }

    /** The counts of a sentence, or empty when it counts no attendance. */
    Optional<Counted> read(int paragraph, String sentence) {
        String stripped = sentence.strip();
        String text = stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
        Matcher before = COUNTED_THEN_ATTENDED.matcher(text);
        if (!before.matches()) {
            // "… attended the session as observers, and the Commission welcomed their participation": the counts end
            // where another clause begins
            Matcher verb = ATTENDED_VERB.matcher(text);
            if (verb.find()) {
                Matcher clause = NEXT_CLAUSE.matcher(text);
                if (clause.find(verb.end())) {
                    before = COUNTED_THEN_ATTENDED.matcher(text.substring(0, clause.start()));
                }
            }
        }
        Optional<Counted> breakdown = before.matches() ? Optional.empty() : partsAfterAColon(paragraph, text);
        if (breakdown.isPresent()) {
            return breakdown;
        }
        if (before.matches() && (before.group(1) != null || CountItems.startsWithACount(before.group(2)))) {
            // "In addition, 19 non-governmental organizations attended": more of the same meeting, like "also"
            boolean added = before.group(3) != null || IN_ADDITION.matcher(text).find();
            // "41 members of the Authority participated … as observers": observers for them, as a role before says
            boolean asObservers = before.group(1) == null && "observers".equalsIgnoreCase(before.group(4));
            Counted first = counts(paragraph, before.group(2), asObservers ? before.group(4) : before.group(1), added);
            if (asObservers) {
                first = new Counted(first.counts().stream().map(c -> c.inCapacity(Capacity.OBSERVER)).toList(),
                        first.also(), first.named().stream().map(r -> r.inCapacity(Capacity.OBSERVER)).toList());
            }
            if (before.group(7) != null && first.counts().size() == 1) {
                // "Observers for 16 institutes of the … network attended, including A, B and C": that count's entities
                AttendanceCount only = first.counts().get(0);
                List<Participation> named = new ArrayList<>(first.named());
                named.addAll(namedIn.named(paragraph, before.group(7), only.category(), only.capacity()));
                first = new Counted(first.counts(), first.also(), named);
            }
            if (before.group(6) == null) {
                return Optional.of(first);
            }
            Counted second = counts(paragraph, before.group(6), before.group(5), true);
            List<AttendanceCount> all = new ArrayList<>(first.counts());
            all.addAll(second.counts());
            List<Participation> named = new ArrayList<>(first.named());
            named.addAll(second.named());
            return Optional.of(new Counted(all, first.also(), named));
        }
        Matcher attended = ATTENDED_BY.matcher(sentence);
        if (attended.find()) {
            boolean also = ALSO.matcher(sentence.substring(0, attended.start(2))).find();
            // observers for a number of States, "as well as" representatives of a number of entities: the
            // second part has a role of its own, and the observers' capacity stops before it
            Matcher other = AS_WELL_AS_ROLE.matcher(attended.group(2));
            if (other.find()) {
                Counted first = counts(paragraph, attended.group(2).substring(0, other.start()), attended.group(1), also);
                Counted second = counts(paragraph, attended.group(2).substring(other.end()), other.group(1), true);
                List<AttendanceCount> all = new ArrayList<>(first.counts());
                all.addAll(second.counts());
                List<Participation> named = new ArrayList<>(first.named());
                named.addAll(second.named());
                return Optional.of(new Counted(all, first.also(), named));
            }
            // "credentials were presented by 20 members of the Authority": delegations of States present credentials
            boolean credentials = attended.group().regionMatches(true, 0, "credentials", 0, 11);
            return Optional.of(counts(paragraph, attended.group(2), attended.group(1), also, credentials));
        }
        Matcher inverted = REPRESENTED_THEN_COUNTED.matcher(text);
        if (inverted.matches() && CountItems.cut(inverted.group(2)).stream().anyMatch(i -> COUNT_ITEM.matcher(i).matches())) {
            return Optional.of(counts(paragraph, inverted.group(2), inverted.group(1), ALSO.matcher(text).find()));
        }
        Matcher represented = REPRESENTED_COUNTS.matcher(text);
        boolean afterColon = represented.find();
        if (!afterColon) {
            represented = COUNTED_THEN_REPRESENTED.matcher(text);
            if (!represented.matches()) {
                return Optional.empty();
            }
        }
        String enumeration = afterColon ? represented.group(2) : represented.group(1);
        if (CountItems.cut(enumeration).stream().noneMatch(i -> COUNT_ITEM.matcher(i).matches())) {
            return Optional.empty(); // names without numbers: a list, read as one
        }
        return Optional.of(counts(paragraph, enumeration, represented.group(afterColon ? 1 : 2),
                ALSO.matcher(text).find()));
    }

    /**
     * "In all, representatives of forty-six States attended the Meeting: forty-one States of the African region and five
     * States from outside the region": a total, then its parts after a colon, each a count. The parts are the printed
     * counts, as the parts after "of which" are: the total is their sum, and counting both would count it twice.
     */
    private Optional<Counted> partsAfterAColon(int paragraph, String text) {
        int colon = CountItems.topLevel(text, ':');
        Matcher verb = ATTENDED_VERB.matcher(text);
        if (colon < 0 || !verb.find() || verb.start() > colon) {
            return Optional.empty();
        }
        List<String> parts = CountItems.cut(text.substring(colon + 1));
        Matcher total = COUNTED_THEN_ATTENDED.matcher(text.substring(0, colon).strip());
        if (parts.isEmpty() || !parts.stream().allMatch(i -> COUNT_ITEM.matcher(i).matches()) || !total.matches()
                || !CountItems.startsWithACount(total.group(2)) || total.group(6) != null) {
            return Optional.empty();
        }
        boolean added = total.group(3) != null || IN_ADDITION.matcher(text).find();
        return Optional.of(counts(paragraph, text.substring(colon + 1), total.group(1), added));
    }

    /**
     * The count a list's heading prints: "Representatives of the following [70] States members of the Committee
     * attended the session: …".
     *
     * @param phrase the heading's words after "the following"
     */
    Optional<AttendanceCount> printedInHeading(int paragraph, String phrase, ListHeading heading) {
        Matcher m = COUNT_ITEM.matcher(phrase.strip());
        if (!m.matches() || NameListSplitter.PLACEHOLDER.matcher(m.group(2)).matches()) {
            return Optional.empty();
        }
        return CountItems.number(m.group(2)).stream().boxed().findFirst().map(n -> new AttendanceCount(paragraph,
                heading.category(), heading.capacity(), n, m.group(2).contains("["), CountItems.basis(m.group(2))));
    }

    private static Capacity capacity(String role) {
        return role == null ? null : Capacity.fromPhrase(role);
    }

    /** @param role the role the sentence gives all its items ("observers for …"), or null */
    private Counted counts(int paragraph, String enumeration, String role, boolean also) {
        return counts(paragraph, enumeration, role, also, false);
    }

    private static final Pattern FINAL_MARK = Pattern.compile("[.,]$");
    private static final Pattern NAMELY = Pattern.compile(",\\s+(?:namely|that\\s+is)\\s+");
    private static final Pattern LEADING_BY = Pattern.compile("^(?i)by\\s+(?=the\\s|\\p{Lu})");

    /** @param delegates true when the words before say delegations attend for the entities counted */
    private Counted counts(int paragraph, String enumeration, String role, boolean also, boolean delegates) {
        Capacity said = capacity(role);
        boolean delegated = delegates || role != null && !role.isBlank();
        List<AttendanceCount> counts = new ArrayList<>();
        List<Participation> named = new ArrayList<>();
        // "three intergovernmental organizations, namely the African Union, …": the same as after a colon
        String text = NAMELY.matcher(FINAL_MARK.matcher(enumeration.strip()).replaceAll("").strip()).replaceFirst(": ");
        // "9 intergovernmental organizations, including A and B, 47 non-governmental organizations, …": some of one
        // count's entities named between it and the next count, as in brackets after it
        text = INCLUDING_SOME.matcher(text).replaceAll(m -> " (" + Matcher.quoteReplacement(m.group(1).strip()) + ")");
        // "… and seven other intergovernmental organizations: African Union, …": the last count's entities, named
        int colon = CountItems.topLevel(text, ':');
        String listedAfterColon = colon < 0 ? null : text.substring(colon + 1);
        text = colon < 0 ? text : text.substring(0, colon);
        if (listedAfterColon != null && CountItems.cut(listedAfterColon).stream()
                .anyMatch(i -> COUNT_ITEM.matcher(i).matches())) {
            // "…; and by representatives from: 12 United Nations agencies; 84 civil society organizations; …" (the
            // sub-lines of a paragraph): more counts, not the names of the last one
            text = ROLE_BEFORE_COLON.matcher(text).replaceFirst("") + "; " + listedAfterColon;
            listedAfterColon = null;
        }
        AttendanceCategory lastCategory = null;
        Capacity lastCapacity = null;
        List<AttendanceCount> membersOfTheBody = new ArrayList<>();
        for (String item : CountItems.cut(text)) {
            Matcher m = COUNT_ITEM.matcher(item);
            if (!m.matches()) {
                named.addAll(namedIn.named(paragraph, LEADING_BY.matcher(item).replaceFirst(""), null, said));
                continue;
            }
            String number = m.group(2);
            // "31 of the 36 members of the Board": 31 members of the Board
            String phrase = OF_ALL.matcher(THROUGH.matcher(m.group(3)).replaceFirst("")).replaceFirst("");
            Matcher bracket = NAMED_IN_BRACKETS.matcher(phrase);
            String inBrackets = null;
            if (bracket.matches() && !bracket.group(1).isBlank()) {
                phrase = bracket.group(1);
                inBrackets = bracket.group(2);
            }
            AttendanceCategory category = AttendanceCategory.fromPhrase(phrase);
            if (category == AttendanceCategory.OTHER && (m.group(1) != null || delegated)
                    && MEMBERS_OF_THE_BODY.matcher(phrase).find()) {
                // "delegates from 117 Members of the Committee": States; members who attend in person (an expert
                // body's "18 members of the Committee") stay OTHER
                category = AttendanceCategory.MEMBER_STATE;
            }
            Capacity capacity = Capacity.fromPhrase(phrase);
            if (capacity == null) {
                capacity = m.group(1) != null ? Capacity.fromPhrase(m.group(1)) : said;
            }
            lastCategory = category;
            lastCapacity = capacity;
            if (inBrackets != null) {
                named.addAll(namedIn.named(paragraph, inBrackets, category, capacity));
            }
            if (NameListSplitter.PLACEHOLDER.matcher(number).matches()) {
                findings.add(Finding.inParagraph(paragraph, FindingCode.PLACEHOLDER,
                        "The count of " + phrase + " is still a placeholder: \"" + item + "\""));
                // the category attended, its number still to come: a row of its own, never a dropped category
                counts.add(new AttendanceCount(paragraph, category, capacity, 0, true,
                        AttendanceCount.Basis.PLACEHOLDER));
                continue;
            }
            OptionalInt n = CountItems.number(number);
            if (n.isEmpty()) {
                continue;
            }
            if (category == AttendanceCategory.OTHER && !AttendanceCategory.isNamedOther(phrase)) {
                findings.add(Finding.inParagraph(paragraph, FindingCode.UNKNOWN_CATEGORY, "\"" + phrase + "\" "
                        + (AttendanceCategory.isMixed(phrase) ? "counts several kinds of entities together"
                        : "is no known attendance category") + "; counted as OTHER"));
            }
            counts.add(new AttendanceCount(paragraph, category, capacity, n.getAsInt(), number.contains("["),
                    CountItems.basis(number)));
            if (MEMBERS_OF_THE_BODY.matcher(phrase).find()) {
                membersOfTheBody.add(counts.get(counts.size() - 1));
            }
        }
        if (counts.stream().anyMatch(c -> c.category() == AttendanceCategory.MEMBER_STATE
                || c.category() == AttendanceCategory.OBSERVER_STATE
                || c.category() == AttendanceCategory.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION)) {
            // "the 24 Members of the Committee, 103 States Parties …": members counted beside States are States; so
            // are those counted beside observer States or a member organization ("12 members of the Board, two
            // observer States …"): a body whose other members are States or the European Union
            counts.replaceAll(c -> c.category() == AttendanceCategory.OTHER && membersOfTheBody.contains(c)
                    ? c.inCategory(AttendanceCategory.MEMBER_STATE) : c);
        }
        if (listedAfterColon != null && lastCategory != null) {
            named.addAll(namedIn.named(paragraph, listedAfterColon, lastCategory, lastCapacity));
        }
        return new Counted(counts, also, named);
    }
}
