package org.rapporteur.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.Resolution;
import org.rapporteur.text.GuardedPattern;

/**
 * Turns names as written into participation facts: resolves each name, keeps unknown ones as UNKNOWN entities with a
 * finding (never dropped, never guessed), and flags a name listed twice in one list. One instance per report: it
 * remembers the names the report's own lists gave a kind.
 */
final class EntityNames {

    /** "its member States", "its 27 Member States", "their twenty-seven member States". */
    static final String ITS_MEMBERS = "(?:its|their)\\s+(?:own\\s+)?(?:\\d+\\s+|\\p{L}+-\\p{L}+\\s+)?[Mm]ember\\s+States";
    /** A group's name and a bracket at its end: "New Agenda Coalition (Brazil, Egypt and Mexico)". */
    /**
     * "… Wild Fauna and Flora (CITES)": an acronym in brackets after a name; the name the tables do not know is kept
     * without it, so that it and the same name written without its acronym are one entity.
     */
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\((?=[^()]*\\p{Lu}[^()]*\\p{Lu})[\\p{Lu}\\p{Ll}\\d&.-]{2,12}\\)$");
    private static final Pattern MEMBERS_IN_BRACKETS = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    private static final Pattern OWN_MEMBERS = Pattern.compile("(?i)" + ITS_MEMBERS);
    private static final Pattern ORGANISATION_AND_MEMBERS = Pattern.compile(
            "(?i)(.+?),?\\s+and\\s+" + ITS_MEMBERS);

    private static final Pattern MEMBERS_OF_ORGANISATION = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:member\\s+States|States\\s+members|States\\s+Members\\s+of\\s+the\\s+United\\s+Nations\\s+"
                    + "that\\s+are\\s+members)\\s+of\\b");

    private static final GuardedPattern OF_THE_SECRETARIAT = GuardedPattern.compile(
            "(?i),?\\s+of\\s+the\\s+(?:United\\s+Nations\\s+)?Secretariat\\s*$");
    /**
     * "the Division for Operations of the United Nations Office on Drugs and Crime", "the Treaty Section of the Office of
     * Legal Affairs": a unit named with the organisation it belongs to, which is the participant.
     */
    private static final GuardedPattern UNIT_OF = GuardedPattern.compile("^(?:the\\s+)?(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}"
            // no comma, bracket or "and the" before the organisation: a list's pieces glued are no unit's name
            + "(?:Division|Branch|Section|Unit|Service|Department|Office)\\b(?:(?!\\band\\s+(?:the|an?)\\s)[^(),;])*?\\s+of\\s+"
            + "((?:the\\s+)?\\p{Lu}[^,;]+)$");

    private final NameResolver resolver;
    private final List<Finding> findings;
    /**
     * Names this report's lists gave a kind the tables do not list ("Transparency International" among the NGOs):
     * the same name elsewhere in the report is the same entity, not an unknown one.
     */
    private final Map<String, Entity> listedInThisReport = new java.util.HashMap<>();

    EntityNames(NameResolver resolver, List<Finding> findings) {
        this.resolver = resolver;
        this.findings = findings;
    }

    boolean isKnown(String name) {
        return resolve(name).isPresent();
    }

    /**
     * Whether a text is a whole known name by its own words: an acronym alone does not count, so that a list's items
     * are never glued into one because the last of them ends with an acronym ("African Union Commission, African
     * Union Mechanism for Police Cooperation (AFRIPOL)").
     */
    boolean isKnownAsWritten(String name) {
        Resolution resolution = lookUp(name);
        return resolution.entity().isPresent() && resolution.note() != Resolution.Note.BY_ACRONYM;
    }

    /**
     * Resolves a name; a UN office named with its parent ("Office for Disarmament Affairs of the Secretariat") is tried
     * without it too.
     */
    Optional<Entity> resolve(String name) {
        return lookUp(name).entity();
    }

    private Resolution lookUp(String name) {
        Resolution direct = resolver.lookUp(name);
        if (direct.entity().isPresent()) {
            return direct;
        }
        Entity listed = listedInThisReport.isEmpty() ? null
                : listedInThisReport.get(NameResolver.normalise(name).toLowerCase(java.util.Locale.ROOT));
        if (listed != null) {
            return new Resolution(Optional.of(listed), Resolution.Note.PLAIN, "");
        }
        // a list's pieces are looked up many times over, and few name the Secretariat: the guard saves the scan
        String shorter = OF_THE_SECRETARIAT.mayMatch(name) ? OF_THE_SECRETARIAT.matcher(name).replaceFirst("") : name;
        if (shorter.equals(name)) {
            return UNIT_OF.mayMatch(name) ? organisationOfUnit(name).orElse(direct) : direct;
        }
        Resolution parent = resolver.lookUp(shorter);
        return parent.entity().isPresent() ? parent : direct;
    }

    /** The organisation a unit belongs to ("the Treaty Section of the Office of Legal Affairs"), where it is known. */
    private Optional<Resolution> organisationOfUnit(String name) {
        Matcher unit = UNIT_OF.matcher(name.strip());
        if (!unit.matches()) {
            return Optional.empty();
        }
        Resolution parent = resolver.lookUp(unit.group(1));
        return parent.entity().filter(e -> e.type() != EntityType.MEMBER_STATE && e.type() != EntityType.OBSERVER_STATE
                && e.type() != EntityType.GROUP).isPresent() && parent.note() != Resolution.Note.BY_ACRONYM
                ? Optional.of(parent) : Optional.empty();
    }

    /**
     * The entity for a name from a list of the given kind. A name that resolves to nothing is kept: as an entity of the
     * list's kind where the reference tables do not list such entities (NGOs, academia, private sector), else as
     * UNKNOWN, each with a finding.
     */
    Entity entity(int paragraph, String name, EntityType listKind) {
        Resolution resolution = lookUp(name);
        note(paragraph, name, resolution);
        Optional<Entity> known = resolution.entity();
        if (known.isPresent()) {
            return known.get();
        }
        String clean = NameResolver.normalise(name);
        String withoutAcronym = ACRONYM_AFTER.matcher(clean).replaceFirst("");
        clean = withoutAcronym.contains(" ") ? withoutAcronym : clean;
        if (resolution.note() == Resolution.Note.UNREADABLE_LETTERS) {
            return new Entity("", clean, EntityType.UNKNOWN, "");
        }
        if (listKind == EntityType.NGO || listKind == EntityType.ACADEMIA || listKind == EntityType.PRIVATE_SECTOR
                || listKind == EntityType.ACADEMIA_AND_PRIVATE_SECTOR) {
            findings.add(Finding.inParagraph(paragraph, FindingCode.UNLISTED_ENTITY,
                    "\"" + name + "\" is not in the reference tables; kept as " + listKind + " as the list says"
                            + anotherAcronym(resolution)));
            Entity kept = new Entity("", clean, listKind, "");
            listedInThisReport.putIfAbsent(clean.toLowerCase(java.util.Locale.ROOT), kept);
            return kept;
        }
        findings.add(Finding.inParagraph(paragraph, FindingCode.UNKNOWN_ENTITY,
                "\"" + name + "\" matches no State, organisation or group in the reference tables"
                        + anotherAcronym(resolution)));
        return new Entity("", clean, EntityType.UNKNOWN, "");
    }

    /** Resolves a name and reports how, where that deserves a look; a name that resolves to nothing is not reported. */
    Optional<Entity> known(int paragraph, String name) {
        Resolution resolution = lookUp(name);
        if (resolution.entity().isPresent()) {
            note(paragraph, name, resolution);
        }
        return resolution.entity();
    }

    /** {@link #known(int, String)}, kept (and its resolution reported) only where the entity passes {@code kind}. */
    Optional<Entity> known(int paragraph, String name, java.util.function.Predicate<Entity> kind) {
        Resolution resolution = lookUp(name);
        if (resolution.entity().filter(kind).isEmpty()) {
            return Optional.empty();
        }
        note(paragraph, name, resolution);
        return resolution.entity();
    }

    private static String anotherAcronym(Resolution resolution) {
        return resolution.note() == Resolution.Note.ACRONYM_OF_ANOTHER
                ? " (" + resolution.detail() + ", whose names share no word with this one: not taken)" : "";
    }

    private void note(int paragraph, String name, Resolution resolution) {
        Optional<Entity> known = resolution.entity();
        switch (resolution.note()) {
            case ACRONYM_CONFLICT -> findings.add(Finding.inParagraph(paragraph, FindingCode.ACRONYM_CONFLICT,
                    "\"" + name + "\": the name is " + known.map(Entity::name).orElse("") + " but "
                            + resolution.detail() + "; the name was taken"));
            case BY_ACRONYM -> findings.add(Finding.inParagraph(paragraph, FindingCode.RESOLVED_BY_ACRONYM,
                    "\"" + name + "\": the name is not in the reference tables; resolved by its acronym "
                            + resolution.detail() + " to " + known.map(Entity::name).orElse("")));
            case UNREADABLE_LETTERS -> findings.add(Finding.inParagraph(paragraph, FindingCode.UNREADABLE_NAME,
                    "\"" + name + "\" has letters lost to the file's encoding (\"?\" where a letter was): "
                            + (known.isPresent() ? "read as " + known.get().name() + ", the only known name it fits"
                            : "it fits no single known name and is kept as written") + "; save the file as UTF-8"));
            case PLAIN, ACRONYM_OF_ANOTHER -> {
                // nothing to say, or said with the unknown name
            }
        }
    }

    /**
     * The official name of the group or organisation spoken for, or the text as written when it is not known. An
     * organisation speaking "on behalf of its member States", or a speaker "on behalf of the European Union and its
     * member States", speaks for the organisation's members: "European Union member States".
     *
     * @param speaker the entity that spoke, for "its member States"
     */
    String behalfName(int paragraph, String spokenFor, Entity speaker) {
        if (spokenFor.isEmpty()) {
            return "";
        }
        String onBehalfOf = withoutMembersInBrackets(spokenFor);
        if (OWN_MEMBERS.matcher(onBehalfOf.strip()).matches()) {
            return speaker == null ? onBehalfOf : speaker.name() + " member States";
        }
        Matcher members = ORGANISATION_AND_MEMBERS.matcher(onBehalfOf.strip());
        if (members.matches()) {
            return entity(paragraph, members.group(1), EntityType.GROUP).name() + " member States";
        }
        Optional<List<Entity>> states = severalStates(onBehalfOf);
        if (states.isPresent()) {
            return joined(states.get());
        }
        Entity group = entity(paragraph, onBehalfOf, EntityType.GROUP);
        // "the States Members of the United Nations that are members of the European Union": its members, not it
        boolean ofOrganisation = group.type() == EntityType.IGO && MEMBERS_OF_ORGANISATION.matcher(onBehalfOf).find();
        return group.name() + (ofOrganisation ? " member States" : "");
    }

    /**
     * The group or organisation spoken for, which gets a statement row of its own: none for "its member States" (the
     * speaker is the organisation itself), the organisation for "the European Union and its member States".
     */
    Optional<Entity> behalfEntity(String spokenFor) {
        String onBehalfOf = withoutMembersInBrackets(spokenFor);
        if (onBehalfOf.isEmpty() || OWN_MEMBERS.matcher(onBehalfOf.strip()).matches()) {
            return Optional.empty();
        }
        if (severalStates(onBehalfOf).isPresent()) {
            return Optional.empty(); // States spoken for made no statement of their own
        }
        Matcher members = ORGANISATION_AND_MEMBERS.matcher(onBehalfOf.strip());
        return resolve(members.matches() ? members.group(1) : onBehalfOf);
    }

    /**
     * The group spoken for without the bracket that lists its members: "the New Agenda Coalition (Brazil, Egypt,
     * Ireland, Mexico, New Zealand and South Africa)" is the New Agenda Coalition; a bracket that is no list of known
     * States (an acronym, "(ASEAN)") stays.
     */
    private String withoutMembersInBrackets(String onBehalfOf) {
        Matcher m = MEMBERS_IN_BRACKETS.matcher(onBehalfOf.strip());
        return m.matches() && severalStates(m.group(2)).isPresent() ? m.group(1).strip() : onBehalfOf;
    }

    /**
     * "also on behalf of Costa Rica and Panama", "on behalf of Iceland, Liechtenstein and Norway": several States,
     * each known, spoken for together; empty when the text is one name or holds a name the tables do not know.
     */
    private Optional<List<Entity>> severalStates(String text) {
        List<NameListSplitter.Item> items = new NameListSplitter(this::isKnownAsWritten).split(text);
        if (items.size() < 2) {
            return Optional.empty();
        }
        List<Entity> states = new ArrayList<>();
        for (NameListSplitter.Item item : items) {
            Optional<Entity> state = item.placeholder() || !item.onBehalfOf().isEmpty() ? Optional.empty()
                    : resolve(item.name()).filter(e -> e.type() == EntityType.MEMBER_STATE
                            || e.type() == EntityType.OBSERVER_STATE);
            if (state.isEmpty()) {
                return Optional.empty();
            }
            states.add(state.get());
        }
        return Optional.of(states);
    }

    /** "Costa Rica and Panama", "Iceland, Liechtenstein and Norway": official names as a list is written. */
    private static String joined(List<Entity> entities) {
        List<String> names = entities.stream().map(Entity::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * Keeps the first of each entity in one list and reports the others as DUPLICATE_ENTITY; an unknown name counts
     * by its spelling.
     */
    List<Participation> withoutDuplicates(List<Participation> list) {
        Map<String, Participation> kept = new LinkedHashMap<>();
        List<Participation> out = new ArrayList<>();
        for (Participation p : list) {
            // a State speaking for a group and then for itself in one list made two statements
            String key = p.role() + "|" + (p.entity().code().isEmpty() ? p.entity().name() : p.entity().code())
                    + "|" + p.person() + "|" + p.onBehalfOf();
            if (kept.containsKey(key)) {
                findings.add(Finding.inParagraph(p.paragraph(), FindingCode.DUPLICATE_ENTITY,
                        "\"" + p.nameAsWritten() + "\" (" + describe(p.entity()) + ") is listed more than once"));
            } else {
                kept.put(key, p);
                out.add(p);
            }
        }
        return out;
    }

    private static String describe(Entity e) {
        return e.code().isEmpty() ? e.name() : e.code();
    }
}
