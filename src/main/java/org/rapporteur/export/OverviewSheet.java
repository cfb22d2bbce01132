package org.rapporteur.export;

import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The first sheet, a page a person reads: a heading and the lines under it, then one block per {@link OverviewSection}:
 * its title (a link to the sheet its figures come from), a small table whose cells link to the rows behind them, and
 * notes saying where the figures come from. A column of numbers has its header aligned right, above its figures.
 */
final class OverviewSheet {

    /**
     * The widest a column gets, in characters: as wide as the codebook's longest topic name (68), so that a name that
     * fits on one line is given one line. Below it, a row whose text was guessed to wrap (letters are narrower than
     * the digits a width counts, by a margin that depends on the font) stood twice as high as its one line, and read
     * as a blank row between topics.
     */
    private static final int MAX_WIDTH_CHARS = 70;
    private static final float LINE_POINTS = 15f;
    private static final float HEADING_POINTS = 19f;
    /** The most lines a block's header row takes. */
    static final int HEADER_LINES = 3;
    private static final java.util.Set<Object> YES_NO = java.util.Set.of("yes", "no");

    private OverviewSheet() {
    }

    static void write(XSSFSheet sheet, String heading, List<String> intro, List<OverviewSection> sections,
                      WorkbookStyles styles, WorkbookStream.Links links) {
        int[] widths = widths(sections);
        int pageChars = 0;
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (widths[c] + 2) * 256);
            pageChars += widths[c] + 2;
        }
        Row top = sheet.createRow(0);
        WorkbookWriter.text(top.createCell(0), heading, styles, WorkbookStyles.Look.PLAIN.withLarge());
        top.setHeightInPoints(HEADING_POINTS);
        int r = 1;
        for (String line : intro) {
            note(sheet, r++, line, widths.length, pageChars, styles);
        }
        r++;
        int[] linksMade = {0};
        PrintedPage page = PrintedPage.portrait(pageChars);
        page.place(sheet, 0, r, false);
        for (OverviewSection section : sections) {
            int start = r;
            r = block(sheet, r, section, widths, pageChars, styles, links, linksMade);
            page.place(sheet, start, r, true);
        }
        PageSetup.portraitOnePageWide(sheet);
    }

    /** Writes one block from row {@code r} on: its title, header, rows and notes, then a blank row; the next row. */
    private static int block(XSSFSheet sheet, int r, OverviewSection section, int[] widths, int pageChars,
                             WorkbookStyles styles, WorkbookStream.Links links, int[] linksMade) {
        Cell title = sheet.createRow(r++).createCell(0);
        if (!section.sourceSheet().isEmpty() && links.hasSheet(section.sourceSheet())
                && linksMade[0] < links.perSheet()) {
            WorkbookWriter.text(title, section.title(), styles, WorkbookStyles.Look.BOLD.withLink());
            title.setHyperlink(links.hyperlink(title, links.address(section.sourceSheet(), 0, 0)));
            linksMade[0]++;
        } else {
            WorkbookWriter.text(title, section.title(), styles, WorkbookStyles.Look.BOLD);
        }
        Row header = sheet.createRow(r++);
        int headerLines = 1;
        for (int c = 0; c < section.header().size(); c++) {
            // wrapped, so a figure's column is as wide as its figures, not its header
            WorkbookStyles.Look look = WorkbookStyles.Look.BOLD.withFill("DDEBF7").withWrap();
            String name = section.header().get(c);
            WorkbookWriter.text(header.createCell(c), name, styles, numeric(section, c) ? look.withRight() : look);
            span(sheet, header.getRowNum(), section, c, widths);
            headerLines = Math.max(headerLines, WrappedText.lines(name, spanChars(section, c, widths) - 2));
        }
        header.setHeightInPoints(Math.min(HEADER_LINES, headerLines) * LINE_POINTS);
        for (List<Object> values : section.rows()) {
            Row row = sheet.createRow(r++);
            int lines = lines(section, values, widths);
            for (int c = 0; c < values.size() && c < section.header().size(); c++) {
                span(sheet, row.getRowNum(), section, c, widths);
                // (widths were taken from the same values before)
                Object value = values.get(c);
                Optional<WorkbookStream.Target> target = Optional.empty();
                boolean room = linksMade[0] < links.perSheet();
                if (value instanceof LinkedValue linked) {
                    value = linked.value();
                    target = room ? links.target(linked) : Optional.empty();
                } else if (room) {
                    target = links.target(section.links(), section.header(), values, c);
                }
                if (value == null || value instanceof String text && text.isEmpty()) {
                    continue;
                }
                WorkbookStyles.Look look = section.percentColumns().contains(section.header().get(c))
                        ? WorkbookStyles.Look.PLAIN.withFormat(WorkbookStyles.PERCENT_FORMAT)
                        : WorkbookStyles.Look.PLAIN;
                if (value instanceof String text && YES_NO.contains(text)) {
                    look = look.withRight(); // a figure, under its header
                }
                if (lines > 1 || wraps(section, c)) {
                    look = look.withWrap(); // every cell of the row at the top, beside the first line of the text
                }
                Cell cell = row.createCell(c);
                WorkbookWriter.write(cell, value, styles, target.isPresent() ? look.withLink() : look);
                if (target.isPresent()) {
                    linksMade[0]++;
                    cell.setHyperlink(links.hyperlink(cell, links.address(target.get())));
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(lines * LINE_POINTS);
            }
        }
        for (String note : section.notes()) {
            note(sheet, r++, note, widths.length, pageChars, styles);
        }
        return r + 1;
    }

    /**
     * The lines of a row: a text longer than its column (a topic's full name) wraps rather than being cut by the next
     * column's text; at most three, or as many as a column of sentences needs.
     */
    private static int lines(OverviewSection section, List<Object> values, int[] widths) {
        int lines = 1;
        for (int c = 0; c < values.size() && c < widths.length; c++) {
            Object value = values.get(c) instanceof LinkedValue linked ? linked.value() : values.get(c);
            // a column's width counts the default font's digits; text of letters fits some more
            int perLine = (int) (spanChars(section, c, widths) * 1.15);
            if (value instanceof String text && text.length() > perLine) {
                int wrapped = WrappedText.lines(text, perLine);
                lines = Math.max(lines, wraps(section, c) ? wrapped : Math.min(3, wrapped));
            }
        }
        return lines;
    }

    /** Whether column {@code c} of the block holds sentences, always wrapped (see {@link OverviewSection}). */
    private static boolean wraps(OverviewSection section, int c) {
        return c < section.header().size() && section.wrapColumns().contains(section.header().get(c));
    }

    /** The last page column a cell of column {@code c} covers: the page's last for a block's last column of sentences. */
    private static int spanEnd(OverviewSection section, int c, int[] widths) {
        return wraps(section, c) && c == section.header().size() - 1 ? Math.max(c, widths.length - 1) : c;
    }

    /** The characters a cell of column {@code c} has, padding included. */
    private static int spanChars(OverviewSection section, int c, int[] widths) {
        int chars = 0;
        for (int k = c; k <= spanEnd(section, c, widths) && k < widths.length; k++) {
            chars += widths[k] + 2;
        }
        return chars;
    }

    /** Merges a cell of a column of sentences with the page columns right of it, so its lines run across them. */
    private static void span(XSSFSheet sheet, int r, OverviewSection section, int c, int[] widths) {
        int end = spanEnd(section, c, widths);
        if (end > c) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, c, end));
        }
    }

    /**
     * Each column's width in characters: its longest value, or header where the column holds text (a figure's header
     * wraps above it), within bounds.
     */
    private static int[] widths(List<OverviewSection> sections) {
        int[] widths = new int[Math.max(2, sections.stream().mapToInt(s -> s.header().size()).max().orElse(2))];
        for (OverviewSection section : sections) {
            for (int c = 0; c < section.header().size(); c++) {
                String name = section.header().get(c);
                if (wraps(section, c)) {
                    continue; // its sentences wrap within the width the other blocks give it
                }
                widths[c] = Math.max(widths[c], numeric(section, c) ? headerWidth(name) : name.length());
            }
            for (List<Object> values : section.rows()) {
                for (int c = 0; c < values.size() && c < section.header().size(); c++) {
                    if (wraps(section, c)) {
                        continue;
                    }
                    Object value = values.get(c) instanceof LinkedValue linked ? linked.value() : values.get(c);
                    widths[c] = Math.max(widths[c], CsvTableWriter.text(value).length());
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(MAX_WIDTH_CHARS, Math.max(7, widths[c]));
        }
        return widths;
    }

    /**
     * The width a figure's header needs to stand on at most {@link #HEADER_LINES} lines: its longest word, or more
     * where that would take more lines ("States named as taking part" at 7 took four, and its last word was cut off
     * by the row's height).
     */
    static int headerWidth(String name) {
        int width = java.util.Arrays.stream(name.split(" ")).mapToInt(String::length).max().orElse(0);
        while (WrappedText.lines(name, width) > HEADER_LINES) {
            width++;
        }
        return width;
    }

    /**
     * A line of text across the page's columns (merged, wrapped, the row as high as its lines), so that it prints
     * within the page instead of running off its right edge.
     */
    private static void note(XSSFSheet sheet, int r, String text, int columns, int pageChars,
                             WorkbookStyles styles) {
        Row row = sheet.createRow(r);
        WorkbookWriter.text(row.createCell(0), text, styles, WorkbookStyles.Look.PLAIN.withItalic().withWrap());
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
        // a column's width counts characters of the default font; italic notes fit about a third more
        int lines = Math.max(1, (int) Math.ceil(text.length() / (1.3 * Math.max(1, pageChars))));
        row.setHeightInPoints(lines * LINE_POINTS);
    }

    /** Whether a column holds numbers (its header then aligns right, above them). */
    private static boolean numeric(OverviewSection section, int column) {
        boolean any = false;
        for (List<Object> row : section.rows()) {
            Object value = column < row.size() ? row.get(column) : null;
            if (value instanceof LinkedValue linked) {
                value = linked.value();
            }
            if (value instanceof Number || value instanceof java.time.temporal.Temporal
                    || value instanceof String text && YES_NO.contains(text)) {
                any = true;
            } else if (value != null && !(value instanceof String text && text.isEmpty())) {
                return false;
            }
        }
        return any;
    }
}
