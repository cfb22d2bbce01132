package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attendance list whose items are persons with their titles, apart by semicolons, as a report names ministers and
 * heads of delegation: "H.E. Mr. A, Minister of Justice of Ethiopia; …", "Algeria: Mr. B, Ambassador to Ethiopia; …",
 * "Chile – Ms. C, Director of …". Each item gives the delegation it stands for: the label before the colon or dash, or
 * else the last State or organisation its title names after "of" ("Attorney General of the Federation and Minister of
 * Justice of Nigeria": Nigeria). The persons and their offices name no one who took part of their own.
 */
final class RepresentativesInLists {

    /** A person's words: an honorific, or "His/Her Excellency", then a capitalised name. */
    private static final Pattern PERSON = Pattern.compile("^(?:(?:" + Honorifics.EXCELLENCY + "|" + Honorifics.EXCELENCIA
            + ")\\.?\\s*)?(?:(?:His|Her)\\s+Excellency\\s+)?(?:"
            + Honorifics.any(Honorifics.ENGLISH, Honorifics.FRENCH, Honorifics.SPANISH, Honorifics.PROF) + "\\.?\\s+|"
            + Honorifics.any(Honorifics.SPELLED, "Judge", "Senator", "Minister") + "\\s+)\\p{Lu}.*");
    /** "Algeria: Mr. B, …", "the Congo – Ms. C, …": the delegation before a colon or a dash, then its person. */
    private static final Pattern LABELLED = Pattern.compile("^(?:and\\s+)?([^:;()]{2,100}?)\\s*(?::|\\s[–—-])\\s+(\\S.*)$");
    /** Where a State or organisation may begin in a title: after "of" ("Minister of Justice of the Niger"). */
    private static final Pattern OF = Pattern.compile("\\bof\\s+");
    /** The most words a name of the tables has, with an article. */
    private static final int MAX_NAME_WORDS = 12;

    private RepresentativesInLists() {
    }

    /** One item: the delegation as written, or empty where the person's line names none the tables know. */
    record Representative(String item, Optional<String> delegation) {
    }

    /**
     * The items of a list cut at semicolons read as persons with their delegations, or empty where the list is no
     * such list: fewer than two items, or an item that is no person's line.
     */
    static Optional<List<Representative>> of(List<String> items, Predicate<String> isKnown) {
        if (items.size() < 2) {
            return Optional.empty();
        }
        List<Representative> out = new ArrayList<>();
        for (String raw : items) {
            String item = raw.strip().replaceFirst("^and\\s+", "").replaceFirst("[.;,]+$", "");
            Matcher labelled = LABELLED.matcher(item);
            if (labelled.matches() && PERSON.matcher(labelled.group(2)).matches()) {
                String label = labelled.group(1).strip();
                out.add(new Representative(item, isKnown.test(label) ? Optional.of(label) : Optional.empty()));
            } else if (PERSON.matcher(item).matches()) {
                out.add(new Representative(item, namedInTitle(item, isKnown)));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /**
     * The State or organisation a person's title names last after "of", the longest known name there ("Minister of
     * Foreign Affairs of the Republic of Korea": the Republic of Korea, not Korea), or one in brackets at the end.
     */
    static Optional<String> namedInTitle(String item, Predicate<String> isKnown) {
        String bracketed = item.matches(".*\\(([^()]+)\\)$") ? item.replaceFirst("^.*\\(([^()]+)\\)$", "$1") : "";
        if (!bracketed.isEmpty() && isKnown.test(bracketed)) {
            return Optional.of(bracketed);
        }
        String best = null;
        int bestEnd = -1;
        Matcher of = OF.matcher(item);
        while (of.find()) {
            String rest = item.substring(of.end());
            String[] words = rest.split("\\s+");
            for (int n = Math.min(words.length, MAX_NAME_WORDS); n >= 1; n--) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)).replaceFirst("[.,;:]+$", "");
                if (!name.isEmpty() && Character.isUpperCase(name.charAt(name.startsWith("the ") ? 4 : 0))
                        && isKnown.test(name)) {
                    int end = of.end() + name.length();
                    if (end > bestEnd) {
                        best = name;
                        bestEnd = end;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
