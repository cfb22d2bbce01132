package org.rapporteur.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The ISO 3166-1 entries the JDK knows (its country codes and CLDR names), walked once: by alpha-3 code, the alpha-2
 * code and the country as a locale (for its name in a language). States and territories alike.
 */
public final class IsoCountries {

    /** One entry: its alpha-2 and alpha-3 codes, and the locale that names it. */
    public record Country(String iso2, String iso3, Locale locale) {

        /** Its name in a language ("ABW" → "Aruba"); the alpha-2 code where the JDK has none. */
        public String name(Locale language) {
            return locale.getDisplayCountry(language);
        }
    }

    private static final Map<String, Country> BY_ISO3 = load();

    private IsoCountries() {
    }

    /** Every entry that has an alpha-3 code. */
    public static Collection<Country> all() {
        return BY_ISO3.values();
    }

    /** The entry of an alpha-3 code, or empty. */
    public static Optional<Country> byIso3(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : BY_ISO3.get(iso3));
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale country = new Locale("", iso2);
            try {
                countries.putIfAbsent(country.getISO3Country(), new Country(iso2, country.getISO3Country(), country));
            } catch (MissingResourceException e) {
                // a code without an alpha-3 form
            }
        }
        return Map.copyOf(countries);
    }
}
