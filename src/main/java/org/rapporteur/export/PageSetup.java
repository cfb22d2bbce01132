package org.rapporteur.export;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the sheets print (or turn into a PDF), on A4: the Overview portrait, one page wide (one page when it fits, as on
 * a small archive); the Charts landscape, one page wide; a table landscape, its header row (and the columns that say
 * whose row it is) on every page, as few pages wide as keep its text at a readable scale: a wide table (the
 * participation sheet's twenty-odd columns) prints two pages wide rather than shrunk to a third of its size.
 */
final class PageSetup {

    /** The smallest scale a table prints at when it can: below it, 10-point text is too small to read. */
    static final double MIN_READABLE_SCALE = 0.55;
    /**
     * The most leading columns printed again on each page across (the meeting and the entity's code; a matrix's code
     * and name): more would crowd the page out. A fixed number, not one from the data: a sheet that stands as an
     * earlier export wrote it has no rows to measure, and the workbook's print titles must be those of a whole build.
     */
    static final int MAX_REPEATED_COLUMNS = 2;

    private PageSetup() {
    }

    static void landscapeOnePageWide(Sheet sheet) {
        pagesWide(sheet, true, 1);
    }

    /** The Overview: portrait, one page wide, its row breaks placed by {@link PrintedPage#portrait}. */
    static void portraitOnePageWide(Sheet sheet) {
        pagesWide(sheet, false, 1);
    }

    /**
     * A table's sheet: landscape, the header row printed at the top of every page and the leading columns that say
     * whose row it is (its first {@code frozenColumns}, at most {@link #MAX_REPEATED_COLUMNS}) at the left of every
     * page, {@link #pagesWide} pages wide for its columns' widths ({@code chars}, in characters).
     */
    static void table(Sheet sheet, int[] chars, int frozenColumns) {
        int total = 0;
        for (int c : chars) {
            total += c;
        }
        int repeated = Math.min(Math.min(frozenColumns, MAX_REPEATED_COLUMNS), chars.length);
        int repeatedChars = 0;
        for (int c = 0; c < repeated; c++) {
            repeatedChars += chars[c];
        }
        pagesWide(sheet, true, pagesWide(total, repeatedChars));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        if (repeated > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, repeated - 1));
        }
    }

    /**
     * The fewest landscape pages a table of {@code chars} characters of columns prints across at a readable scale, each
     * page after the first repeating {@code repeated} characters of them.
     */
    static int pagesWide(int chars, int repeated) {
        double perPage = PrintedPage.charsAt(MIN_READABLE_SCALE, true);
        if (chars <= perPage) {
            return 1;
        }
        // key columns wider than half a page are not worth keeping apart: the page count as if none were repeated
        double rest = repeated < perPage / 2 ? perPage - repeated : perPage;
        return (int) Math.ceil((chars - (repeated < perPage / 2 ? repeated : 0)) / rest);
    }

    private static void pagesWide(Sheet sheet, boolean landscape, int pages) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) pages);
        print.setFitHeight((short) 0);
    }
}
