package org.rapporteur.participants;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a status column (a registration's state, a speaker's slot) says about whether the row stands: "Withdrawn",
 * "Cancelled", "Declined", "Did not speak", "Retiré", "Annulée", "Retirado" take the row out (the person did not
 * take part, the speaker did not speak); anything else ("Complete", "Approved", "Spoke", "Confirmed", blank) leaves
 * it in.
 */
final class Withdrawals {

    private static final Pattern WITHDRAWN = Pattern.compile("\\b(?:withdrawn|withdrew|cancell?ed|declined|"
            + "rejected|refused|no[- ]?show|did not (?:speak|attend|take the floor)|not (?:speaking|attending)|"
            + "struck|deleted|retiree?|retirad[oa]|annulee?|desistee?|desistio|cancelad[oa]|anulad[oa]|"
            + "rechazad[oa]|rejetee?|storniert|zuruckgezogen|abgesagt)\\b");

    private Withdrawals() {
    }

    /** Does the status cell say the registration or the slot was withdrawn? */
    static boolean withdrawn(String status) {
        if (status == null || status.isBlank()) {
            return false;
        }
        String folded = Normalizer.normalize(status, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return WITHDRAWN.matcher(folded).find();
    }

    /** A name that is an honorific and nothing else ("Mr.", "(Ms.)", "S.E. Mme"). */
    private static final java.util.regex.Pattern HONORIFIC_ONLY = java.util.regex.Pattern.compile("(?i)\\(?\\s*(?:(?:H\\.?\\s?E"
            + "|S\\.?\\s?E|Excm[oa]|Hon)\\.?\\s*)?(?:Ms|Mrs|Miss|Mr|Mme|Mlle|M|Sra|Sr|Srta|Dr|Dra|Prof|Madame|Monsieur)"
            + "\\.?\\s*\\)?");

    /**
     * Why a row names no person, or null: no name, a registration withdrawn ({@code status}), a name that holds the
     * place of one still to come ({@link Placeholders}).
     */
    static String noPerson(String first, String last, String status) {
        if (first.isEmpty() && last.isEmpty() || HONORIFIC_ONLY.matcher((first + " " + last).strip()).matches()) {
            return "No first or last name; the row is left out";
        }
        if (withdrawn(status)) {
            return "The registration's status is \"" + status + "\": not a participant; the row is left out";
        }
        if (Placeholders.isPlaceholder(first, last)) {
            return "The name holds the place of one still to come (\"TBC\", \"N.N.\"): no person; the row is left out";
        }
        return null;
    }
}
