package org.rapporteur.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a piece of a list holds, without the group it spoke for and the speaker's role: what
 * {@link NameListSplitter} looks up to decide whether commas and "and" are inside a name.
 */
final class ItemNames {

    /** A name followed by one bracketed attribution and nothing else: "Antigua and Barbuda (on behalf of …)". */
    private static final Pattern BRACKETED_BEHALF = Pattern.compile(
            "^([^()]*?)\\s*\\(\\s*(?:(?:(?:also|speaking)\\s+){0,2}on\\s+behalf\\s+of|(?:also\\s+)?speaking\\s+(?:also\\s+)?for)\\s+[^()]*\\)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A name followed by an attribution without brackets or commas, as the last words of a sentence put it: "Sao Tome
     * and Principe on behalf of the States …" (with commas, "Egypt, on behalf of …, Mexico", the list goes on).
     */
    private static final Pattern TRAILING_BEHALF = Pattern.compile(
            "^([^(),]*?)\\s+(?:(?:(?:also|speaking)\\s+){0,2}on\\s+behalf\\s+of|(?:also\\s+)?speaking\\s+(?:also\\s+)?for)\\s+[^(),]*$", Pattern.CASE_INSENSITIVE);
    static final Pattern LEADING_BEHALF = Pattern.compile(
            "^(?i)(?:(?:(?:also|speaking)\\s+){0,2}on\\s+behalf\\s+of|(?:also\\s+)?speaking\\s+(?:also\\s+)?for)\\s+");

    /** The words for a group: what "as coordinator of" or "(for …" must name to speak for it. */
    private static final String GROUP_WORDS = "(?!(?i:the\\s+)?(?:[^,;()\\s]+\\s+){0,3}?(?i:working|expert|drafting|contact)"
            + "\\s+group\\b)(?!(?i:the\\s+)?(?i:group\\s+of\\s+(?:governmental\\s+)?experts)\\b)"
            + "(?:[^,;()]*?\\b(?:Group|Coalition|Movement|Community|Union|Forum|countries|Alliance|Initiative|Caucus"
            + "|Friends|Association)\\b)";
    /**
     * ", in its capacity as Chair of the Group of 77", ", as coordinator of the Group of Arab States": speaking for the
     * group its office leads.
     */
    private static final Pattern AS_LEADER_OF_GROUP = Pattern.compile("(?i),\\s+(?:in\\s+(?:its|her|his)\\s+capacity\\s+as|as)"
            + "\\s+(?:the\\s+)?(?:current\\s+)?(?:chair(?:person|man|woman)?|president|coordinator|presidency)\\s+of\\s+"
            + "(?=" + GROUP_WORDS + ")");
    /** "Colombia (for the Group of Latin American and Caribbean States)": the bracket says whom the speaker spoke for. */
    private static final Pattern FOR_GROUP_IN_BRACKETS = Pattern.compile("\\(\\s*(?:speaking\\s+)?for\\s+(?=the\\s+"
            + GROUP_WORDS + ")");

    private ItemNames() {
    }

    private static String stripBehalf(String text) {
        return LEADING_BEHALF.matcher(text).replaceFirst("");
    }

    /**
     * The name a piece of a list holds, without the group it spoke for: "Antigua and Barbuda (on behalf of the
     * Alliance of Small Island States)" and "Sao Tome and Principe on behalf of the States Members of the United
     * Nations that are members of the European Union" are the States' names, so their "and" is glued back like any
     * name's.
     */
    static String nameOnly(String text) {
        String plain = text.replace(NameListSplitter.MEMBERS_MARK, "").strip();
        if (!hasBehalf(plain)) {
            // LEADING_BEHALF, BRACKETED_BEHALF and TRAILING_BEHALF all need the word: most pieces lack it
            return SpeakerRoles.withoutRole(plain);
        }
        String name = SpeakerRoles.withoutRole(stripBehalf(plain));
        Matcher m = BRACKETED_BEHALF.matcher(name);
        if (m.matches() && !m.group(1).isBlank()) {
            return m.group(1).strip();
        }
        Matcher trailing = TRAILING_BEHALF.matcher(name);
        return trailing.matches() && !trailing.group(1).isBlank() ? trailing.group(1).strip() : name;
    }

    /** Whether "behalf" is in the text in any case (a match of the patterns that need it is in ASCII letters). */
    private static boolean hasBehalf(String text) {
        // only 'b' and 'B' fold to 'b': the rest of the word is compared only where one stands
        for (int at = 0; at + 6 <= text.length(); at++) {
            char c = text.charAt(at);
            if ((c == 'b' || c == 'B') && text.regionMatches(true, at + 1, "ehalf", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list's words with the other ways of saying whom a speaker spoke for written as "on behalf of": ", in its
     * capacity as Chair of the Group of …", ", as coordinator of the Group of …", "(for the Group of …)". Only a
     * group's words after them count: "as President of the Conference" speaks for no one.
     */
    static String spokenForAsOnBehalf(String list) {
        String text = AS_LEADER_OF_GROUP.matcher(list).replaceAll(", on behalf of ");
        return FOR_GROUP_IN_BRACKETS.matcher(text).replaceAll("(on behalf of ");
    }
}
