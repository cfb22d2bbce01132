package org.rapporteur.export;

/**
 * Defence against CSV/formula injection (CWE-1236, OWASP "CSV Injection").
 *
 * <p>Exported text comes from input documents we do not control. Spreadsheet programs treat a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (and, after trimming, a leading tab or carriage
 * return) as a formula, so a value like {@code =HYPERLINK("http://x","y")} would run when a reader opens
 * the CSV. Prefixing such text with a single quote makes it inert, literal text.
 *
 * <p>Only text cells go through here: numbers stay numbers, so a negative number is never mangled.
 * The CSV and the workbook both use this method so that they show exactly the same text.
 */
public final class CellText {

    private CellText() {
    }

    /**
     * Returns {@code text} prefixed with {@code '} if it starts with {@code = + - @ \t \r}; otherwise
     * {@code text} unchanged ({@code null} stays {@code null}).
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
