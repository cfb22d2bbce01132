package org.rapporteur.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the whole export as one .xlsx workbook: a "Summary" sheet, then one sheet per {@link Table}.
 *
 * <p>Readers filter and sort in Excel, so each table sheet gets a bold, frozen header row and an
 * auto-filter. Numbers, booleans and dates are written as real typed cells (dates formatted
 * {@code yyyy-mm-dd}) so they sort and sum correctly; text goes through {@link CellText#neutralise} exactly
 * as in the CSV, so both files show the same text and neither can run an injected formula.
 *
 * <p>Column widths are computed from the data instead of {@code Sheet.autoSizeColumn}, which needs fonts
 * (AWT) and is slow and machine-dependent. Document properties and zip entry times are fixed so that
 * the same tables give the same bytes on every run (a re-run does not look like a change).
 */
public class WorkbookWriter {

    static final String SUMMARY_SHEET = "Summary";
    /** Fixed created/modified time of the document, so the properties do not depend on when we ran. */
    static final Instant FIXED_TIME = Instant.parse("2000-01-01T00:00:00Z");
    static final String CREATOR = "Rapporteur";

    static final int MIN_WIDTH_CHARS = 8;
    static final int MAX_WIDTH_CHARS = 60;
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    /**
     * Writes the Summary sheet ({@code Label}/{@code Value}) and then one sheet per table in the given
     * order to {@code file}, replacing it via a temp file and a rename.
     */
    public void write(List<Table> tables, List<SummaryLine> summary, Path file) throws IOException {
        write(tables, summary, List.of(), file);
    }

    /** As {@link #write(List, List, Path)}, with a Charts sheet after the Summary when there are charts. */
    public void write(List<Table> tables, List<SummaryLine> summary, List<ChartSpec> charts, Path file)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> usedNames = new HashSet<>();

            Sheet summarySheet = workbook.createSheet(uniqueName(SUMMARY_SHEET, usedNames));
            Row header = summarySheet.createRow(0);
            writeCell(header.createCell(0), "Label", styles, true);
            writeCell(header.createCell(1), "Value", styles, true);
            int[] summaryWidths = {"Label".length(), "Value".length()};
            for (int i = 0; i < summary.size(); i++) {
                SummaryLine line = summary.get(i);
                Row row = summarySheet.createRow(i + 1);
                writeCell(row.createCell(0), line.label(), styles, false);
                writeCell(row.createCell(1), line.value(), styles, false);
                summaryWidths[0] = Math.max(summaryWidths[0], displayLength(line.label()));
                summaryWidths[1] = Math.max(summaryWidths[1], displayLength(line.value()));
            }
            setWidths(summarySheet, summaryWidths);

            if (!charts.isEmpty()) {
                ChartSheet.write(workbook.createSheet(uniqueName(ChartSheet.NAME, usedNames)), charts);
            }

            for (Table table : tables) {
                writeTable(workbook.createSheet(uniqueName(table.name(), usedNames)), table, styles);
            }

            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            Date fixed = Date.from(FIXED_TIME);
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator(CREATOR);

            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            workbook.write(xlsx); // in memory: export tables are small
            AtomicFiles.write(file, out -> writeWithFixedEntryTimes(xlsx.toByteArray(), out));
        }
    }

    /**
     * Copies the zip (an .xlsx is one) entry by entry, in the same order, with every entry time set to
     * {@link #FIXED_TIME}: POI stamps entries with the current time, which is the only thing that would
     * otherwise make two writes of the same tables differ. {@code setTimeLocal} stores the DOS time as
     * given, so the bytes do not depend on the machine's time zone either.
     */
    private static void writeWithFixedEntryTimes(byte[] zip, OutputStream target) throws IOException {
        LocalDateTime fixed = LocalDateTime.ofInstant(FIXED_TIME, ZoneOffset.UTC);
        ZipOutputStream out = new ZipOutputStream(target);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(fixed);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        out.finish(); // not close(): AtomicFiles closes the target stream
    }

    private static void writeTable(Sheet sheet, Table table, Styles styles) {
        List<String> header = table.header();
        int columns = header.size();
        int[] widths = new int[columns];
        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            writeCell(headerRow.createCell(c), header.get(c), styles, true);
            widths[c] = displayLength(header.get(c));
        }
        List<List<Object>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    writeCell(row.createCell(c), value, styles, false);
                }
                if (c < columns) {
                    widths[c] = Math.max(widths[c], displayLength(value));
                }
            }
        }
        if (columns > 0) {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns - 1));
        }
        setWidths(sheet, widths);
    }

    private static void writeCell(Cell cell, Object value, Styles styles, boolean header) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value != null) {
            cell.setCellValue(CellText.neutralise(value.toString()));
        }
        if (header) {
            cell.setCellStyle(styles.header);
        }
    }

    /** Characters the cell shows, for the column width: the CSV text is the same text. */
    private static int displayLength(Object value) {
        return CsvTableWriter.text(value).length();
    }

    private static void setWidths(Sheet sheet, int[] widthsInChars) {
        for (int c = 0; c < widthsInChars.length; c++) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widthsInChars[c]));
            sheet.setColumnWidth(c, (chars + 1) * 256); // one char of padding; unit is 1/256 of a char
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

    /** The two shared cell styles (a workbook has a limited number of styles, so never one per cell). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
        }
    }
}
