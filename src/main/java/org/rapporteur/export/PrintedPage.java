package org.rapporteur.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Where the rows of a sheet of blocks (the Overview, the Charts) fall on printed pages, decided here rather than left
 * to the spreadsheet, so that a block starts a page instead of leaving its title at the foot of one, and a chart is not
 * cut in two. The sheet prints one page wide, so the wider its columns
 * the smaller the scale and the more points of rows a page holds: {@code printable height / scale}. The page is
 * taken as A4 landscape within the default margins (it holds fewer rows for its width than US Letter), the columns
 * a little wider than their characters and the page a little shorter, so that a page never holds more than a
 * printer puts on it: every break is one of ours.
 */
final class PrintedPage {

    /** A4 within the default margins (0.7 in left and right, 0.75 in top and bottom), in points. */
    private static final double LONG_SIDE_POINTS = 11.69 * 72;
    private static final double SHORT_SIDE_POINTS = 8.27 * 72;
    private static final double SIDE_MARGINS_POINTS = 1.4 * 72;
    private static final double TOP_BOTTOM_MARGINS_POINTS = 1.5 * 72;
    /** A character of a column's width: 7 pixels of the default font's digit and some, at 96 pixels an inch. */
    private static final double POINTS_PER_CHAR = 7.5 * 0.75;
    private static final double SAFETY = 0.95;
    /** A row of the default font, where none is set. */
    private static final double DEFAULT_ROW_POINTS = 15;

    private final double capacity;
    private double used;

    /** A landscape page one page wide over {@code pageChars} characters of columns. */
    PrintedPage(double pageChars) {
        this(pageChars, true);
    }

    private PrintedPage(double pageChars, boolean landscape) {
        double height = (landscape ? SHORT_SIDE_POINTS : LONG_SIDE_POINTS) - TOP_BOTTOM_MARGINS_POINTS;
        capacity = SAFETY * height / scale(pageChars, landscape);
    }

    /** A portrait page one page wide over {@code pageChars} characters of columns. */
    static PrintedPage portrait(double pageChars) {
        return new PrintedPage(pageChars, false);
    }

    /** The characters of columns one page holds across at {@code scale}. */
    static double charsAt(double scale, boolean landscape) {
        double width = (landscape ? LONG_SIDE_POINTS : SHORT_SIDE_POINTS) - SIDE_MARGINS_POINTS;
        return width / (POINTS_PER_CHAR * scale);
    }

    /** The scale at which {@code pageChars} characters of columns fit one page wide (at most 1). */
    static double scale(double pageChars, boolean landscape) {
        double width = (landscape ? LONG_SIDE_POINTS : SHORT_SIDE_POINTS) - SIDE_MARGINS_POINTS;
        return Math.min(1, width / (Math.max(1, pageChars) * POINTS_PER_CHAR));
    }

    /** The points of rows a page holds, unscaled. */
    double capacity() {
        return capacity;
    }

    /**
     * Places rows {@code from} to {@code to} (exclusive, written): a block that does not fit in what is left of
     * the page starts the next one (if {@code keepTogether}, and it fits on a page, or less than half of this page
     * is left); a longer block runs on, broken where a page is full.
     */
    void place(Sheet sheet, int from, int to, boolean keepTogether) {
        double points = 0;
        for (int r = from; r < to; r++) {
            points += height(sheet, r);
        }
        if (keepTogether && used > 0 && used + points > capacity
                && (points <= capacity || used > capacity / 2)) {
            sheet.setRowBreak(from - 1);
            used = 0;
        }
        for (int r = from; r < to; r++) {
            double row = height(sheet, r);
            if (used > 0 && used + row > capacity) {
                sheet.setRowBreak(r - 1);
                used = 0;
            }
            used += row;
        }
    }

    private static double height(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? DEFAULT_ROW_POINTS : row.getHeightInPoints();
    }
}
