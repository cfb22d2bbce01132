package org.rapporteur.export;

import java.util.List;
import java.util.Map;
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
 * @param rowIs           what one row of the table is ("one row per meeting, …"), said of its sheet on the Overview;
 *                        "" when nothing is said
 * @param meanings        what each column holds, by column name: shown when its header cell is selected
 * @param labels          each column's heading in words ("Regional group"), by column name; a column without one
 *                        is headed by its name. The CSV file keeps the names (scripts read them); a header cell's
 *                        prompt names its column too
 * @param columns         where the sheet's columns differ from the CSV file's: columns it shows elsewhere and columns
 *                        only it shows, computed from the row ({@link SheetColumns})
 */
public record TableLayout(Set<String> wrapColumns, Set<String> percentColumns, List<LinkRule> links,
                          Set<String> colouredColumns, List<LegendEntry> legend, String groupColumn,
                          int frozenColumns, String rowIs, Map<String, String> meanings, Map<String, String> labels,
                          SheetColumns columns) {

    public static final TableLayout PLAIN = new TableLayout(Set.of(), Set.of(), List.of(), Set.of(), List.of(), null,
            0, "", Map.of(), Map.of(), SheetColumns.SAME);

    public TableLayout {
        wrapColumns = Set.copyOf(wrapColumns);
        percentColumns = Set.copyOf(percentColumns);
        links = List.copyOf(links);
        colouredColumns = Set.copyOf(colouredColumns);
        legend = List.copyOf(legend);
        rowIs = rowIs == null ? "" : rowIs;
        meanings = Map.copyOf(meanings);
        labels = Map.copyOf(labels);
        columns = columns == null ? SheetColumns.SAME : columns;
    }

    public TableLayout wrap(String... columns) {
        return new TableLayout(Set.of(columns), percentColumns, links, colouredColumns, legend, groupColumn,
                frozenColumns, rowIs, meanings, labels, this.columns);
    }

    public TableLayout percent(String... columns) {
        return new TableLayout(wrapColumns, Set.of(columns), links, colouredColumns, legend, groupColumn,
                frozenColumns, rowIs, meanings, labels, this.columns);
    }

    public TableLayout link(LinkRule... rules) {
        return new TableLayout(wrapColumns, percentColumns, List.of(rules), colouredColumns, legend, groupColumn,
                frozenColumns, rowIs, meanings, labels, columns);
    }

    public TableLayout colours(Set<String> columns, List<LegendEntry> entries) {
        return new TableLayout(wrapColumns, percentColumns, links, columns, entries, groupColumn,
                frozenColumns, rowIs, meanings, labels, this.columns);
    }

    public TableLayout groupedBy(String column) {
        return new TableLayout(wrapColumns, percentColumns, links, colouredColumns, legend, column,
                frozenColumns, rowIs, meanings, labels, columns);
    }

    public TableLayout freezeColumns(int columns) {
        return new TableLayout(wrapColumns, percentColumns, links, colouredColumns, legend, groupColumn, columns,
                rowIs, meanings, labels, this.columns);
    }

    /** The same layout, its sheet described on the Overview by what one row is. */
    public TableLayout describe(String what) {
        return new TableLayout(wrapColumns, percentColumns, links, colouredColumns, legend, groupColumn,
                frozenColumns, what, meanings, labels, columns);
    }

    /** The same layout, each column's header saying what the column holds ({@code meanings} by column name). */
    public TableLayout explain(Map<String, String> columnMeanings) {
        return new TableLayout(wrapColumns, percentColumns, links, colouredColumns, legend, groupColumn,
                frozenColumns, rowIs, columnMeanings, labels, columns);
    }

    /** The same layout, its columns headed in words ({@code headings} by column name). */
    public TableLayout label(Map<String, String> headings) {
        return new TableLayout(wrapColumns, percentColumns, links, colouredColumns, legend, groupColumn,
                frozenColumns, rowIs, meanings, headings, columns);
    }

    /** The same layout, the sheet's columns placed and added as {@code sheetColumns} says. */
    public TableLayout columns(SheetColumns sheetColumns) {
        return new TableLayout(wrapColumns, percentColumns, links, colouredColumns, legend, groupColumn,
                frozenColumns, rowIs, meanings, labels, sheetColumns);
    }

    /** A column's heading on the sheet: its label, else its name. */
    public String heading(String column) {
        String label = labels.get(column);
        return label == null || label.isBlank() ? column : label;
    }
}
