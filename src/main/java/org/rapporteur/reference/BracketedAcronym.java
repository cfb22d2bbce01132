package org.rapporteur.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name followed by its acronym in parentheses, as reports introduce an organisation ("the Organization for Security
 * and Co-operation in Europe (OSCE)"), or the other way round ("INTERPOL (International Criminal Police
 * Organization)"). Each part is looked up on its own: the full name decides, the acronym confirms; an acronym alone is
 * taken only when most of the full name's distinctive words are in the entity's names, because short acronyms are
 * reused by unrelated bodies (CIS is the Commonwealth of Independent States and also a Center for Internet Security).
 */
final class BracketedAcronym {

    private static final Pattern NAME_AND_BRACKET = Pattern.compile("^([^()]+?)\\s*\\(\\s*([^()]+?)\\s*\\)$");
    /** An acronym as written: one or two words of capitals, digits and joiners, at least two capitals. */
    private static final Pattern ACRONYM_SHAPE = Pattern.compile(
            "(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&./\\-]{0,14}(?: [A-Z][A-Z0-9&./\\-]{1,14})?");
    /** Words too common in organisations' names to tell two of them apart. */
    private static final Set<String> GENERIC = Set.of("united", "nations", "international", "organization",
            "organisation", "office", "agency", "centre", "center", "group", "council", "commission", "committee",
            "union", "institute", "development", "regional", "cooperation", "operation", "states", "state",
            "national", "world", "global", "european", "african", "american", "asian", "arab", "secretariat",
            "programme", "program", "fund", "association", "network", "forum", "community", "bureau", "from",
            "with", "against", "their", "general");
    /** A short name such as Europol or Interpol: taken as the acronym when the full name before it is known. */
    private static final Pattern SHORT_NAME = Pattern.compile("\\p{Lu}[\\p{L}0-9&./\\-]{1,15}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private BracketedAcronym() {
    }

    /** @return the resolution, or empty when the name has no bracketed part that could be an acronym or full name */
    static Optional<Resolution> resolve(String normalised, NameIndex index) {
        if (!normalised.endsWith(")")) {
            return Optional.empty(); // NAME_AND_BRACKET matches only a whole text ending in its bracket
        }
        Matcher m = NAME_AND_BRACKET.matcher(normalised);
        if (!m.matches()) {
            return Optional.empty();
        }
        String outside = Names.normalise(m.group(1));
        String inside = Names.normalise(m.group(2));
        boolean insideIsAcronym = isAcronym(inside) || SHORT_NAME.matcher(inside).matches();
        if (!insideIsAcronym && !isAcronym(outside)) {
            return Optional.empty();
        }
        String full = insideIsAcronym ? outside : inside;
        String acronym = insideIsAcronym ? inside : outside;
        Optional<Entity> byName = index.find(full);
        Optional<Entity> byAcronym = index.find(acronym);
        if (byName.isPresent()) {
            if (byAcronym.isPresent() && !byAcronym.get().equals(byName.get())) {
                return Optional.of(new Resolution(byName, Resolution.Note.ACRONYM_CONFLICT,
                        acronym + " is " + byAcronym.get().name()));
            }
            return Optional.of(Resolution.plain(byName));
        }
        if (byAcronym.isEmpty() || !isAcronym(acronym)) {
            return Optional.empty();
        }
        if (mostlySharesItsWords(full, index.namesOf(byAcronym.get()))) {
            return Optional.of(new Resolution(byAcronym, Resolution.Note.BY_ACRONYM, acronym));
        }
        return Optional.of(new Resolution(Optional.empty(), Resolution.Note.ACRONYM_OF_ANOTHER,
                acronym + " is " + byAcronym.get().name()));
    }

    private static boolean isAcronym(String text) {
        return ACRONYM_SHAPE.matcher(text).matches();
    }

    /**
     * True when most of the full name's distinctive words occur in the entity's names: "Commonwealth of Independent
     * States Executive Committee" for CIS, not "Center for Internet Security", nor a list that swallowed a State
     * ("Brazil and Asian Development Bank").
     */
    private static boolean mostlySharesItsWords(String full, List<String> names) {
        Set<String> words = distinctiveWords(full);
        Set<String> known = new HashSet<>();
        names.forEach(name -> known.addAll(distinctiveWords(name)));
        long shared = words.stream().filter(known::contains).count();
        return shared * 2 > words.size();
    }

    private static Set<String> distinctiveWords(String name) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(Names.folded(Names.normalise(name)));
        while (m.find()) {
            if (!GENERIC.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }
}
