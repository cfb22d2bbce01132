package org.rapporteur.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a person's name is in the words before a bracketed country or organisation: the text since the last
 * separator, without honorifics ("Ambassador", "Ms.") and list words ("the panellists were", "elected").
 */
final class PersonNames {

    /** One honorific or more before a name, with the space after each: "H.E. Mr. ", "Ambassador ". */
    static final String HONORIFICS = "(?:(?:" + Honorifics.EXCELLENCY + "\\.|"
            + Honorifics.any(Honorifics.ENGLISH, Honorifics.PROF) + "\\.|" + Honorifics.AMBASSADOR + ")\\s+)+";
    private static final Pattern HONORIFIC = Pattern.compile("^" + HONORIFICS);
    /**
     * A person's name: two to seven capitalised words, particles of names between ("de", "van", "bin"); "?" or U+FFFD
     * may stand for letters a file's encoding lost ("Kova?evi?").
     */
    static final String NAME = "[\\p{Lu}?\\uFFFD][\\p{L}'’.\\-?\\uFFFD]*(?:\\s+(?:[\\p{Lu}?\\uFFFD][\\p{L}'’.\\-?\\uFFFD]*|de|da|das|do"
            + "|dos|del|della|di|van|von|der|den|ten|ter|bin|binti|al|el|la|le|du|y)){1,6}";
    private static final Pattern PERSON_NAME = Pattern.compile("^" + NAME + "$");

    // what comes before a person's name in a segment, compiled once (lastName runs for every segment)
    private static final Pattern LEADING_CONNECTOR = Pattern.compile(
            "^(?i)(?:and|by|as\\s+well\\s+as|together\\s+with|the following panell?ists|panell?ists?)\\s+");
    private static final Pattern UP_TO_BY = Pattern.compile("^.*\\bby\\s+");
    private static final Pattern UP_TO_VERB = Pattern.compile(
            "^.*\\b(?:were|was|included|including|namely|(?:re-)?elected|appointed|designated|confirmed"
            + "|nominated|(?:nomination|election|appointment)\\s+of)\\s+");
    private static final Pattern ACCLAMATION = Pattern.compile("^(?i)acclamation\\s+");
    private static final Pattern UP_TO_UNDER_CHAIR = Pattern.compile("(?i)^.*\\b" + OfficeWords.UNDER_CHAIR + "\\s+");
    /**
     * "Vice-Chair Meiling Zhao" where a list line's office runs into the next name, "agreed that Vice-Chair Ana Ruiz":
     * the office and what comes before it are no part of the name.
     */
    private static final Pattern LEADING_OFFICE = Pattern.compile("^(?:.*\\s)?(?:(?:First|Second|Third|Fourth|Fifth)\\s+)?"
            + "(?:Vice-|Co-)?(?:Chair(?:person|man|woman)?|President|Rapporteur)s?(?:\\s+and\\s+Rapporteur)?\\s+(?=\\p{Lu})");
    /** "The Vice-President", "The Chair": an office named instead of a person. */
    private static final Pattern NOT_A_PERSON = Pattern.compile("^(?:The|An?|Its|This)\\s.*"
            // "Central European and Baltic States (CEBS)": the end of a group's or a body's name
            + "|.*\\s(?:States|Countries|Group|Union|Community|Organi[sz]ation|Council|Commission|Committee|Nations"
            + "|Parties|Centre|Center|Institute|Division|Office|Programme|Fund|Agency|Secretariat|Network"
            // "Dominican Republic", "United Arab Emirates": the end of a State's name
            + "|Republic|Kingdom|Islands|Emirates|Federation)$");

    /**
     * The capitalised words (and particles of names, "de", "van") after a verb in the past tense ("welcomed",
     * "greeted"), not after a preposition ("with Mr. B as Vice-Chair" of a working group the sentence names) nor after a
     * word that only ends in "ed" ("indeed", "need", "proceed").
     */
    private static final Pattern AFTER_A_LOWER_CASE_WORD = Pattern.compile("(?:^|\\s)\\p{Ll}[\\p{L}'’-]+(?<!e)ed\\s+((?:(?:\\p{Lu}\\S*"
            + "|de|da|das|do|dos|del|della|di|van|von|der|den|ten|ter|bin|binti|al|el|la|le|du|y)\\s+)*\\p{Lu}\\S*)$");

    private PersonNames() {
    }

    /** The words without an honorific at their start ("Mr. Henrik Lindqvist" → "Henrik Lindqvist"). */
    static String withoutHonorific(String words) {
        return HONORIFIC.matcher(words.strip()).replaceFirst("").strip();
    }

    /** The person's name: the text since the last separator, honorifics and list words removed. */
    static String lastName(String segment) {
        String s = segment;
        for (String separator : new String[] {";", ",", " and ", ":"}) {
            int at = s.lastIndexOf(separator);
            if (at >= 0) {
                s = s.substring(at + separator.length());
            }
        }
        s = s.strip();
        s = LEADING_CONNECTOR.matcher(s).replaceFirst("");
        s = UP_TO_BY.matcher(s).replaceFirst("").strip();
        // "panellists were X (Serbia)", "the speakers included X (Chile)", "the working group elected X (Peru)"
        s = UP_TO_VERB.matcher(s).replaceFirst("")
                .strip();
        s = ACCLAMATION.matcher(s).replaceFirst("").strip(); // "elected by acclamation Maria Rossi (Italy)"
        s = UP_TO_UNDER_CHAIR.matcher(s).replaceFirst("").strip();
        s = HONORIFIC.matcher(s).replaceFirst("");
        s = LEADING_OFFICE.matcher(s).replaceFirst("");
        if (!PERSON_NAME.matcher(s).matches()) {
            // "He also welcomed Dalia Ruta (Lithuania)", "the Board thanked Mr. Ito (Japan)": whatever verb in the
            // past tense comes before, the name is the capitalised words that end the segment
            Matcher tail = AFTER_A_LOWER_CASE_WORD.matcher(s);
            if (tail.find()) {
                s = LEADING_OFFICE.matcher(HONORIFIC.matcher(tail.group(1)).replaceFirst("")).replaceFirst("");
            }
        }
        return PERSON_NAME.matcher(s).matches() && !NOT_A_PERSON.matcher(s).matches() ? s : "";
    }

    /**
     * Whether the person of a panel item is named before a title ("Ade Bello, Professor of Law, University of Lagos
     * (Nigeria)"), in a list whose items are apart by semicolons or each start with an honorific ("…, and Ms. C,
     * President, D Council (Romania)"): the words before the bracket are then the title's end, no person.
     */
    static boolean titledBefore(String own, String candidate, String sentence) {
        String item = own.replaceFirst("^\\s*,\\s*", "");
        int comma = item.indexOf(',');
        if (comma < 0 || sentence.indexOf(';') < 0 && !PanellistsByTitle.listedByHonorific(sentence)) {
            return false;
        }
        String first = lastName(item.substring(0, comma));
        return !first.isEmpty() && !first.equals(candidate);
    }

    static boolean looksLikeCountryOrOrganisation(String inside) {
        return inside.length() < 80 && Character.isUpperCase(inside.strip().isEmpty() ? 'x' : inside.strip().charAt(0))
                && !inside.matches(".*\\d.*");
    }
}
