package org.rapporteur.participants;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.report.ReportSymbol;

/**
 * The meeting named in a title row above a list's header, as a printed list pasted into a sheet names it: a cell that
 * holds a report symbol and nothing else, but for a draft's "PROV." ({@code WIPO/GRTKF/IC/52/10 PROV.}), or else a
 * symbol the title mentions ({@link MeetingSymbols#inText}: "Board, nineteenth session (TB-19/4) - delegates"), the
 * list's own symbol ("List of participants (PBC.42/INF/1)") only where the title mentions no other, to be joined to
 * its meeting by its session parts. Looked at only where neither a Meeting column nor the file name names the meeting.
 */
final class TitleRows {

    private static final Pattern SYMBOL_ALONE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9.]*(?:/[A-Za-z0-9.()\\-]+)+)"
            + "(?:\\s*[(\\[]?\\s*(?:PROV|provisional|provisoire)\\.?\\s*[)\\]]?)?\\s*$", Pattern.CASE_INSENSITIVE);

    private TitleRows() {
    }

    /** The symbol a title row names: a cell of a symbol alone, else the symbol its text mentions; "" for none. */
    static String symbolIn(List<String> cells) {
        String alone = symbol(cells);
        return !alone.isEmpty() ? alone : cells.stream().map(MeetingSymbols::inText).filter(t -> !t.isEmpty())
                .findFirst().orElse("");
    }

    /** A session or meeting word, in English, French or Spanish, after its ordinal. */
    private static final Pattern SESSION_WORD = Pattern.compile("(?iu)\\b(?:session|sesi[óo]n|per[íi]odo\\s+de\\s+"
            + "sesiones|r[ée]union|reuni[óo]n|meeting)\\b");
    /** Words a title puts between the ordinal and the session word: "(resumed)", "reconvened", "ordinaire". */
    private static final Pattern BETWEEN = Pattern.compile("(?iu)\\s*(?:\\(resumed\\)|resumed|reconvened|special|regular|"
            + "ordinary|ordinaire|extraordinaire|ordinari[oa]|extraordinari[oa])\\s*$");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(?iu)^(\\d{1,3})\\s*(?:st|nd|rd|th|e|er|re|[èe]me|"
            + "\\.?\\s?[ºª°]|\\.)?$");

    /**
     * The meeting a title row names in words only ("Commission on Narcotic Drugs - Reconvened sixty-seventh session
     * (Vienna, 13 December 2024)", "Conférence des Parties, sixième réunion", "82.º período de sesiones"): "Commission
     * on Narcotic Drugs, session 67", which joins the only meeting of that session number; "" when no cell of the row
     * names a session by its ordinal.
     */
    static String session(List<String> cells) {
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            Matcher word = SESSION_WORD.matcher(cell);
            while (word.find()) {
                String before = BETWEEN.matcher(cell.substring(0, word.start())).replaceFirst("").stripTrailing();
                String[] words = before.split("\\s+");
                for (int n = Math.min(4, words.length); n >= 1; n--) {
                    String ordinal = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n,
                            words.length));
                    java.util.OptionalInt number = ordinal(ordinal);
                    if (number.isPresent()) {
                        String body = String.join(" ", java.util.Arrays.copyOf(words, words.length - n));
                        for (String cut = ""; !cut.equals(body); ) {
                            // "Board - Resumed", "Commission at its": what stands between the body and the ordinal
                            cut = body;
                            body = body.replaceAll("(?iu)[\\s,\\-–—:]+$|\\s*\\b(?:at\\s+its|of\\s+the|its|la|el|sa|"
                                    + "su|resumed|reconvened|special|regular)$", "").strip();
                        }
                        body = body.isEmpty() ? bodyAfter(cell.substring(word.end())) : body;
                        return (body.isEmpty() ? "" : body + ", ") + "session " + number.getAsInt();
                    }
                }
                Matcher after = NUMBER_AFTER.matcher(cell.substring(word.end()));
                if (after.lookingAt()) {
                    // "Board on Tides, session 12", "Session No. 4 of the Board on Tides"
                    String body = cell.substring(0, word.start()).replaceAll("(?iu)[\\s,\\-–—:]+$", "").strip();
                    body = body.isEmpty() ? bodyAfter(cell.substring(word.end() + after.end())) : body;
                    return (body.isEmpty() ? "" : body + ", ") + "session " + Integer.parseInt(after.group(1));
                }
            }
        }
        return "";
    }

    /** A session's number after its word: "session 13", "meeting No. 4", "réunion n° 2". */
    private static final Pattern NUMBER_AFTER = Pattern.compile("(?iu)\\s*(?:no\\.?|n[°º]|number|#)?\\s*0*(\\d{1,3})"
            + "(?![\\d/.:,]\\d)\\b");

    /**
     * The body named after a session's ordinal, as an event's title puts it ("Thirteenth session of the Conference of
     * the Parties …"): what follows "of the", "de la", "del", up to a bracket, comma or dash; "" for none.
     */
    private static String bodyAfter(String rest) {
        Matcher of = Pattern.compile("(?iu)^\\s*(?:of\\s+the|of|de\\s+la|de\\s+l'|du|des|del|de)\\s+(.+)$")
                .matcher(rest);
        return of.matches() ? of.group(1).split("\\s*(?:[(\\[,;]|\\s[-–—]\\s)")[0].strip() : "";
    }

    private static final org.rapporteur.reference.Bodies BODIES = org.rapporteur.reference.Bodies.loadDefault();

    /**
     * The meeting a text names by its session and body ({@link #session}), keyed as a report's meeting is
     * ({@link org.rapporteur.report.MeetingReport#meetingId(String, int)}: "CTOC/COP#13") where the body is one the
     * reference table of bodies names, or where no body is named but {@code series} (a series printed elsewhere in
     * the title, "(A/AC.291)") is given; else the session in words ({@link #session}); "" for no session.
     */
    static String meeting(String session, String series) {
        Matcher m = Pattern.compile("^(?:(.+), )?session (\\d{1,3})$").matcher(session == null ? "" : session);
        if (!m.matches()) {
            return "";
        }
        int number = Integer.parseInt(m.group(2));
        Optional<String> known = m.group(1) == null ? Optional.empty() : BODIES.seriesNamed(m.group(1));
        if (known.isEmpty() && m.group(1) == null && series != null && !series.isEmpty()) {
            known = Optional.of(series);
        }
        return known.map(s -> org.rapporteur.report.MeetingReport.meetingId(s, number)).orElse(session);
    }

    /**
     * A body's series printed alone in a title, or in brackets ("Concluding session (A/AC.291)"), which names no
     * session: one the reference table of bodies names, or one whose parts number the body ("AC.291"); "" for none.
     */
    static String series(List<String> cells) {
        for (String cell : cells) {
            Matcher m = SERIES.matcher(cell == null ? "" : cell);
            while (m.find()) {
                String series = m.group(1);
                if (ReportSymbol.parse(series).isEmpty() && (series.matches(".*/[A-Z]+\\.\\d+.*")
                        || BODIES.of(series).isPresent())) {
                    return series;
                }
            }
        }
        return "";
    }

    /** A series alone in a cell or in brackets: parts of capitals, dots and numbers joined by "/". */
    private static final Pattern SERIES = Pattern.compile("(?:^\\s*|\\(\\s*)([A-Z][A-Z0-9]*(?:/[A-Z][A-Za-z0-9.\\-]*)+)"
            + "(?=\\s*\\)|\\s*$)");

    /** An ordinal in digits ("67th", "6e", "82.º") or in English or French words ("sixty-seventh", "sixième"). */
    static java.util.OptionalInt ordinal(String text) {
        Matcher digits = ORDINAL_DIGITS.matcher(text.strip());
        if (digits.matches()) {
            return java.util.OptionalInt.of(Integer.parseInt(digits.group(1)));
        }
        java.util.OptionalInt english = org.rapporteur.report.NumberWords.parseOrdinal(text);
        return english.isPresent() ? english : FrenchOrdinals.parse(text);
    }

    /** The symbol a title row's cell holds alone, or "" when no cell of the row does. */
    static String symbol(List<String> cells) {
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            Matcher m = SYMBOL_ALONE.matcher(cell);
            if (m.matches()) {
                Optional<ReportSymbol> symbol = ReportSymbol.parse(m.group(1));
                if (symbol.isPresent()) {
                    return symbol.get().text();
                }
            }
        }
        return "";
    }
}
