package org.rapporteur.participants;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gender column of a list ("Gender", "Sex (F/M)", "Sexe (F/H)", "Sexo (M/H)"): where a list has one, it decides the
 * delegate's gender, as the person or the secretariat stated it; the honorific decides only where the cell is empty.
 * The letters are read as the header spells them out: "F" is a woman and "M" a man, but under "(M/H)" (Spanish
 * mujer/hombre) "M" is a woman; "H" (homme, hombre) is a man. A value that states neither ("Prefer not to say",
 * "Other", "X") is unknown.
 */
final class GenderColumn {

    /** The pair of letters a header spells out: "(F/M)", "(M/H)", "F/H". */
    private static final Pattern LETTERS = Pattern.compile("(?i)\\b([fmh])\\s*/\\s*([fmh])\\b");
    private static final Pattern WOMAN = Pattern.compile("female|woman|women|femme|feminin|femenino|mujer|weiblich|"
            + "frau|f");
    private static final Pattern MAN = Pattern.compile("male|man|men|homme|masculin|masculino|hombre|mannlich|"
            + "mann|h");

    /** Is "M" a woman under this header (a Spanish "M/H" pair)? */
    private final boolean mForWoman;

    private GenderColumn(boolean mForWoman) {
        this.mForWoman = mForWoman;
    }

    /** The reading of a gender column with this header text. */
    static GenderColumn of(String header) {
        Matcher m = LETTERS.matcher(header == null ? "" : header);
        boolean mForWoman = false;
        if (m.find()) {
            String pair = (m.group(1) + m.group(2)).toLowerCase(Locale.ROOT);
            mForWoman = pair.equals("mh") || pair.equals("hm");
        }
        return new GenderColumn(mForWoman);
    }

    /** The gender a cell states, or null when it is empty (the honorific then decides). */
    Gender read(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String value = Normalizer.normalize(cell, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (value.equals("m")) {
            return mForWoman ? Gender.WOMAN : Gender.MAN;
        }
        if (WOMAN.matcher(value).matches()) {
            return Gender.WOMAN;
        }
        if (MAN.matcher(value).matches()) {
            return Gender.MAN;
        }
        return Gender.UNKNOWN;
    }
}
