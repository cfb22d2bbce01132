package org.rapporteur.participants;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name that holds the place of one still to come: "TBC", "TBD", "Mr. TBC TBC", "N.N.", "XXX", "[...]", "to be
 * confirmed", "à confirmer", "por confirmar", "(name pending)". A row whose name is such a placeholder is no person: it
 * is reported with its line, never counted.
 */
final class Placeholders {

    private static final Pattern HONORIFICS = Pattern.compile("^(?:(?:h\\.?\\s?e|mr|mrs|ms|mme|m|dr|prof|sr|sra)\\.?"
            + "\\s+)+");
    /** One word that holds a place. */
    private static final Pattern TOKEN = Pattern.compile("tb[cda]\\.?|n\\.?\\s?n\\.?|x{2,}|n/a|\\.{2,}|…|\\?+|-+");
    /** A phrase that holds a place. */
    private static final Pattern PHRASE = Pattern.compile("(?:(?:name|delegate|participant|representative|registration|accreditation|"
            + "delegation|organi[sz]ation|entity)\\s+)?"
            + "(?:to be (?:confirmed|determined|announced|nominated|named|advised)|a confirmer|a determiner|a preciser|"
            + "por confirmar|por determinar|pending|vacant|unknown|not yet (?:known|nominated))");

    private Placeholders() {
    }

    /** Is the name written in these parts (first name, last name) a placeholder? False for an empty name. */
    static boolean isPlaceholder(String... parts) {
        String all = String.join(" ", Arrays.stream(parts).map(p -> p == null ? "" : p).toList());
        String folded = Normalizer.normalize(all, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\[\\]()]", " ").replaceAll("\\s+", " ").strip();
        folded = HONORIFICS.matcher(folded).replaceFirst("").strip();
        if (folded.isEmpty()) {
            return false;
        }
        return PHRASE.matcher(folded).matches()
                || Arrays.stream(folded.split(" ")).allMatch(w -> TOKEN.matcher(w).matches());
    }

    /** Whether the text is a phrase that holds a place ("Registration pending"), not a mark ("-", "n/a", "XXX"). */
    static boolean isPlaceholderPhrase(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\[\\]()]", " ").replaceAll("\\s+", " ").strip();
        return !folded.isEmpty() && PHRASE.matcher(folded).matches();
    }

    /** A delegation cell naming no delegation: a person there in her own capacity, or a dash. */
    private static final Pattern NO_DELEGATION = Pattern.compile("(?i)\\s*(?:(?:in\\s+(?:an?\\s+|his\\s+|her\\s+|their\\s+)?)?"
            + "(?:individual|personal|own)\\s+capacity|[\\-\u2013\u2014]+|(?:a\\s+)?titre\\s+personnel"
            + "|(?:a\\s+)?t[ií]tulo\\s+personal)\\s*");
    /** A type or section naming the meeting's own staff. */
    private static final Pattern STAFF = Pattern.compile("(?i)\\s*(?:the\\s+)?(?:secretariat|secr[ée]tariat|"
            + "secretar[ií]a|conference\\s+staff|staff)\\s*");

    /**
     * Why a row's delegation is none, or null: the cell holds a place ("Registration pending"), names none
     * ("Individual capacity", "—"), or the row's type
     * says it is of the secretariat's staff, who serve the meeting and are no delegation to it.
     */
    static String notADelegation(String delegation, String type) {
        if (isPlaceholderPhrase(delegation)) {
            // "Registration pending", "Delegation to be confirmed": whatever the type, sheet or section says
            return "Unknown delegation \"" + delegation + "\" (it holds the place of one still to come); the row is "
                    + "left out";
        }
        if (NO_DELEGATION.matcher(delegation).matches()) {
            return "The delegation cell names none (\"" + delegation + "\"): the person is not counted; the row is left "
                    + "out";
        }
        if (STAFF.matcher(type).matches()) {
            return "Of the secretariat (\"" + type + "\"), not a delegation: not counted; the row is left out";
        }
        return null;
    }
}
