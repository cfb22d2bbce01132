package org.rapporteur.participants;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.report.ReportSymbol;

/**
 * The meeting named in a title row above a list's header, as a printed list pasted into a sheet names it: a cell that
 * holds a report symbol and nothing else, but for a draft's "PROV." ({@code WIPO/GRTKF/IC/52/10 PROV.}). Looked at
 * only where neither a Meeting column nor the file name names the meeting. A title that only mentions a symbol
 * ("List of participants (PBC.42/INF/1)") names the list, not the meeting, and is not taken.
 */
final class TitleRows {

    private static final Pattern SYMBOL_ALONE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9.]*(?:/[A-Za-z0-9.()\\-]+)+)"
            + "(?:\\s*[(\\[]?\\s*(?:PROV|provisional|provisoire)\\.?\\s*[)\\]]?)?\\s*$", Pattern.CASE_INSENSITIVE);

    private TitleRows() {
    }

    /** An ordinal before "session" ("sixty-seventh session", "Reconvened 67th session"), and what precedes it. */
    private static final Pattern SESSION = Pattern.compile("(?i)^(.*?)[\\s,\\-–—:]*\\b(?:reconvened\\s+|resumed\\s+"
            + "|special\\s+|regular\\s+)?([a-z]+(?:-[a-z]+)?|\\d{1,3}(?:st|nd|rd|th))\\s+(?:\\(?resumed\\)?\\s+)?"
            + "session\\b.*$");

    /**
     * The meeting a title row names in words only ("Commission on Narcotic Drugs - Reconvened sixty-seventh session
     * (Vienna, 13 December 2024)"): "Commission on Narcotic Drugs, session 67", which joins the only meeting of that
     * session number; "" when no cell of the row names a session.
     */
    static String session(List<String> cells) {
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            Matcher m = SESSION.matcher(cell.strip());
            if (m.matches()) {
                java.util.OptionalInt number = org.rapporteur.report.NumberWords.parseOrdinal(m.group(2));
                if (number.isPresent()) {
                    String body = m.group(1).strip().replaceAll("[\\s,\\-–—:]+$", "");
                    return (body.isEmpty() ? "" : body + ", ") + "session " + number.getAsInt();
                }
            }
        }
        return "";
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
