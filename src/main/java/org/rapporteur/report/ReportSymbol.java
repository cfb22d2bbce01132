package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UN document symbol such as {@code UNODC/CCPCJ/EG.4/2018/L.1}: the issuing body's series, usually a year, then a
 * number with an optional marker ({@code L.} draft, {@code CRP.} conference room paper, {@code INF/} information).
 *
 * @param text   the symbol as printed, white space removed
 * @param series the body and series part before the year or the document number, e.g. {@code UNODC/CCPCJ/EG.4}
 * @param status what the marker says about the document
 */
public record ReportSymbol(String text, String series, ReportStatus status) {

    /** A symbol: at least two slash-separated parts, the first starting with a capital letter. */
    static final Pattern SYMBOL = Pattern.compile(
            "\\b[A-Z][A-Za-z]{0,9}(?:\\.\\d+)?(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*)+(?<![.\\-])");

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    /** Parses a symbol; empty when the text is not one (a single part, or no part that identifies a document). */
    public static Optional<ReportSymbol> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip().replaceAll("\\s+", "");
        if (!SYMBOL.matcher(text).matches()) {
            return Optional.empty();
        }
        String[] parts = text.split("/");
        List<String> series = new ArrayList<>();
        for (String part : parts) {
            if (YEAR.matcher(part).matches() || isDocumentMarker(part) || part.matches("\\d+")) {
                break;
            }
            series.add(part);
        }
        if (series.isEmpty() || series.size() == parts.length) {
            return Optional.empty();
        }
        return Optional.of(new ReportSymbol(text, String.join("/", series), statusOf(parts)));
    }

    private static boolean isDocumentMarker(String part) {
        // not WP: "ECE/TRANS/WP.29" is a body (a working party); a working paper's "WP.1" follows the year
        return part.matches("(L|CRP|INF|Add|Corr|Rev|Misc)\\.?\\d*");
    }

    private static ReportStatus statusOf(String[] parts) {
        for (String part : parts) {
            if (part.matches("L\\.\\d+")) {
                return ReportStatus.DRAFT;
            }
            if (part.matches("CRP\\.\\d+")) {
                return ReportStatus.CONFERENCE_ROOM_PAPER;
            }
        }
        return ReportStatus.FINAL;
    }

    /** True for a list of participants ({@code …/INF/1}), which is not a report. */
    public boolean isListOfParticipants() {
        return text.contains("/INF/");
    }
}
