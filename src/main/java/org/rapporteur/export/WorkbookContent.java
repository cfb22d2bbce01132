package org.rapporteur.export;

import java.util.List;
import java.util.Map;

/**
 * Everything the workbook shows, in order: the Overview sheet, the Charts sheet, then one sheet per table (each with
 * its {@link TableLayout}, plain when none is given).
 *
 * @param title      the Overview's heading
 * @param intro      lines under the heading
 * @param overview   the Overview's sections
 * @param chartNotes lines above the charts
 * @param charts     the charts, in order
 * @param tables     the table sheets, in order
 * @param layouts    layout by table name
 */
public record WorkbookContent(String title, List<String> intro, List<OverviewSection> overview,
                              List<String> chartNotes, List<ChartSpec> charts, List<Table> tables,
                              Map<String, TableLayout> layouts) {

    public WorkbookContent {
        intro = List.copyOf(intro);
        overview = List.copyOf(overview);
        chartNotes = List.copyOf(chartNotes);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
        layouts = Map.copyOf(layouts);
    }

    /** A workbook without lines under the heading or above the charts. */
    public WorkbookContent(String title, List<OverviewSection> overview, List<ChartSpec> charts, List<Table> tables,
                           Map<String, TableLayout> layouts) {
        this(title, List.of(), overview, List.of(), charts, tables, layouts);
    }

    /** Only tables, plainly laid out (no Overview sections, no charts). */
    public static WorkbookContent ofTables(List<Table> tables) {
        return new WorkbookContent("Rapporteur", List.of(), List.of(), tables, Map.of());
    }

    public TableLayout layout(String table) {
        return layouts.getOrDefault(table, TableLayout.PLAIN);
    }
}
