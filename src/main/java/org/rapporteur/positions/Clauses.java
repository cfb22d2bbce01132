package org.rapporteur.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sentence is cut: into parts where it turns from one group of speakers to another (the codebook's contrast
 * markers: "while some …, others …"), and each part into clauses at subordinating words and new reporting verbs (a
 * topic takes its stance from a cue of its own clause first).
 */
final class Clauses {

    /** A span of a text, [start, end). */
    record Span(int start, int end) {
    }

    private static final Pattern SUBORDINATE = Pattern.compile(
            "\\s(?:as|because|since|although|though|whereas|which|while|but)\\s|;\\s|,\\s+and\\s+(?:that|stressed|noted|"
                    + "expressed|called|considered|emphasi[sz]ed|underlined|highlighted|pointed)\\b|\\sand\\s+(?=(?:favou?red|"
                    + "supported|opposed|rejected|called|welcomed|urged|stressed|noted|considered|suggested|questioned|"
                    + "recommended|emphasi[sz]ed|underlined|highlighted|pointed|cautioned|warned|argued|stated|said|"
                    + "believed|maintained|advocated|objected|preferred|proposed|added|insisted)\\b)"
                    // a comment added after a comma ("objected to X, insisting that …"): its cue is not the main verb's
                    + "|,\\s+(?=(?:insisting|noting|stressing|arguing|adding|emphasi[sz]ing|underlining|pointing|recalling|"
                    + "observing|explaining|describing|warning|saying|stating|recognizing|recognising|acknowledging)\\b)",
            Pattern.CASE_INSENSITIVE);

    private final Codebook codebook;
    private final Prefilter prefilter;

    Clauses(Codebook codebook, Prefilter prefilter) {
        this.codebook = codebook;
        this.prefilter = prefilter;
    }

    /** The parts of a sentence, cut after each contrast marker; one part when there is none. */
    List<Span> parts(String text) {
        List<Integer> cuts = new ArrayList<>();
        for (Pattern contrast : codebook.contrasts()) {
            Matcher m = prefilter.matcher(contrast, text);
            while (m.find()) {
                if (m.end() > 0 && m.end() < text.length()) {
                    cuts.add(m.end());
                }
            }
        }
        cuts.sort(Comparator.naturalOrder());
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            if (cut > start) {
                spans.add(new Span(start, cut));
                start = cut;
            }
        }
        spans.add(new Span(start, text.length()));
        return spans;
    }

    /** The clause of a part around a position in it. */
    static Span around(String part, int at) {
        int start = 0;
        int end = part.length();
        Matcher m = SUBORDINATE.matcher(part);
        while (m.find()) {
            if (m.start() <= at) {
                start = m.end();
            } else {
                end = m.start();
                break;
            }
        }
        return new Span(start, end);
    }
}
