package org.rapporteur.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the parts of a sentence naming speakers end: what a speaker did (a verb in the past tense), the end of a
 * clause ("…, on behalf of a group of States, expressed …"), a verb a few words on.
 */
final class SpeakerClauses {

    /** What a speaker did: a past tense, after "also", "then" or "both". */
    static final Pattern DID = Pattern.compile("^\\s*,?\\s*(?:(?:also|further|then|both|each|again|likewise)\\s+)*"
            + "(?:\\p{Ll}+ed|said|made|gave|took|spoke|drew|put|set|shared|brought|sought|underscored|noted|thanked"
            + "|reiterated|outlined|informed|expressed|stressed|welcomed|proposed)\\b");
    private static final Pattern ONE_SPACE = Pattern.compile("\\s");

    private SpeakerClauses() {
    }

    /** The first comma outside brackets from {@code from}, before any semicolon, or -1. */
    static int clauseEnd(String sentence, int from) {
        int depth = 0;
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ';') {
                return -1;
            }
            if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where a verb of what speakers did follows within a few words (from {@code at}), or -1. */
    static int verbSoonAfter(String sentence, int at) {
        String rest = sentence.substring(at, Math.min(sentence.length(), at + 120));
        int stop = rest.indexOf(';');
        rest = stop >= 0 ? rest.substring(0, stop) : rest;
        Matcher word = ONE_SPACE.matcher(rest);
        while (word.find()) {
            if (DID.matcher(rest.substring(word.start())).find()) {
                return word.start();
            }
        }
        return -1;
    }
}
