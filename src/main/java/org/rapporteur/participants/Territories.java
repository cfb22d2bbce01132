package org.rapporteur.participants;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.reference.CountryCodes;
import org.rapporteur.reference.IsoCountries;

/**
 * Territories and other non-State participants that lists name as delegations ("Aruba", "Cook Islands", "Hong Kong,
 * China", "Turks and Caicos Islands"): entries of ISO 3166-1 (the JDK's country codes, with their English, French and
 * Spanish names from its CLDR locale data) that are no State of the reference tables: a delegation of type TERRITORY,
 * under its ISO code and English name, never an organisation of the list's section or type.
 */
final class Territories {

    /** Words that qualify a territory's name without naming it: "Hong Kong SAR China", "Hong Kong, China". */
    private static final Set<String> QUALIFIERS = Set.of("sar", "china", "chine");

    private static final Map<String, String> ISO3 = load();

    private Territories() {
    }

    /** The States of the tables (those with an M49 code there), which are never territories here. */
    private static final CountryCodes STATES = CountryCodes.loadDefault();

    /** The ISO 3166-1 alpha-3 code of the territory a delegation cell names, or empty. */
    static Optional<String> iso3(String name) {
        String code = ISO3.get(key(name));
        return code == null || STATES.m49(code).isPresent() ? Optional.empty() : Optional.of(code);
    }

    /** A territory's English name ("ABW" → "Aruba", "HKG" → "Hong Kong SAR China"), or the code where none. */
    static String name(String iso3) {
        return IsoCountries.byIso3(iso3).map(c -> c.name(Locale.ENGLISH)).orElse(iso3);
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        for (IsoCountries.Country country : IsoCountries.all()) {
            for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH, new Locale("es")}) {
                String name = country.name(language);
                if (!name.isBlank() && !name.equals(country.iso2())) {
                    codes.putIfAbsent(key(name), country.iso3());
                }
            }
        }
        return Map.copyOf(codes);
    }

    private static String key(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z]+", " ").strip();
        StringBuilder key = new StringBuilder();
        for (String word : folded.split(" ")) {
            if (!QUALIFIERS.contains(word) && !word.equals("the")) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.length() == 0 ? folded : key.toString();
    }
}
