package org.rapporteur.reference;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entity a report means by a name as written: "the Islamic Republic of Iran", "Côte d’Ivoire", "Turkey",
 * "UK". Matching is on whole names only (never a prefix or substring), after {@link #normalise}; a name not in the
 * reference data resolves to nothing rather than to a guess. Former names resolve to the current entity, which
 * carries the current name.
 *
 * <p>A name followed by its acronym in parentheses is resolved by either part (see {@link #lookUp}).
 *
 * <p>One phrasing is understood beyond the tables: "(the) member States of X", "States members of X" and "States
 * Members of the United Nations that are members of X" resolve to X when X is an organisation or a group, since
 * that is how reports name the European Union's members speaking together.
 *
 * <p>Safe to share between threads. Names looked up are remembered (up to {@value #REMEMBERED} of them, then forgotten
 * all at once): a report's lists are tried as many joined pieces, and the same names recur from report to report;
 * an answer depends only on the name and the tables, so remembering it changes none.
 */
public final class NameResolver {

    private static final Pattern MEMBERS_OF = Pattern.compile(
            "(?i)(?:States Members of the United Nations that are members of|member States of|States members of) (.+)");

    private static final Pattern LOST_LETTER = Pattern.compile("\\p{L}[?\\uFFFD]|[?\\uFFFD]\\p{L}");

    private static final int REMEMBERED = 20_000;

    private final NameIndex index;
    private final ConcurrentHashMap<String, Resolution> answered = new ConcurrentHashMap<>();

    /** "Congo, Democratic Republic of the", "Tanzania (United Republic of)": the main word first. */
    private static final Pattern INVERTED = Pattern.compile("^(\\p{Lu}[\\p{L}'\\- ]{1,40}?)(?:,\\s+|\\s*\\()((?:the\\s+)?"
            + "\\p{Lu}[\\p{L}'\\- ]{1,60}?\\s+of(?:\\s+the)?)\\)?$");
    /** Two to four capitalised words: a hyphenated State's name written with spaces. */
    private static final Pattern SHORT_NAME = Pattern.compile("^\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+){1,3}$");
    private static final Predicate<Entity> IS_STATE = e -> e.type() == EntityType.MEMBER_STATE
            || e.type() == EntityType.OBSERVER_STATE;

    public NameResolver(ReferenceData data) {
        this.index = data.index();
    }

    /** @param nameAsWritten not null; may carry "the", curly apostrophes, odd spaces or a trailing full stop */
    public Optional<Entity> resolve(String nameAsWritten) {
        return lookUp(nameAsWritten).entity();
    }

    /**
     * Like {@link #resolve}, and says how: a name followed by its acronym in parentheses ("the International
     * Telecommunication Union (ITU)") is resolved by its full name, by its acronym, or by both, and a conflict between
     * the two, or an acronym alone that belongs to an entity of another name, is noted for a finding.
     *
     * @param nameAsWritten not null
     */
    public Resolution lookUp(String nameAsWritten) {
        Resolution known = answered.get(Objects.requireNonNull(nameAsWritten, "nameAsWritten"));
        if (known != null) {
            return known;
        }
        Resolution resolution = lookUpAnew(nameAsWritten);
        if (answered.size() >= REMEMBERED) {
            answered.clear();
        }
        answered.put(nameAsWritten, resolution);
        return resolution;
    }

    private Resolution lookUpAnew(String nameAsWritten) {
        String name = normalise(nameAsWritten);
        Optional<Entity> direct = index.find(name);
        if (direct.isPresent()) {
            return Resolution.plain(direct);
        }
        Optional<Resolution> bracketed = BracketedAcronym.resolve(name, index);
        if (bracketed.isPresent()) {
            return bracketed.get();
        }
        if (hasLostLetters(name)) {
            return withLostLetters(name);
        }
        Optional<Entity> reordered = stateReordered(name);
        if (reordered.isPresent()) {
            return Resolution.plain(reordered);
        }
        return Resolution.plain(membersOf(name));
    }

    /**
     * A State's name as lists sorted by the main word print it: "Congo, Democratic Republic of the", "Tanzania
     * (United Republic of)", "Eswatini (Kingdom of)" read as "Democratic Republic of the Congo", "United Republic of
     * Tanzania", "Kingdom of Eswatini"; and a hyphenated name written with a space ("Timor Leste", "Guinea Bissau").
     * Only a State is taken so: the words are reordered, never guessed.
     */
    private Optional<Entity> stateReordered(String name) {
        // INVERTED needs a comma or an opening bracket: without one the pattern is not tried (most names asked are
        // word runs that are no name)
        Matcher inverted = name.indexOf(',') >= 0 || name.indexOf('(') >= 0 ? INVERTED.matcher(name) : null;
        if (inverted != null && inverted.matches()) {
            Optional<Entity> state = index.find(normalise(inverted.group(2) + " " + inverted.group(1))).filter(IS_STATE);
            if (state.isPresent()) {
                return state;
            }
        }
        if (SHORT_NAME.matcher(name).matches()) {
            for (int at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
                Optional<Entity> state = index.find(name.substring(0, at) + "-" + name.substring(at + 1)).filter(IS_STATE);
                if (state.isPresent()) {
                    return state;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when the name holds a "?" or a replacement character where a letter should be: what is left of a letter
     * that a file's encoding could not hold ("Kova?evi?", "C\uFFFDte d'Ivoire").
     */
    public static boolean hasLostLetters(String name) {
        // most names hold neither mark: answered without a scan by the pattern
        return (name.indexOf('?') >= 0 || name.indexOf('\uFFFD') >= 0) && LOST_LETTER.matcher(name).find();
    }

    private Resolution withLostLetters(String name) {
        StringBuilder regex = new StringBuilder();
        for (String part : Names.caseless(name).split("[?\uFFFD]", -1)) {
            if (!regex.isEmpty()) {
                regex.append("\\p{L}");
            }
            regex.append(Pattern.quote(part));
        }
        java.util.Set<Entity> fits = index.matching(Pattern.compile(regex.toString()));
        return fits.size() == 1
                ? new Resolution(Optional.of(fits.iterator().next()), Resolution.Note.UNREADABLE_LETTERS,
                        fits.iterator().next().name())
                : new Resolution(Optional.empty(), Resolution.Note.UNREADABLE_LETTERS, "");
    }

    private Optional<Entity> membersOf(String name) {
        Matcher matcher = MEMBERS_OF.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return index.find(normalise(matcher.group(1)))
                .filter(e -> e.type() == EntityType.IGO || e.type() == EntityType.GROUP);
    }

    /**
     * The spelling names are compared in: Unicode NFC; curly and other apostrophes to {@code '}; Unicode dashes to
     * {@code -}; every kind of space to one plain space, trimmed; trailing {@code . , ; :} and one leading "the "
     * dropped. Case is kept (short upper-case codes are case-sensitive), and nothing is guessed: "Chile1" stays.
     */
    public static String normalise(String written) {
        return Names.normalise(written);
    }
}
