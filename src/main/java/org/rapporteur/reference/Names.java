package org.rapporteur.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spelling rules shared by the keys built from the tables and the names looked up, so both sides agree. Reports
 * extracted from PDF vary in apostrophes, dashes and spaces that a reader does not see; those are evened out, while
 * everything a reader does see (letters, brackets, a footnote digit) is kept, because guessing is worse than missing.
 */
final class Names {

    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018`\u00B4\u02BC]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:\\s]+$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the) ");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The most letters an acronym ({@link #isAcronym}) has. */
    static final int ACRONYM_LENGTH = 5;
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2," + ACRONYM_LENGTH + "}");

    private Names() {
    }

    /**
     * NFC; soft hyphens and zero-width characters removed; apostrophes to {@code '}, dashes to {@code -}; white space
     * collapsed and trimmed; trailing {@code . , ; :} dropped; one leading "the " dropped. Case is kept, since short
     * upper-case codes are matched case-sensitively.
     */
    static String normalise(String written) {
        if (isPlainAscii(written)) {
            return normalisePlain(written);
        }
        String text = Normalizer.normalize(written, Normalizer.Form.NFC);
        text = INVISIBLE.matcher(text).replaceAll("");
        text = APOSTROPHES.matcher(text).replaceAll("'");
        text = DASHES.matcher(text).replaceAll("-");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        text = TRAILING_PUNCTUATION.matcher(text).replaceAll("");
        return LEADING_THE.matcher(text).replaceFirst("");
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Printable ASCII without a back quote: nothing to compose, remove or replace but spaces. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** {@link #normalise} of plain ASCII, without regular expressions: the same steps, where only ' ' is a space. */
    private static String normalisePlain(String written) {
        StringBuilder sb = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != ' ' || !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(c);
            }
        }
        int end = sb.length();
        while (end > 0 && ".,;: ".indexOf(sb.charAt(end - 1)) >= 0) {
            end--;
        }
        sb.setLength(end);
        boolean leadingThe = sb.length() >= 4 && sb.charAt(3) == ' ' && sb.substring(0, 3).equalsIgnoreCase("the");
        return leadingThe ? sb.substring(4) : sb.toString();
    }

    /**
     * A normalised name of two to five upper-case letters (UK, US, DRC, EU, OAS): matched only as written, because
     * lower-case "us" or "Us" is an English word, not the United States.
     */
    static boolean isAcronym(String normalised) {
        return ACRONYM.matcher(normalised).matches();
    }

    /** The key for case-insensitive matching. */
    static String caseless(String normalised) {
        return normalised.toLowerCase(Locale.ROOT);
    }

    /** The key for accent-insensitive matching: "Cote d'Ivoire" for "Côte d'Ivoire", "turkiye" for "Türkiye". */
    static String folded(String normalised) {
        if (isAscii(normalised)) {
            return caseless(normalised); // ASCII has no accents to take off: its decomposition is itself
        }
        String decomposed = Normalizer.normalize(normalised, Normalizer.Form.NFD);
        return caseless(MARKS.matcher(decomposed).replaceAll(""));
    }
}
