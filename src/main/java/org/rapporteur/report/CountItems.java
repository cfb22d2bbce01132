package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Cuts the enumeration of a count sentence into its items: "representatives of 91 Member States, an observer State,
 * 9 institutions from the academia and the private sector" gives three. Commas and "and" separate items, but a
 * category holds its own ("United Nations entities and specialized agencies"), numbers hold "and" ("one hundred and
 * twelve"), and items are joined by "as well as by", "together with" or a repeated "for"; an item starts with a
 * number, a role ("representatives of …") or a name ("the State of Palestine"), and "an observer State" after a name
 * says what the name is ("the State of Palestine, a non-member observer State").
 */
final class CountItems {

    /** The people through whom entities attend; "an observer from the Holy See" names one. */
    static final String ROLE = "(representatives?|experts?|delegations?|delegates?|observers?|participants?)";
    /** "the", or "a"/"an" before a role in the singular ("by an observer from the Holy See"). */
    static final String ROLE_ARTICLE = "(?:(?:the|an?)\\s+)?";
    private static final String CARD = NumberWords.CARDINAL_REGEX;
    /** "more than 600", "some 40": a bound or an estimate, printed as such. */
    static final String ABOUT = "(?:more\\s+than|over|about|around|approximately|some|nearly|almost|at\\s+least)"
            + "\\s+";
    static final String NUMBER = "(\\[\\s*(?:…|\\.{2,})?\\s*\\]|\\[(?:" + ABOUT + ")(?:" + CARD + ")\\]|(?:" + ABOUT
            + ")?\\[?(?:" + CARD + ")\\]?)";
    private static final Pattern APPROXIMATE = Pattern.compile("(?i)^" + ABOUT);
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:by\\s+)?(?:" + ROLE_ARTICLE + ROLE + "\\s+(?:of|from|for)\\s+)?" + NUMBER + "\\s", Pattern.CASE_INSENSITIVE);
    /** "representatives of United Nations entities …" without a number: an item of its own, counted or not. */
    private static final Pattern ROLE_LED = Pattern.compile(
            "^(?:by\\s+)?" + ROLE_ARTICLE + ROLE + "\\s+(?:of|from|for)\\s", Pattern.CASE_INSENSITIVE);
    /** "and", "as well as by", "together with": joins items, is none. */
    private static final Pattern CONNECTOR = Pattern.compile(
            "^(?i)(?:(?:and|as\\s+well\\s+as|together\\s+with|along\\s+with)\\s+)+(?:by\\s+(?=the\\s|an?\\s|\\p{Lu}))?");
    /** "and for [two] non-member States", "and of the State of Palestine": the preposition the list repeats. */
    private static final Pattern REPEATED_PREPOSITION = Pattern.compile(
            "^(?i)(?:of|for|from)\\s+(?=(?:the\\s+)?\\p{Lu}|\\[|" + NUMBER + "\\s)");
    private static final Pattern FOR_AGAIN = Pattern.compile("(?i)(?:for|of|from)\\s+(?!the\\s+(?:United\\s+Nations|Convention"
            + "|Protocol|Agreement|Treaty)\\b)");
    /** "a regional economic integration organization …" after a name: what the entity named is. */
    private static final Pattern APPOSITIVE = Pattern.compile("^(?i)an?\\s+(?!\\[)");

    private CountItems() {
    }

    /** Whether an enumeration begins with a count ("14 non-governmental organizations …"). */
    static boolean startsWithACount(String enumeration) {
        return ITEM_START.matcher(opening(enumeration) + " ").find();
    }

    /** The items of an enumeration, each a count, a role's phrase or a name. */
    static List<String> cut(String text) {
        List<String> pieces = new ArrayList<>();
        for (String comma : topLevel(text)) {
            String rest = opening(comma);
            if (APPOSITIVE.matcher(rest).find() && !pieces.isEmpty()
                    && !ITEM_START.matcher(pieces.get(pieces.size() - 1) + " ").find()) {
                // "the State of Palestine, a non-member observer State": says what the entity named is, counts nothing
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + rest);
                continue;
            }
            // "one hundred and twelve Member States" is one number, not two items
            String[] ands = AND_OUTSIDE_BRACKETS.split(rest);
            StringBuilder piece = new StringBuilder(ands[0]);
            boolean forced = false; // a piece the repeated preposition made an item
            for (int i = 1; i < ands.length; i++) {
                String next = opening(ands[i]);
                // "17 other States Members … and for non-member States": the preposition the list repeats starts an
                // item whatever follows it
                boolean repeated = FOR_AGAIN.matcher(ands[i].strip()).lookingAt();
                if (repeated) {
                    next = FOR_AGAIN.matcher(ands[i].strip()).replaceFirst("");
                }
                if (repeated || startsAnItem(next)) {
                    if (forced) {
                        pieces.add(piece.toString());
                    } else {
                        add(pieces, piece.toString());
                    }
                    piece = new StringBuilder(next);
                    forced = repeated;
                } else {
                    piece.append(" and ").append(ands[i]);
                }
            }
            if (forced) {
                pieces.add(piece.toString());
            } else {
                add(pieces, piece.toString());
            }
        }
        return pieces;
    }

    /** An item without its connector ("as well as by") or the preposition its list repeats ("and for [two] …"). */
    private static String opening(String piece) {
        String p = CONNECTOR.matcher(piece.strip()).replaceFirst("");
        return REPEATED_PREPOSITION.matcher(p).replaceFirst("");
    }

    private static boolean startsAnItem(String piece) {
        // "… and by the European Union (Member Organization)": the "by" the list repeats
        return ITEM_START.matcher(piece + " ").find() || startsWithKnownName(LEADING_BY.matcher(piece).replaceFirst(""))
                || ROLE_LED.matcher(piece).find();
    }

    /** "the State of Palestine", "the European Union": an item of its own even without a number. */
    private static boolean startsWithKnownName(String text) {
        return THE_AND_A_CAPITAL.matcher(text).matches();
    }

    /** "one hundred and twelve Member States" is one number: its "and" separates nothing. */
    private static final Pattern AND_OUTSIDE_BRACKETS = Pattern.compile("(?i)(?<!hundred)\\s+and\\s+(?![^()]*\\))");
    private static final Pattern LEADING_BY = Pattern.compile("^by\\s+");
    private static final Pattern THE_AND_A_CAPITAL = Pattern.compile("[Tt]he\\s+\\p{Lu}.*");

    private static List<String> topLevel(String text) {
        return splitOutsideBrackets(text, ",;").stream().map(String::strip).toList();
    }

    /**
     * The group spoken for with its own brackets closed: "the Caribbean Community (CARICOM)" keeps the bracket the end of
     * an attribution shares with its acronym.
     */
    static String closed(String behalf) {
        long open = behalf.chars().filter(c -> c == '(').count();
        long close = behalf.chars().filter(c -> c == ')').count();
        return open > close ? behalf + ")".repeat((int) (open - close)) : behalf;
    }

    /** The text cut at each of the separators that stands outside round and square brackets, pieces as written. */
    static List<String> splitOutsideBrackets(String text, String separators) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (separators.indexOf(c) >= 0 && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** The place of the first separator outside brackets, or -1. */
    static int topLevel(String text, char separator) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (c == separator && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void add(List<String> pieces, String piece) {
        if (pieces.isEmpty() || startsAnItem(piece)) {
            pieces.add(piece);
        } else {
            pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + piece);
        }
    }

    /** The number a count prints ("[about 40]" is 40), or empty when it is no number. */
    static OptionalInt number(String printed) {
        return NumberWords.parseCardinal(APPROXIMATE.matcher(printed.replaceAll("[\\[\\]]", "").strip()).replaceFirst(""));
    }

    /** APPROXIMATE for a number printed as a bound ("more than 600"), else PRINTED. */
    static AttendanceCount.Basis basis(String printed) {
        return APPROXIMATE.matcher(printed.replaceAll("[\\[\\]]", "").strip()).find()
                ? AttendanceCount.Basis.APPROXIMATE : AttendanceCount.Basis.PRINTED;
    }
}
