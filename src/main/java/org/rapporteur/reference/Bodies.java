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
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The names of the bodies whose reports Rapporteur reads, by the series of their symbols ({@code bodies.csv}): the
 * official name ("Expert Group to Conduct a Comprehensive Study on Cybercrime"), a short one for labels ("Expert Group
 * on Cybercrime"), and whether the body holds meetings or sessions. A series the table does not list has no name; its
 * unit follows the symbol's convention (an ad hoc committee, {@code AC.}, and a commission, {@code CN.}, hold sessions;
 * expert and working groups, meetings).
 */
public final class Bodies {

    private static final Pattern SESSIONS = Pattern.compile("(^|/)(AC|CN)\\.\\d");

    /** A body as the table names it. */
    public record Body(String series, String name, String shortName, String unit) {
    }

    private final Map<String, Body> bySeries = new HashMap<>();

    private Bodies() {
    }

    /** The table shipped in the jar under {@code /reference/}. */
    public static Bodies loadDefault() {
        Bodies bodies = new Bodies();
        InputStream stream = Bodies.class.getResourceAsStream("/reference/bodies.csv");
        if (stream == null) {
            throw new IllegalStateException("classpath:/reference/bodies.csv is missing from the jar");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                bodies.bySeries.put(row.get("series"), new Body(row.get("series"), row.get("name"),
                        row.get("short_name"), row.get("unit")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:/reference/bodies.csv", e);
        }
        return bodies;
    }

    /** The body of a series, if the table names it. */
    public Optional<Body> of(String series) {
        return Optional.ofNullable(series == null ? null : bySeries.get(series));
    }

    /**
     * The series of the body a text names by its name or short name, however cased, accented and punctuated, with or
     * without a leading "the" ("the Commission on Narcotic Drugs" → "E/CN.7"); empty where the text is no body's name.
     */
    public Optional<String> seriesNamed(String words) {
        String wanted = folded(words);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return bySeries.values().stream().filter(b -> folded(b.name()).equals(wanted) || folded(b.shortName())
                .equals(wanted)).map(Body::series).sorted().findFirst();
    }

    private static String folded(String text) {
        String plain = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return plain.replaceFirst("^(?:the|la|le|les|el|los|las) ", "");
    }

    /** "meeting" or "session": what the body calls its gatherings. */
    public String unit(String series) {
        return of(series).map(Body::unit)
                .orElse(series != null && SESSIONS.matcher(series).find() ? "session" : "meeting");
    }
}
