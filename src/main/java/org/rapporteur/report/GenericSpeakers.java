package org.rapporteur.report;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Speakers a list names only by kind: "business and industry non-governmental organizations", "the women and gender
 * constituency", "representatives of 14 Parties". No entity is named, so no statement row is made for them.
 */
final class GenericSpeakers {

    /** A kind of speaker written in lower case and in the plural, or a constituency: no name of its own. */
    private static final Pattern CATEGORY = Pattern.compile("^(?:the\\s+)?\\p{Ll}[^()]*\\b(?:organi[sz]ations|constituenc(?:y"
            + "|ies)|institutions|entities|agencies|bodies|groups|peoples)$");
    /** "representatives of 14 Parties", "delegations of twenty States": a number of speakers, none named. */
    private static final Pattern COUNTED = Pattern.compile("^(?:(?:the\\s+)?(?:representatives?|delegations?|observers?"
            + "|delegates?|experts?)\\s+(?:of|for|from)\\s+)?(?:\\d[\\d,]*|" + NumberWords.CARDINAL_REGEX + ")\\s+"
            + "(?:\\p{L}+\\s+){0,2}?(?:Parties|States|countries|delegations|members|Governments)\\b",
            Pattern.CASE_INSENSITIVE);

    private GenericSpeakers() {
    }

    /** True when a list item names a kind of speaker, not a speaker, and the tables know no entity by that name. */
    static boolean isCategory(String item, Predicate<String> isKnown) {
        return CATEGORY.matcher(item.strip()).matches() && !isKnown.test(item.strip());
    }

    /** True when a list of speakers starts with a number of them ("representatives of 14 Parties, including …"). */
    static boolean isCounted(String list) {
        return COUNTED.matcher(list.strip()).find();
    }
}
