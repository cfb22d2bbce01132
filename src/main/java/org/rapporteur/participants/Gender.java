package org.rapporteur.participants;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A delegate's gender, as the honorific the list gives says it, and never guessed from a name: "Ms.", "Mrs.", "H.E.
 * Ms." are women; "Mr.", "H.E. Mr." men; "H.E.", "Dr.", "Prof.", "Ambassador" or no honorific say nothing.
 */
public enum Gender {
    WOMAN,
    MAN,
    UNKNOWN;

    private static final Set<String> WOMEN = Set.of("ms", "mrs", "miss", "mme", "madame", "mlle", "mademoiselle",
            "sra", "srta", "senora", "senorita", "dona", "frau", "dame", "lady", "her excellency", "her highness",
            "her royal highness", "madam", "signora", "sigra");
    private static final Set<String> MEN = Set.of("mr", "m", "monsieur", "sr", "senor", "don", "herr", "sir",
            "lord", "his excellency", "his highness", "his royal highness", "sig", "signor", "signore");

    /** The gender an honorific ("H.E. Ms.", "Mrs", "Mr.") states; UNKNOWN when it states none or both. */
    public static Gender fromHonorific(String honorific) {
        if (honorific == null || honorific.isBlank()) {
            return UNKNOWN;
        }
        // "Sr.ª", "Srª" (Senhora) are "Sra"; "Sr.º" is "Sr"
        String text = Normalizer.normalize(honorific.replaceAll("\\.?\u00AA", "a").replaceAll("\\.?\u00BA", "")
                        .replaceAll("(?i)\\bsig\\.?\\s*ra\\b", "signora"),
                        Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        boolean woman = false;
        boolean man = false;
        for (String phrase : WOMEN) {
            woman |= containsWords(text, phrase);
        }
        for (String phrase : MEN) {
            man |= containsWords(text, phrase);
        }
        return woman == man ? UNKNOWN : woman ? WOMAN : MAN;
    }

    private static final java.util.regex.Pattern LEADING_HONORIFIC = java.util.regex.Pattern.compile(
            "^\\s*((?:(?:H\\.?\\s?E|S\\.?\\s?E|Excm[oa]|Hon|Dr|Dra|Prof|Rev)\\.?\\s+(?:(?:la|el|le)\\s+)?)?"
            + "(?:Ms|Mrs|Miss|Mr|Mme|Mlle|Sra|Sr|Srta|Madame|Monsieur|Señora|Señor)\\.?"
            + "|(?:H\\.\\s?E|S\\.\\s?E|Dr|Dra|Prof|Rev|Msgr)\\.(?:\\s+(?:Dr|Prof|Rev|Msgr)\\.)?"
            + "|(?:Dr|Dra|Prof)(?=\\s+\\p{Lu}))\\s+\\p{L}");

    /**
     * The honorific at the start of a name, when a list writes it there ("Ms. Ana Silva", also one that says no gender:
     * "Dr. Ana Silva", "Rev. Msgr. Paul Roy"); "" when none. A lone "M." is not taken: in a name it is as likely an
     * initial as "Monsieur".
     */
    static String leadingHonorific(String name) {
        if (name == null) {
            return "";
        }
        java.util.regex.Matcher m = LEADING_HONORIFIC.matcher(name);
        return m.find() ? m.group(1) : "";
    }

    /** "M." with its dot before a given name and a surname ("M. Paul DURAND", "S.E. M. Paul Durand"). */
    private static final java.util.regex.Pattern MONSIEUR_BEFORE_A_NAME = java.util.regex.Pattern.compile(
            "^\\s*(?:S\\.?\\s?E\\.?\\s+)?M\\.\\s+\\p{Lu}[\\p{L}'\u2019\\-]+\\s+\\p{Lu}[\\p{L}'\u2019\\-]+");

    /**
     * Whether a name opens with "M." before a given name and a surname: French "Monsieur" in a list that writes French
     * honorifics elsewhere ("Mme", "Mlle"), or has a French header; alone it is as likely an initial
     * ({@link #leadingHonorific}), so the list decides ({@code ListRows}).
     */
    static boolean monsieurBeforeAName(String name) {
        return name != null && MONSIEUR_BEFORE_A_NAME.matcher(name).find();
    }

    /**
     * Whether an honorific is one only French lists write: "Mme", "Mlle", "Madame", "Monsieur" (never "S.E.", which
     * Spanish lists write too, where "M." is as often "María").
     */
    static boolean frenchHonorific(String honorific) {
        return honorific != null && honorific.strip().matches("(?iu)(?:S\\.\\s?E\\.\\s*)?(?:Mme|Mlle|Mmes|Madame|"
                + "Mademoiselle|Monsieur)\\.?");
    }

    private static boolean containsWords(String text, String phrase) {
        return (" " + text + " ").contains(" " + phrase + " ");
    }
}
