package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UN document symbol such as {@code UNODC/CCPCJ/EG.4/2018/L.1}: the issuing body's series, usually a year, then a
 * number with an optional marker ({@code L.} draft, {@code CRP.} conference room paper, {@code INF/} information).
 *
 * @param text   the symbol as printed, white space removed, but for one space before a part ("E/2026/32 (Part I)")
 *               and one between a series and its session number ("MEPC 84/18")
 * @param series the body and series part before the year or the document number, e.g. {@code UNODC/CCPCJ/EG.4}
 * @param status what the marker says about the document
 */
public record ReportSymbol(String text, String series, ReportStatus status) {

    /**
     * A symbol: at least two slash-separated parts, the first starting with a capital letter ("A/AC.291/7"); a part may
     * carry a session in brackets ("ICCD/CRIC(24)/L.1"). Codex Alimentarius reports are "REP" and the year's two digits,
     * then the committee ("REP26/FL"). The part of a report issued in parts may follow in brackets ("E/2026/32 (Part
     * I)"): it is part of the symbol, as Part II is another document. Some bodies write the session number after their
     * series and a space ("MEPC 84/18", "MSC 108/20": the 84th session's document 18), or the year ("FWC 2031/12/Report":
     * the report of the 12th session, issued in 2031); the series is then in capitals,
     * so that "Page 4/12" is no symbol, nor is "PAGE 4/12" or "ANNEX 2/3". Others join the session to the series with a
     * hyphen ("C-31/5", "EC-112/2": the OPCW's Conference at its 31st session, document 5).
     */
    private static final String NOT_A_SERIES = "(?!(?:PAGE|ANNEX|ITEM|ARTICLE|TABLE|DECISION|RESOLUTION)\\s)";
    /**
     * The session after a series and a space: a number ("MEPC 84/18") or a year with two parts after it ("FWC
     * 2031/12/Report"; not a budget year, "FY 2026/27").
     */
    private static final String SESSION_OR_YEAR = "(?:(?:19|20)\\d\\d(?=\\s*/\\s*[A-Za-z0-9][A-Za-z0-9.\\-]*\\s*/)|\\d{1,3})";
    static final Pattern SYMBOL = Pattern.compile(
            "(?:\\b" + NOT_A_SERIES + "[A-Z]{2,10}\\s" + SESSION_OR_YEAR + "(?=/[A-Za-z0-9])"
            + "|\\b[A-Z][A-Za-z]{0,9}(?:\\.\\d+|-\\d{1,3})?|\\bREP\\d{2}(?=/[A-Z]))"
            + "(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*(?:\\(\\d+\\))?)+(?<![.\\-])"
            + "(?:\\s?\\((?:Part|Partie|Parte)\\s[IVX]+\\))?");

    private static final Pattern PART = Pattern.compile("\\s*\\((Part|Partie|Parte)\\s+([IVX]+)\\)$");
    /** A Codex report's first part: "REP" and the year ("REP26"). */
    private static final Pattern CODEX_YEAR = Pattern.compile("REP\\d{2}");

    /** A series in capitals, a space and the session number: "MEPC 84/18" (spaces as typed, any number of them). */
    private static final Pattern SESSION_AFTER_SERIES = Pattern.compile(NOT_A_SERIES
            + "([A-Z]{2,10})\\s+(" + SESSION_OR_YEAR + "\\s*/.*)");

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    /** Parses a symbol; empty when the text is not one (a single part, or no part that identifies a document). */
    public static Optional<ReportSymbol> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String bare = raw.strip();
        String part = "";
        java.util.regex.Matcher partOf = PART.matcher(bare);
        if (partOf.find()) {
            part = " (" + partOf.group(1) + " " + partOf.group(2) + ")";
            bare = bare.substring(0, partOf.start());
        }
        java.util.regex.Matcher spaced = SESSION_AFTER_SERIES.matcher(bare);
        // the one space between a series and its session number is part of the symbol; other white space is not
        String text = spaced.matches() ? spaced.group(1) + " " + spaced.group(2).replaceAll("\\s+", "")
                : bare.replaceAll("\\s+", "");
        if (!SYMBOL.matcher(text).matches()) {
            return Optional.empty();
        }
        String[] parts = text.split("/");
        List<String> series = new ArrayList<>();
        if (spaced.matches()) {
            // "MEPC 84/18": the body's series is "MEPC"; the session and the document number follow
            return Optional.of(new ReportSymbol(text + part, spaced.group(1), statusOf(parts)));
        }
        for (String p : parts) {
            if (CODEX_YEAR.matcher(p).matches()) {
                // "REP26/FL": the committee's reports of every year are one series, "REP/FL"
                series.add("REP");
                continue;
            }
            if (YEAR.matcher(p).matches() || isDocumentMarker(p) || p.matches("\\d+")) {
                break;
            }
            series.add(p);
        }
        if (CODEX_YEAR.matcher(parts[0]).matches() && parts.length >= 2) {
            return Optional.of(new ReportSymbol(text + part, String.join("/", series), statusOf(parts)));
        }
        if (series.isEmpty() || series.size() == parts.length) {
            return Optional.empty();
        }
        return Optional.of(new ReportSymbol(text + part, String.join("/", series), statusOf(parts)));
    }

    private static final Pattern DOCUMENT_MARKER = Pattern.compile("(L|CRP|INF|Add|Corr|Rev|Misc)\\.?\\d*");
    private static final Pattern DRAFT = Pattern.compile("L\\.\\d+");
    private static final Pattern CONFERENCE_ROOM_PAPER = Pattern.compile("CRP\\.\\d+");

    private static boolean isDocumentMarker(String part) {
        // not WP: "ECE/TRANS/WP.29" is a body (a working party); a working paper's "WP.1" follows the year
        return DOCUMENT_MARKER.matcher(part).matches();
    }

    private static ReportStatus statusOf(String[] parts) {
        for (String part : parts) {
            if (DRAFT.matcher(part).matches()) {
                return ReportStatus.DRAFT;
            }
            if (CONFERENCE_ROOM_PAPER.matcher(part).matches()) {
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
