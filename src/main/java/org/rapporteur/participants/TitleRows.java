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
