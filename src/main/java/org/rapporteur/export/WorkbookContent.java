package org.rapporteur.export;

import java.util.List;
import java.util.Map;

/**
 * Everything the workbook shows, in order: the Overview sheet, the Charts sheet, then one sheet per table (each with
 * its {@link TableLayout}, plain when none is given).
 *
 * @param title    the Overview's heading
 * @param overview the Overview's sections
 * @param charts   the charts, in order
 * @param tables   the table sheets, in order
 * @param layouts  layout by table name
 */
public record WorkbookContent(String title, List<OverviewSection> overview, List<ChartSpec> charts, List<Table> tables,
                              Map<String, TableLayout> layouts) {

    public WorkbookContent {
        overview = List.copyOf(overview);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
        layouts = Map.copyOf(layouts);
    }

    /** Only tables, plainly laid out (no Overview sections, no charts). */
    public static WorkbookContent ofTables(List<Table> tables) {
        return new WorkbookContent("Rapporteur", List.of(), List.of(), tables, Map.of());
    }

    public TableLayout layout(String table) {
        return layouts.getOrDefault(table, TableLayout.PLAIN);
    }
}
