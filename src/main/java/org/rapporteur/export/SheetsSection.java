package org.rapporteur.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Overview's list of the workbook's sheets: each sheet (a link to it), how many rows its table has and what one row
 * is, so that a reader knows what every tab holds before opening it, and can check a sheet's rows against its CSV file.
 * The name alone is the link and the description a wrapped cell of its own: a link's cell does not wrap in every
 * spreadsheet (LibreOffice cut "name: description" at the column's edge).
 */
final class SheetsSection {

    static final String TITLE = "Sheets in this workbook";
    static final String WHAT = "What one row is";
    static final List<String> HEADER = List.of("Sheet", "Rows", WHAT);
    static final String CHARTS = "charts per body series, each beside the small table it plots";

    private SheetsSection() {
    }

    /**
     * The block, or none when no sheet says what its rows are (a workbook of plain tables).
     *
     * @param sheets  the table sheets, in order, closed (their rows all given)
     * @param sheetOf each table's sheet name
     * @param charts  the name of the Charts sheet, or null when it has none
     * @param rowsPerSheet the most data rows a sheet shows
     */
    static List<OverviewSection> of(List<TableSheet> sheets, Map<String, String> sheetOf, String charts,
                                    int rowsPerSheet) {
        if (sheets.stream().allMatch(sheet -> sheet.rowIs().isEmpty())) {
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>();
        if (charts != null) {
            rows.add(java.util.Arrays.asList(charts, null, CHARTS));
        }
        boolean cut = false;
        for (TableSheet sheet : sheets) {
            String name = sheetOf.get(sheet.table());
            // row -1: the link goes to the sheet's header, its first cell
            rows.add(List.of(new LinkedValue(name, sheet.table(), -1), sheet.rowsGiven(), sheet.rowIs()));
            cut |= sheet.cut();
        }
        List<String> notes = new ArrayList<>();
        notes.add("Rows: the rows of the sheet's table, as many as its CSV file holds; the heading rows of a sheet "
                + "grouped by regional group are not counted.");
        if (cut) {
            notes.add("A sheet shows at most its first " + String.format(java.util.Locale.ROOT, "%,d", rowsPerSheet)
                    + " rows; the lines under the heading name the sheets cut.");
        }
        return List.of(new OverviewSection(TITLE, "", HEADER, rows, Set.of(), List.of(), notes, Set.of(WHAT)));
    }
}
