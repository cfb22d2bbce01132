package org.rapporteur.export;

import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The first sheet: a heading, then one block per {@link OverviewSection}: its title (a link to the sheet its figures
 * come from), a small table whose cells link to the rows behind them, and notes saying where the figures come from.
 */
final class OverviewSheet {

    private static final int MAX_WIDTH_CHARS = 48;

    private OverviewSheet() {
    }

    static void write(XSSFSheet sheet, String heading, List<OverviewSection> sections, WorkbookStyles styles,
                      WorkbookStream.Links links) {
        int[] widths = new int[Math.max(2, sections.stream().mapToInt(s -> s.header().size()).max().orElse(2))];
        WorkbookWriter.text(sheet.createRow(0).createCell(0), heading, styles, WorkbookStyles.Look.PLAIN.withLarge());
        int r = 2;
        int linksMade = 0;
        for (OverviewSection section : sections) {
            Cell title = sheet.createRow(r++).createCell(0);
            if (!section.sourceSheet().isEmpty() && links.hasSheet(section.sourceSheet())) {
                WorkbookWriter.text(title, section.title(), styles, WorkbookStyles.Look.BOLD.withLink());
                title.setHyperlink(links.hyperlink(title, links.address(section.sourceSheet(), 0, 0)));
            } else {
                WorkbookWriter.text(title, section.title(), styles, WorkbookStyles.Look.BOLD);
            }
            Row header = sheet.createRow(r++);
            for (int c = 0; c < section.header().size(); c++) {
                WorkbookWriter.text(header.createCell(c), section.header().get(c), styles,
                        WorkbookStyles.Look.BOLD.withFill("DDEBF7"));
                widths[c] = Math.max(widths[c], section.header().get(c).length());
            }
            for (List<Object> values : section.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size() && c < section.header().size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    WorkbookStyles.Look look = section.percentColumns().contains(section.header().get(c))
                            ? WorkbookStyles.Look.PLAIN.withFormat(WorkbookStyles.PERCENT_FORMAT)
                            : WorkbookStyles.Look.PLAIN;
                    Optional<WorkbookStream.Target> target = linksMade < WorkbookWriter.MAX_LINKS_PER_SHEET
                            ? links.target(section.links(), section.header(), values, c) : Optional.empty();
                    if (target.isPresent()) {
                        linksMade++;
                    }
                    Cell cell = row.createCell(c);
                    WorkbookWriter.write(cell, value, styles, target.isPresent() ? look.withLink() : look);
                    target.ifPresent(t -> cell.setHyperlink(links.hyperlink(cell, links.address(t))));
                    widths[c] = Math.max(widths[c], CsvTableWriter.text(value).length());
                }
            }
            for (String note : section.notes()) {
                WorkbookWriter.text(sheet.createRow(r++).createCell(0), note, styles,
                        WorkbookStyles.Look.PLAIN.withItalic());
            }
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(MAX_WIDTH_CHARS, Math.max(10, widths[c])) + 2) * 256);
        }
        // printed (or turned into PDF) as one page wide, landscape
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
