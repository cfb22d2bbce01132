package org.rapporteur.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The codes analysts join States on, beside the ISO 3166-1 alpha-3 code Rapporteur keys them by: the alpha-2 code
 * ({@code iso3166.csv}) and the UN M49 numeric code ({@code un-member-states.csv}). Columns are read by name.
 */
public final class CountryCodes {

    private final Map<String, String> iso2 = new HashMap<>();
    private final Map<String, Integer> m49 = new HashMap<>();

    private CountryCodes() {
    }

    /** The tables shipped in the jar under {@code /reference/}. */
    public static CountryCodes loadDefault() {
        CountryCodes codes = new CountryCodes();
        read("iso3166.csv", (row, file) -> codes.iso2.put(row.get("iso3"), row.get("iso2")));
        read(StateTable.FILE, (row, file) -> {
            try {
                codes.m49.put(row.get("iso3"), Integer.valueOf(row.get("m49")));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + " line " + row.getRecordNumber() + ": m49 is not a number");
            }
        });
        return codes;
    }

    private static void read(String file, BiConsumer<CSVRecord, String> each) {
        InputStream stream = CountryCodes.class.getResourceAsStream("/reference/" + file);
        if (stream == null) {
            throw new IllegalStateException("classpath:/reference/" + file + " is missing from the jar");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .forEach(row -> each.accept(row, file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:/reference/" + file, e);
        }
    }

    /** ISO 3166-1 alpha-2 of a State's alpha-3 code ("CIV" → "CI"). */
    public Optional<String> iso2(String iso3) {
        return Optional.ofNullable(iso2.get(iso3));
    }

    /** UN M49 numeric code of a State's alpha-3 code ("AFG" → 4). */
    public Optional<Integer> m49(String iso3) {
        return Optional.ofNullable(m49.get(iso3));
    }
}
