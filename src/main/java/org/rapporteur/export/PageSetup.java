package org.rapporteur.export;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How every sheet prints (or turns into a PDF): landscape, one page wide, as many pages down as it takes. */
final class PageSetup {

    private PageSetup() {
    }

    static void landscapeOnePageWide(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** A table's sheet: also its header row printed at the top of every page. */
    static void table(Sheet sheet) {
        landscapeOnePageWide(sheet);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }
}
