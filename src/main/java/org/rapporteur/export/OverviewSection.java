package org.rapporteur.export;

import java.util.List;
import java.util.Set;

/**
 * One block of the workbook's Overview sheet: a title (linked to the sheet the figures come from), a small table and
 * notes saying where each figure comes from.
 *
 * @param title          e.g. "Meetings covered"
 * @param sourceSheet    the sheet the figures come from; the title links to it ("" for none)
 * @param header         column names
 * @param rows           values: text, numbers, dates (like a {@link Table}'s)
 * @param percentColumns fractions shown as percentages
 * @param links          links from cells to the rows behind them, as in a {@link TableLayout}
 * @param notes          where the figures come from, one line each
 * @param wrapColumns    columns of sentences: their cells always wrap, the row as high as their lines; such a column
 *                       sets no column's width, and when it is the block's last it spans the rest of the page
 */
public record OverviewSection(String title, String sourceSheet, List<String> header, List<List<Object>> rows,
                              Set<String> percentColumns, List<LinkRule> links, List<String> notes,
                              Set<String> wrapColumns) {

    public OverviewSection {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        percentColumns = Set.copyOf(percentColumns);
        links = List.copyOf(links);
        notes = List.copyOf(notes);
        wrapColumns = Set.copyOf(wrapColumns);
    }

    /** A block without a column of sentences. */
    public OverviewSection(String title, String sourceSheet, List<String> header, List<List<Object>> rows,
                           Set<String> percentColumns, List<LinkRule> links, List<String> notes) {
        this(title, sourceSheet, header, rows, percentColumns, links, notes, Set.of());
    }
}
