package org.rapporteur.export;

/**
 * How many lines a text takes in a wrapped cell, counted as a spreadsheet wraps it: at spaces, a word that does not fit
 * moved to the next line, a word longer than the line cut. Widths are in characters of the default font (a column's
 * width unit), so the count is an estimate for a proportional font; a row is given the height of that many lines, so
 * that the last line is not hidden below the next row.
 */
final class WrappedText {

    /** Enough for any cell a person reads; a row's height is capped well below it anyway. */
    private static final int MAX_LINES = 10_000;

    private WrappedText() {
    }

    /** The lines {@code text} takes at {@code width} characters a line (at least one; line breaks kept). */
    static int lines(String text, int width) {
        int perLine = Math.max(1, width);
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            lines += paragraphLines(paragraph, perLine);
            if (lines >= MAX_LINES) {
                return MAX_LINES;
            }
        }
        return Math.max(1, lines);
    }

    private static int paragraphLines(String paragraph, int perLine) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length <= perLine) {
                used += 1 + length;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            // a word longer than the line takes whole lines of its own, the rest starting the next
            lines += (Math.max(1, length) - 1) / perLine;
            used = length == 0 ? 0 : (length - 1) % perLine + 1;
        }
        return lines;
    }
}
