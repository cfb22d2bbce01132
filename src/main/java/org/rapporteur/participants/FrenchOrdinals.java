package org.rapporteur.participants;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** An ordinal in French words, as a title names a session: "sixième", "soixante-septième", "quatre-vingt-deuxième". */
final class FrenchOrdinals {

    private static final Map<String, Integer> LAST = Map.ofEntries(Map.entry("premier", 1), Map.entry("premiere", 1),
            Map.entry("unieme", 1), Map.entry("deuxieme", 2), Map.entry("second", 2), Map.entry("seconde", 2),
            Map.entry("troisieme", 3), Map.entry("quatrieme", 4), Map.entry("cinquieme", 5), Map.entry("sixieme", 6),
            Map.entry("septieme", 7), Map.entry("huitieme", 8), Map.entry("neuvieme", 9), Map.entry("dixieme", 10),
            Map.entry("onzieme", 11), Map.entry("douzieme", 12), Map.entry("treizieme", 13),
            Map.entry("quatorzieme", 14), Map.entry("quinzieme", 15), Map.entry("seizieme", 16),
            Map.entry("vingtieme", 20), Map.entry("trentieme", 30), Map.entry("quarantieme", 40),
            Map.entry("cinquantieme", 50), Map.entry("soixantieme", 60), Map.entry("centieme", 100));
    private static final Map<String, Integer> TENS = Map.of("vingt", 20, "vingts", 20, "trente", 30, "quarante", 40,
            "cinquante", 50, "soixante", 60, "dix", 10, "cent", 100);

    private FrenchOrdinals() {
    }

    static OptionalInt parse(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
        String[] words = folded.split("[\\s\\-]+");
        int total = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean last = i == words.length - 1;
            if (word.equals("et")) {
                continue;
            }
            if (word.equals("quatre") && i + 1 < words.length && words[i + 1].startsWith("vingt")) {
                total += 80;
                i++;
                if (i == words.length - 1 && !words[i].equals("vingtieme")) {
                    return OptionalInt.empty();
                }
                if (i == words.length - 1) {
                    return OptionalInt.of(total);
                }
                continue;
            }
            if (last && LAST.containsKey(word)) {
                return OptionalInt.of(total + LAST.get(word));
            }
            if (!last && TENS.containsKey(word)) {
                total += TENS.get(word);
                continue;
            }
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }
}
