package org.rapporteur.report;

import java.util.Map;

/** Roman numerals as chapter labels use them (I to L). */
final class Roman {

    private static final Map<Character, Integer> DIGITS = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);

    private Roman() {
    }

    /** The value of a Roman numeral, or -1 when the text is not one. */
    static int value(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c < 128 && DIGITS.containsKey((char) c))) {
            return -1;
        }
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            int v = DIGITS.get(text.charAt(i));
            int next = i + 1 < text.length() ? DIGITS.get(text.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }
}
