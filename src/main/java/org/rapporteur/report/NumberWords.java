package org.rapporteur.report;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Numbers as reports write them: digits ("91"), words ("thirty-one", "one hundred and twelve"), the article "a"/"an"
 * for one, and ordinals in words ("fourth", "twenty-sixth") for sessions.
 */
public final class NumberWords {

    // compiled once: the number readers run on every count and session a report states
    private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("\\d{1,4}(st|nd|rd|th)");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final Pattern HYPHEN_OR_SPACE = Pattern.compile("[- ]");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("single", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));

    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private static final Map<String, Integer> ORDINAL_UNITS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19));

    private static final Map<String, Integer> ORDINAL_TENS = Map.of(
            "twentieth", 20, "thirtieth", 30, "fortieth", 40, "fiftieth", 50, "sixtieth", 60, "seventieth", 70,
            "eightieth", 80, "ninetieth", 90);

    /** A regular expression matching a cardinal number in digits or words ("91", "thirty-one", "an"). */
    public static final String CARDINAL_REGEX = cardinalRegex();

    /** A regular expression matching an ordinal in words, "first" to "ninety-ninth". */
    public static final String ORDINAL_REGEX =
            "(?:(?:" + alternation(TENS.keySet()) + ")[- ](?:" + alternation(ORDINAL_UNITS.keySet()) + ")|"
                    + alternation(ORDINAL_TENS.keySet()) + "|" + alternation(ORDINAL_UNITS.keySet()) + ")";

    private NumberWords() {
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder())).collect(java.util.stream.Collectors.joining("|"));
    }

    private static String cardinalRegex() {
        String units = alternation(UNITS.keySet());
        String digits = alternation(UNITS.entrySet().stream().filter(e -> e.getValue() >= 1 && e.getValue() <= 9
                && !e.getKey().startsWith("a") && !e.getKey().equals("single")).map(Map.Entry::getKey).toList());
        String tens = alternation(TENS.keySet());
        String belowHundred = "(?:(?:" + tens + ")(?:[- ](?:" + digits + "))?|(?:" + units + "))";
        return "(?:\\d{1,4}|(?:(?:" + units + ") hundred(?: and " + belowHundred + "| " + belowHundred + ")?)|"
                + belowHundred + ")";
    }

    /** Reads a cardinal number: "91", "thirty-one", "an", "one hundred and twelve"; empty when it is none. */
    public static OptionalInt parseCardinal(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('‑', '-').replace('–', '-');
        if (DIGITS.matcher(t).matches()) {
            return OptionalInt.of(Integer.parseInt(t));
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String word : WORD_BREAKS.split(t)) {
            if (word.equals("and")) {
                continue;
            }
            if (UNITS.containsKey(word)) {
                current += UNITS.get(word);
            } else if (TENS.containsKey(word)) {
                current += TENS.get(word);
            } else if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (word.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else {
                return OptionalInt.empty();
            }
            any = true;
        }
        return any ? OptionalInt.of(total + current) : OptionalInt.empty();
    }

    /** Reads an ordinal in words or digits: "fourth", "twenty-sixth", "4th"; empty when it is none. */
    public static OptionalInt parseOrdinal(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('‑', '-').replace('–', '-');
        if (ORDINAL_DIGITS.matcher(t).matches()) {
            return OptionalInt.of(Integer.parseInt(NON_DIGITS.matcher(t).replaceAll("")));
        }
        if (ORDINAL_UNITS.containsKey(t)) {
            return OptionalInt.of(ORDINAL_UNITS.get(t));
        }
        if (ORDINAL_TENS.containsKey(t)) {
            return OptionalInt.of(ORDINAL_TENS.get(t));
        }
        String[] parts = HYPHEN_OR_SPACE.split(t);
        if (parts.length == 2 && TENS.containsKey(parts[0]) && ORDINAL_UNITS.containsKey(parts[1])
                && ORDINAL_UNITS.get(parts[1]) < 10) {
            return OptionalInt.of(TENS.get(parts[0]) + ORDINAL_UNITS.get(parts[1]));
        }
        return OptionalInt.empty();
    }
}
