package org.rapporteur.participants;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;

/**
 * The French and Spanish names of States and organisations that lists of participants and statements files of
 * French- and Spanish-speaking secretariats write ("Allemagne", "Saint-Siège", "Países Bajos (Reino de los)", "PNUD"),
 * from {@code reference/names-fr-es.csv}: each maps to a name of the reference tables. Used only for the cells of
 * those files, where a delegation is a name and nothing else; never in the running text of reports, where a French
 * word could be something else ("Maurice").
 */
final class OtherLanguageNames {

    static final String TABLE = "/reference/names-fr-es.csv";

    private static final Map<String, String> NAMES = load();

    private OtherLanguageNames() {
    }

    /**
     * Country names in French and Spanish as the JDK's locale data (Unicode CLDR) gives them ("Francia", "Allemagne",
     * "Corée du Sud"), each with the English name and the ISO code of the same country: a State the table above leaves
     * out is still known by its common name in either language.
     */
    private static final Map<String, String[]> COUNTRIES = countries();

    /** The entity a name in French or Spanish names, accents and case aside. */
    static Optional<Entity> resolve(NameResolver resolver, String name) {
        String inReference = NAMES.get(key(name));
        if (inReference != null) {
            return resolver.resolve(inReference);
        }
        String[] country = COUNTRIES.get(key(name));
        if (country == null) {
            return Optional.empty();
        }
        // only where the English name is the same country in the tables (its ISO code)
        return resolver.resolve(country[0]).filter(e -> e.code().equals(country[1]));
    }

    private static Map<String, String[]> countries() {
        Map<String, String[]> countries = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale country = new Locale("", iso2);
            String english = country.getDisplayCountry(Locale.ENGLISH);
            String iso3;
            try {
                iso3 = country.getISO3Country();
            } catch (java.util.MissingResourceException e) {
                continue;
            }
            for (Locale language : List.of(Locale.FRENCH, new Locale("es"))) {
                String name = country.getDisplayCountry(language);
                if (!name.isBlank() && !name.equals(iso2)) {
                    countries.putIfAbsent(key(name), new String[] {english, iso3});
                }
            }
        }
        return Map.copyOf(countries);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = OtherLanguageNames.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the class path");
            }
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                names.put(key(row.get("name")), row.get("name_in_reference"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
