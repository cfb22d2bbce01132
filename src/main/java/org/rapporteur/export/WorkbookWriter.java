package org.rapporteur.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Writes a workbook of tables given whole: the Overview sheet, the Charts sheet (when there are charts), then one
 * sheet per table, through a {@link WorkbookStream}; and the cell-level rules every sheet follows.
 *
 * <p>Each table sheet is a real Excel table (filter buttons, banded rows) with a frozen header; numbers, booleans and
 * dates are typed cells; long text columns wrap; widths are computed from the data (no {@code autoSizeColumn}, which
 * needs fonts and reads every row).
 *
 * <p>Text read from documents may begin with {@code = + - @}, a tab or a carriage return. Such a cell is a string cell
 * with Excel's "quote prefix" style, which Excel and LibreOffice show as the text it is and keep as text when edited;
 * the CSV files prefix it with {@code '} instead ({@link CellText}).
 */
public class WorkbookWriter {

    public static final String OVERVIEW_SHEET = "Overview";
    /** Fixed created/modified time of the document, so the properties do not depend on when we ran. */
    static final Instant FIXED_TIME = Instant.parse("2000-01-01T00:00:00Z");
    static final String CREATOR = "Rapporteur";
    static final String TABLE_STYLE = "TableStyleMedium2";

    static final int MIN_WIDTH_CHARS = 8;
    static final int MAX_WIDTH_CHARS = 60;
    static final int WRAP_WIDTH_CHARS = 80;
    /** The most characters a cell holds. */
    static final int MAX_CELL_TEXT = 32_767;
    /** The most hyperlinks Excel keeps on one sheet; later cells get none. */
    static final int MAX_LINKS_PER_SHEET = 65_530;
    /**
     * The most data rows a table's sheet shows: about 400 meetings' participation rows or 1,000 meetings' positions,
     * as many as a person scrolls and filters; the rest are in the table's CSV file, and the sheet says so. With it the
     * workbook's size and cost stop growing with the archive.
     */
    public static final int MAX_ROWS_PER_SHEET = 25_000;

    /** Writes a workbook of plain table sheets (no Overview sections, no charts). */
    public void write(List<Table> tables, Path file) throws IOException {
        write(WorkbookContent.ofTables(tables), file);
    }

    /**
     * Writes the workbook to {@code file}, replacing it via a temp file and a rename. Every table is indexed before
     * any is written, so a link may point to a table given after it.
     */
    public void write(WorkbookContent content, Path file) throws IOException {
        List<LinkRule> rules = new ArrayList<>();
        content.layouts().values().forEach(layout -> rules.addAll(layout.links()));
        content.overview().forEach(section -> rules.addAll(section.links()));
        try (WorkbookStream workbook = new WorkbookStream(rules)) {
            content.tables().forEach(workbook::index);
            List<TableSheet> sheets = new ArrayList<>();
            for (Table table : content.tables()) {
                sheets.add(workbook.sheet(table.name(), table.name(), table.header(),
                        content.layout(table.name())));
            }
            for (int t = 0; t < sheets.size(); t++) {
                for (List<Object> row : content.tables().get(t).rows()) {
                    sheets.get(t).add(row);
                }
            }
            workbook.finish(content.title(), content.intro(), content.overview(), content.chartNotes(),
                    content.charts(), file);
        }
    }

    /** Copies one zip entry's content, possibly changed. */
    @FunctionalInterface
    interface EntryCopy {
        void copy(String name, InputStream in, OutputStream out) throws IOException;
    }

    /**
     * Copies the zip (an .xlsx is one) entry by entry, in the same order, through {@code copy}, with every entry time
     * set to {@link #FIXED_TIME}: POI stamps entries with the current time, which is the only thing that would
     * otherwise make two writes of the same tables differ. {@code setTimeLocal} stores the DOS time as given, so the
     * bytes do not depend on the machine's time zone either.
     */
    static java.util.Map<String, long[]> writeWithFixedEntryTimes(Path zip, OutputStream target, EntryCopy copy)
            throws IOException {
        java.util.Map<String, long[]> written = new java.util.LinkedHashMap<>();
        LocalDateTime fixed = LocalDateTime.ofInstant(FIXED_TIME, ZoneOffset.UTC);
        ZipOutputStream out = new ZipOutputStream(target);
        // the fastest level: at the default one, compressing the sheets was the largest single cost of the export
        // (about 90 MB of XML per 1,000 meetings); the file comes out about a quarter larger
        out.setLevel(Deflater.BEST_SPEED);
        // read through the central directory: the streamed sheets' local headers carry no sizes
        try (ZipFile in = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                ZipEntry fixedEntry = new ZipEntry(entry.getName());
                fixedEntry.setTimeLocal(fixed);
                out.putNextEntry(fixedEntry);
                try (InputStream data = in.getInputStream(entry)) {
                    copy.copy("/" + entry.getName(), data, out);
                }
                out.closeEntry();
                // the entry's CRC-32 and length, known once it is closed (written with a data descriptor)
                written.put("/" + entry.getName(), new long[] {fixedEntry.getCrc(), fixedEntry.getSize()});
            }
        }
        out.finish(); // not close(): AtomicFiles closes the target stream
        return written;
    }

    /** Header names Excel accepts for a table's columns: none empty, none repeated (ignoring case). */
    static List<String> tableHeader(List<String> header) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String base = header.get(c) == null || header.get(c).isBlank() ? "Column" + (c + 1)
                    : header.get(c).strip();
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " (" + n + ")";
            }
            names.add(name);
        }
        return names;
    }

    /** An Excel table name: letters, digits and underscores, unique in the workbook. */
    static String tableName(String tableName, Set<String> used) {
        String base = "T_" + tableName.replaceAll("[^A-Za-z0-9_]", "_");
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** A typed cell: numbers, booleans, dates and date-times as such, anything else as inert text. */
    static void write(Cell cell, Object value, WorkbookStyles styles, WorkbookStyles.Look look) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            // yes or no, as a person reads it (a spreadsheet shows a boolean cell as TRUE/FALSE or 1/0); the CSV
            // keeps true/false for scripts
            text(cell, bool ? "yes" : "no", styles, look);
            return;
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            look = look.format() == null ? look.withFormat(WorkbookStyles.DATE_FORMAT) : look;
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            look = look.format() == null ? look.withFormat(WorkbookStyles.DATE_TIME_FORMAT) : look;
        } else if (value != null) {
            text(cell, value.toString(), styles, look);
            return;
        }
        CellStyle style = styles.of(look);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * A text cell, inert: text that a spreadsheet would take for a formula keeps its characters and gets the quote
     * prefix style, so it shows and stays as text. Text longer than a cell holds (32,767 characters) is cut, with
     * "…" at the end; the CSV keeps it whole.
     */
    static void text(Cell cell, String text, WorkbookStyles styles, WorkbookStyles.Look look) {
        String shown = text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "\u2026" : text;
        cell.setCellValue(shown);
        if (!shown.equals(CellText.neutralise(shown))) {
            look = look.withQuoted();
        }
        CellStyle style = styles.of(look);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * A legal sheet name (at most 31 chars, no {@code \ / ? * [ ] :}) that Excel accepts in this workbook:
     * names are unique ignoring case, so a clash after cutting gets a {@code " (2)"}-style suffix.
     */
    static String uniqueName(String wanted, Set<String> usedLowerCase) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; !usedLowerCase.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
