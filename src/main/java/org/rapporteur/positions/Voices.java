package org.rapporteur.positions;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds the view a sentence voices, and how many: a named speaker ("The representative of Mexico", "Egypt,
 * speaking on behalf of the Group of African States"), else the sentence's first quantifier or passive phrase ("Many
 * speakers", "It was stressed that"), else the previous sentence's for "they", else one voice.
 */
final class Voices {

    /**
     * @param quantifier as written, or ""
     * @param weight     1 to 6
     * @param entity     the entity code of the speaker the text names, or "" (never invented)
     * @param behalf     the entity code of the group the speaker spoke for, or ""
     */
    record Voice(String quantifier, int weight, String entity, String behalf) {
        Voice(String quantifier, int weight, String entity) {
            this(quantifier, weight, entity, "");
        }
    }

    private final Codebook codebook;
    private final Function<String, Optional<String>> entityCodes;
    private final Prefilter prefilter;

    Voices(Codebook codebook, Function<String, Optional<String>> entityCodes, Prefilter prefilter) {
        this.codebook = codebook;
        this.entityCodes = entityCodes;
        this.prefilter = prefilter;
    }

    /** The voice of a sentence, {@code previous} giving "they" its quantifier. */
    Voice of(String text, SentenceContext previous) {
        for (Pattern attribution : codebook.attribution()) {
            Matcher m = prefilter.matcher(attribution, text);
            if (m.find()) {
                String behalf = group(m, "behalf");
                String speaker = group(m, "speaker");
                String group = behalf.isEmpty() ? "" : entityCodes.apply(behalf).orElse("");
                String credited = entityCodes.apply(speaker).orElse("");
                if (!credited.isEmpty() || !group.isEmpty()) {
                    String written = text.substring(0, m.end(behalf.isEmpty() ? "speaker" : "behalf"));
                    return new Voice(written, 1, credited, group);
                }
            }
        }
        Optional<Voice> own = own(text);
        if (own.isPresent()) {
            return own.get();
        }
        if (matchesAny(codebook.carryOver(), text) && previous.weight() > 0) {
            return new Voice(previous.quantifier(), previous.weight(), "");
        }
        return new Voice("", 1, "");
    }

    /** The first quantifier or passive phrase of a text, if any ("while some …, others …": each part's own). */
    Optional<Voice> own(String text) {
        int bestStart = Integer.MAX_VALUE;
        Voice best = null;
        for (Quantifier q : codebook.quantifiers()) {
            Matcher m = prefilter.matcher(q.pattern(), text);
            if (m.find() && m.start() < bestStart) {
                bestStart = m.start();
                best = new Voice(m.group(), q.weight(), "");
            }
        }
        for (Pattern passive : codebook.passive()) {
            Matcher m = prefilter.matcher(passive, text);
            if (m.find() && m.start() < bestStart) {
                bestStart = m.start();
                best = new Voice(m.group(), 1, "");
            }
        }
        return Optional.ofNullable(best);
    }

    private static String group(Matcher m, String name) {
        try {
            String value = m.group(name);
            return value == null ? "" : value.strip();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private boolean matchesAny(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (prefilter.matcher(p, text).find()) {
                return true;
            }
        }
        return false;
    }
}
