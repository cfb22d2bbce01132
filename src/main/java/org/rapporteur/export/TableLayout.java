package org.rapporteur.export;

import java.util.List;
import java.util.Set;

/**
 * How a table looks in the workbook, beyond its values: wrapped text columns (the evidence), percentages, links to the
 * evidence, cell colours with their legend, and grouping by a column. Plain data: the statistics package says what,
 * {@link WorkbookWriter} says how.
 *
 * @param wrapColumns     long text, shown wrapped in a wide column
 * @param percentColumns  fractions shown as percentages
 * @param links           links from cells to the rows behind them
 * @param colouredColumns columns whose cells are filled by the {@code legend}'s colours
 * @param legend          the colours and what they mean, shown beside the table
 * @param groupColumn     when set, the sheet is grouped by this column (a heading row per value, rows outlined under
 *                        it) instead of being an Excel table
 * @param frozenColumns   leading columns that stay in view when scrolling sideways (the header row always does)
 */
public record TableLayout(Set<String> wrapColumns, Set<String> percentColumns, List<LinkRule> links,
                          Set<String> colouredColumns, List<LegendEntry> legend, String groupColumn,
                          int frozenColumns) {

    public static final TableLayout PLAIN = new TableLayout(Set.of(), Set.of(), List.of(), Set.of(), List.of(), null,
            0);

    public TableLayout {
        wrapColumns = Set.copyOf(wrapColumns);
        percentColumns = Set.copyOf(percentColumns);
        links = List.copyOf(links);
        colouredColumns = Set.copyOf(colouredColumns);
        legend = List.copyOf(legend);
    }

    public TableLayout wrap(String... columns) {
        return new TableLayout(Set.of(columns), percentColumns, links, colouredColumns, legend, groupColumn,
                frozenColumns);
    }

    public TableLayout percent(String... columns) {
        return new TableLayout(wrapColumns, Set.of(columns), links, colouredColumns, legend, groupColumn,
                frozenColumns);
    }

    public TableLayout link(LinkRule... rules) {
        return new TableLayout(wrapColumns, percentColumns, List.of(rules), colouredColumns, legend, groupColumn,
                frozenColumns);
    }

    public TableLayout colours(Set<String> columns, List<LegendEntry> entries) {
        return new TableLayout(wrapColumns, percentColumns, links, columns, entries, groupColumn,
                frozenColumns);
    }

    public TableLayout groupedBy(String column) {
        return new TableLayout(wrapColumns, percentColumns, links, colouredColumns, legend, column,
                frozenColumns);
    }

    public TableLayout freezeColumns(int columns) {
        return new TableLayout(wrapColumns, percentColumns, links, colouredColumns, legend, groupColumn, columns);
    }
}
