package org.rapporteur.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes the workbook: the Overview sheet, the Charts sheet, then one sheet per table.
 *
 * <p>Table sheets are <b>streamed</b> ({@link SXSSFWorkbook}: a window of rows in memory, the rest in a compressed
 * temporary file), so that hundreds of thousands of evidence rows fit in a small heap. Each is a real Excel table
 * (filter buttons, banded rows) with a frozen header; numbers, booleans and dates are typed cells; long text columns
 * wrap; widths are computed from the data (no {@code autoSizeColumn}, which needs fonts and reads every row).
 *
 * <p>Text read from documents may begin with {@code = + - @}, a tab or a carriage return. Such a cell is a string cell
 * with Excel's "quote prefix" style, which Excel and LibreOffice show as the text it is and keep as text when edited;
 * the CSV files prefix it with {@code '} instead ({@link CellText}).
 *
 * <p>Document properties and zip entry times are fixed, so the same content gives the same bytes.
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
    /** Rows of a streamed sheet kept in memory. */
    static final int STREAM_WINDOW = 200;
    private static final String GROUP_FILL = "D9D9D9";
    /** The most characters a cell holds. */
    static final int MAX_CELL_TEXT = 32_767;
    /** The most hyperlinks Excel keeps on one sheet; later cells get none. */
    static final int MAX_LINKS_PER_SHEET = 65_530;

    /** Writes a workbook of plain table sheets (no Overview sections, no charts). */
    public void write(List<Table> tables, Path file) throws IOException {
        write(WorkbookContent.ofTables(tables), file);
    }

    /** Writes the workbook to {@code file}, replacing it via a temp file and a rename. */
    public void write(WorkbookContent content, Path file) throws IOException {
        Path unstamped = Files.createTempFile("rapporteur-workbook", ".xlsx");
        try {
            writeUnstamped(content, unstamped);
            AtomicFiles.write(file, out -> writeWithFixedEntryTimes(unstamped, out));
        } finally {
            Files.deleteIfExists(unstamped);
        }
    }

    /** The workbook as POI writes it, before its zip entry times are fixed. */
    private void writeUnstamped(WorkbookContent content, Path target) throws IOException {
        // POI writes the user locale into chart texts (lang="de-DE"): fixed, so the bytes do not depend on it
        LocaleUtil.setUserLocale(Locale.US);
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook stream = null;
        try {
            WorkbookStyles styles = new WorkbookStyles(base);
            Set<String> used = new HashSet<>();
            String overviewName = uniqueName(OVERVIEW_SHEET, used);
            String chartsName = content.charts().isEmpty() ? null : uniqueName(ChartSheet.NAME, used);
            Map<String, String> sheetOf = new LinkedHashMap<>();
            for (Table table : content.tables()) {
                sheetOf.put(table.name(), uniqueName(table.name(), used));
            }
            Links links = new Links(new TableIndex(content.tables()), sheetOf);

            OverviewSheet.write(base.createSheet(overviewName), content, styles, links);
            if (chartsName != null) {
                ChartSheet.write(base.createSheet(chartsName), content.charts(), styles);
            }
            stream = new SXSSFWorkbook(base, STREAM_WINDOW);
            stream.setCompressTempFiles(true);
            Set<String> tableNames = new HashSet<>();
            for (Table table : content.tables()) {
                String name = sheetOf.get(table.name());
                links.startSheet();
                writeTable(stream.createSheet(name), base.getSheet(name), table, content.layout(table.name()),
                        styles, links, tableName(table.name(), tableNames));
            }
            POIXMLProperties.CoreProperties core = base.getProperties().getCoreProperties();
            Date fixed = Date.from(FIXED_TIME);
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator(CREATOR);
            try (OutputStream out = Files.newOutputStream(target)) {
                stream.write(out);
            }
        } finally {
            if (stream != null) {
                stream.dispose();
                stream.close();
            } else {
                base.close();
            }
            LocaleUtil.resetUserLocale();
        }
    }

    /**
     * Copies the zip (an .xlsx is one) entry by entry, in the same order, with every entry time set to
     * {@link #FIXED_TIME}: POI stamps entries with the current time, which is the only thing that would
     * otherwise make two writes of the same tables differ. {@code setTimeLocal} stores the DOS time as
     * given, so the bytes do not depend on the machine's time zone either.
     */
    private static void writeWithFixedEntryTimes(Path zip, OutputStream target) throws IOException {
        LocalDateTime fixed = LocalDateTime.ofInstant(FIXED_TIME, ZoneOffset.UTC);
        ZipOutputStream out = new ZipOutputStream(target);
        // read through the central directory: the streamed sheets' local headers carry no sizes
        try (ZipFile in = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                ZipEntry fixedEntry = new ZipEntry(entry.getName());
                fixedEntry.setTimeLocal(fixed);
                out.putNextEntry(fixedEntry);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        out.finish(); // not close(): AtomicFiles closes the target stream
    }

    /**
     * A table sheet: the header row (with the legend, if any, beside it), the rows, and a real Excel table over them.
     * A layout with a group column gets a heading row before each group (its label, and per coloured column the
     * number of the group's rows with a value there), the group's rows outlined under it.
     */
    private static void writeTable(SXSSFSheet sheet, XSSFSheet backing, Table table, TableLayout layout,
                                   WorkbookStyles styles, Links links, String excelName) {
        List<String> header = tableHeader(table.header());
        int columns = header.size();
        Row headerRow = sheet.createRow(0);
        int[] widths = headerRow(headerRow, header, styles);
        Looks looks = new Looks(table.header(), layout);
        legend(sheet, headerRow, columns + 1, layout.legend(), styles);
        int group = layout.groupColumn() == null ? -1 : table.header().indexOf(layout.groupColumn());
        Map<String, List<List<Object>>> groups = group < 0 ? Map.of() : groups(table.rows(), group);
        int r = 1;
        String current = null;
        for (List<Object> values : table.rows()) {
            if (group >= 0) {
                String value = CsvTableWriter.text(values.get(group));
                if (!value.equals(current)) {
                    current = value;
                    headingRow(sheet.createRow(r++), table.header(), group, value, groups.get(value), looks, styles);
                }
            }
            Row row = sheet.createRow(r);
            writeDataRow(row, values, table.header(), looks, layout, styles, links, widths);
            if (group >= 0) {
                sheet.setRowOutlineLevel(r, 1);
            }
            r++;
        }
        if (columns == 0) {
            return;
        }
        if (group >= 0) {
            sheet.setRowSumsBelow(false);
        }
        sheet.createFreezePane(Math.min(layout.frozenColumns(), columns), 1);
        setWidths(sheet, widths, looks.wrapped);
        excelTable(backing, header, Math.max(r - 1, 1), excelName);
    }

    /** Rows by the value of their group column, in order of first appearance. */
    private static Map<String, List<List<Object>>> groups(List<List<Object>> rows, int group) {
        Map<String, List<List<Object>>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(CsvTableWriter.text(row.get(group)), k -> new ArrayList<>())
                .add(row));
        return groups;
    }

    /**
     * A group's heading: its label ("African States (54)") in the first column that is not the group column, its
     * value in the group column (so that filtering by group keeps the heading), and in each coloured column the number
     * of the group's rows with a value there.
     */
    private static void headingRow(Row row, List<String> header, int group, String value,
                                   List<List<Object>> members, Looks looks, WorkbookStyles styles) {
        WorkbookStyles.Look heading = WorkbookStyles.Look.BOLD.withFill(GROUP_FILL);
        int label = group == 0 && header.size() > 1 ? 1 : 0;
        for (int c = 0; c < header.size(); c++) {
            Object cell = null;
            if (c == label) {
                cell = (value.isEmpty() ? "No " + header.get(group).replace('_', ' ') : value)
                        + " (" + members.size() + ")";
            } else if (c == group) {
                cell = value;
            } else if (looks.coloured[c]) {
                int column = c;
                cell = members.stream().filter(m -> !CsvTableWriter.text(m.get(column)).isEmpty()).count();
            }
            write(row.createCell(c), cell, styles, heading);
        }
    }

    private static int[] headerRow(Row row, List<String> header, WorkbookStyles styles) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            text(row.createCell(c), header.get(c), styles, WorkbookStyles.Look.BOLD);
            widths[c] = displayLength(header.get(c)) + 2; // room for the filter button
        }
        return widths;
    }

    private static void writeDataRow(Row row, List<Object> values, List<String> header, Looks looks,
                                     TableLayout layout, WorkbookStyles styles, Links links, int[] widths) {
        for (int c = 0; c < values.size() && c < header.size(); c++) {
            Object value = values.get(c);
            WorkbookStyles.Look look = looks.of(c, value);
            Optional<String> target = links.target(layout.links(), header, values, c);
            if (target.isPresent()) {
                look = look.withLink();
            }
            boolean empty = value == null || (value instanceof String text && text.isEmpty());
            if (!empty || look.fill() != null) {
                Cell cell = row.createCell(c);
                write(cell, value, styles, look);
                target.ifPresent(address -> cell.setHyperlink(links.hyperlink(cell, address)));
            }
            widths[c] = Math.max(widths[c], displayLength(value));
        }
    }

    /**
     * The legend in the header row, right of the table: the header row is frozen and never filtered, so the legend
     * stays in view and no filter hides it.
     */
    private static void legend(Sheet sheet, Row row, int column, List<LegendEntry> legend, WorkbookStyles styles) {
        if (legend.isEmpty()) {
            return;
        }
        text(row.createCell(column), "Legend:", styles, WorkbookStyles.Look.BOLD);
        sheet.setColumnWidth(column, 10 * 256);
        for (int i = 0; i < legend.size(); i++) {
            LegendEntry entry = legend.get(i);
            String label = entry.value() + ": " + entry.meaning();
            text(row.createCell(column + 1 + i), label, styles, WorkbookStyles.Look.PLAIN.withFill(entry.rgb()));
            sheet.setColumnWidth(column + 1 + i, (Math.min(MAX_WIDTH_CHARS, label.length()) + 2) * 256);
        }
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

    /** Makes the range a real Excel table: filter buttons, banded rows, named columns. */
    private static void excelTable(XSSFSheet backing, List<String> header, int dataRows, String name) {
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(dataRows, header.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = backing.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        CTTable ct = table.getCTTable();
        List<CTTableColumn> columns = ct.getTableColumns().getTableColumnList();
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).setName(header.get(c).replace("\n", "_x000a_").replace("\r", "_x000d_"));
        }
        ct.addNewAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName(TABLE_STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
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

    static void write(Cell cell, Object value, WorkbookStyles styles, WorkbookStyles.Look look) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
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

    /** Characters the cell shows, for the column width: the CSV text is the same text. */
    private static int displayLength(Object value) {
        return CsvTableWriter.text(value).length();
    }

    private static void setWidths(Sheet sheet, int[] widthsInChars, boolean[] wrapped) {
        for (int c = 0; c < widthsInChars.length; c++) {
            int max = wrapped[c] ? WRAP_WIDTH_CHARS : MAX_WIDTH_CHARS;
            int chars = Math.min(max, Math.max(MIN_WIDTH_CHARS, widthsInChars[c]));
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

    /** The look of each column of a table: wrapped, percentages, coloured by the legend. */
    private static final class Looks {
        final boolean[] wrapped;
        private final boolean[] percent;
        private final boolean[] coloured;
        private final Map<String, String> colours = new HashMap<>();

        Looks(List<String> header, TableLayout layout) {
            wrapped = new boolean[header.size()];
            percent = new boolean[header.size()];
            coloured = new boolean[header.size()];
            for (int c = 0; c < header.size(); c++) {
                wrapped[c] = layout.wrapColumns().contains(header.get(c));
                percent[c] = layout.percentColumns().contains(header.get(c));
                coloured[c] = layout.colouredColumns().contains(header.get(c));
            }
            layout.legend().forEach(e -> colours.put(e.value(), e.rgb()));
        }

        WorkbookStyles.Look of(int c, Object value) {
            WorkbookStyles.Look look = WorkbookStyles.Look.PLAIN;
            if (wrapped[c]) {
                look = look.withWrap();
            }
            if (percent[c]) {
                look = look.withFormat(WorkbookStyles.PERCENT_FORMAT);
            }
            if (coloured[c] && value instanceof String s && !s.isEmpty()) {
                String first = s.split(";", 2)[0];
                String rgb = colours.get(first);
                if (rgb != null) {
                    look = look.withFill(rgb);
                }
            }
            return look;
        }
    }

    /** Resolves link rules to cell addresses ("'positions'!A12") and makes the hyperlinks. */
    static final class Links {
        private final TableIndex index;
        private final Map<String, String> sheetOf;
        private int onSheet;

        Links(TableIndex index, Map<String, String> sheetOf) {
            this.index = index;
            this.sheetOf = sheetOf;
        }

        Optional<String> target(List<LinkRule> rules, List<String> header, List<Object> row, int column) {
            if (rules.isEmpty() || onSheet >= MAX_LINKS_PER_SHEET) {
                return Optional.empty();
            }
            Object value = column < row.size() ? row.get(column) : null;
            if (value == null || CsvTableWriter.text(value).isEmpty()) {
                return Optional.empty();
            }
            String name = header.get(column);
            for (LinkRule rule : rules) {
                boolean applies = rule.fromColumns().contains(name);
                if (applies && sheetOf.containsKey(rule.targetTable())) {
                    Optional<Integer> at = index.firstRow(rule.targetTable(), rule.targetKeys(),
                            TableIndex.keyValues(rule, header, row, column));
                    if (at.isPresent()) {
                        onSheet++;
                        return Optional.of(address(rule.targetTable(), at.get() + 1, 0));
                    }
                }
            }
            return Optional.empty();
        }

        /** Counts the links of a new sheet from zero. */
        void startSheet() {
            onSheet = 0;
        }

        /** The address of a cell of a table's sheet; {@code row} counts the header as 0. */
        String address(String table, int row, int column) {
            return "'" + sheetOf.get(table).replace("'", "''") + "'!" + new CellReference(row, column)
                    .formatAsString(false);
        }

        boolean hasSheet(String table) {
            return sheetOf.containsKey(table);
        }

        Hyperlink hyperlink(Cell cell, String address) {
            Hyperlink link = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(address);
            return link;
        }
    }
}
