package org.rapporteur.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * One table's sheet, taking rows as they come: the header row (with the legend, if any, beside it), the rows, and,
 * when closed, a real Excel table over them (filter buttons, banded rows), the header frozen and widths from the data.
 * A layout with a group column gets a heading row before each group (its label, and per coloured column the number of
 * the group's rows with a value there), the group's rows outlined under it: such a sheet keeps its rows until closed.
 */
public final class TableSheet {

    private static final String GROUP_FILL = "D9D9D9";
    /** The height of a line of text at the default font, and the most a row can be, in points. */
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 409f;

    private final SXSSFSheet sheet;
    private final XSSFSheet backing;
    private final String table;
    /** The sheet's column names: its CSV file's, placed and added to as the layout says ({@link SheetColumns}). */
    private final List<String> header;
    /** The CSV file's column names. */
    private final List<String> csvHeader;
    private final SheetColumns.View view;
    /** The headings shown: the columns' labels, made legal for an Excel table. */
    private final List<String> excelHeader;
    private final TableLayout layout;
    private final WorkbookStyles styles;
    private final WorkbookStream.Links links;
    private final TableIndex index;
    private final String excelName;
    private final Looks looks;
    private final CellStyle defaultStyle;
    private final int[] widths;
    private final int group;
    private final List<List<Object>> grouped = new ArrayList<>();
    private final int cap;
    private int rows;
    private int sheetRow = 1;
    /** The rightmost column written: the table's last, or the legend's beside the header. */
    private int lastColumn;
    private final SheetLinks sheetLinks = new SheetLinks();
    private boolean closed;
    /** Rows given but not yet written, in order, while the sheet waits to be settled ({@link #defer}). */
    private List<Object> pending;
    private int pendingValues;
    /** The sheet as an earlier export wrote it stands: no row is written, its part is copied ({@link #reuse}). */
    private boolean reused;
    private final boolean settled;

    TableSheet(SXSSFSheet sheet, XSSFSheet backing, String table, List<String> header, TableLayout layout,
               WorkbookStyles styles, WorkbookStream.Links links, TableIndex index, String excelName,
               boolean settled) {
        this.settled = settled;
        this.sheet = sheet;
        this.cap = links.rowsPerSheet();
        this.backing = backing;
        this.table = table;
        this.csvHeader = List.copyOf(header);
        this.view = layout.columns().view(csvHeader);
        this.header = view.header();
        this.excelHeader = WorkbookWriter.tableHeader(this.header.stream().map(layout::heading).toList());
        this.layout = layout;
        this.styles = styles;
        this.links = links;
        this.index = index;
        this.excelName = excelName;
        this.looks = new Looks(this.header, layout);
        this.defaultStyle = backing.getWorkbook().getCellStyleAt(0);
        Row headerRow = sheet.createRow(0);
        widths = new int[excelHeader.size()];
        for (int c = 0; c < excelHeader.size(); c++) {
            WorkbookWriter.text(headerRow.createCell(c), excelHeader.get(c), styles, WorkbookStyles.Look.BOLD);
            widths[c] = excelHeader.get(c).length() + 2; // room for the filter button
        }
        lastColumn = Math.max(0, excelHeader.size() - 1);
        Map<String, String> meanings = new LinkedHashMap<>(layout.columns().meanings());
        meanings.putAll(layout.meanings());
        HeaderPrompts.add(sheet, this.header, meanings);
        legend(headerRow, excelHeader.size() + 1);
        this.group = layout.groupColumn() == null ? -1 : this.header.indexOf(layout.groupColumn());
        if (settled) {
            if (group >= 0 || !layout.links().isEmpty()) {
                throw new IllegalArgumentException(table + ": a sheet with groups or links is written as rows come");
            }
            // every style its cells can take, made now: the styles' numbers then do not depend on when (or
            // whether) its rows are written, so a sheet kept from an earlier export has the numbers a new one gets
            for (WorkbookStyles.Look look : looks.possible()) {
                styles.of(look);
            }
        }
    }

    /** Whether the sheet is settled at the end of its rows ({@link #defer}, {@link #reuse}, {@link #writePending}). */
    public boolean settled() {
        return settled;
    }

    /** The styles' numbers of every look this sheet's cells can take, header's first: what its part's bytes use. */
    String styleNumbers() {
        StringBuilder numbers = new StringBuilder();
        numbers.append(styles.number(WorkbookStyles.Look.BOLD));
        for (WorkbookStyles.Look look : looks.possible()) {
            numbers.append(',').append(styles.number(look));
        }
        return numbers.toString();
    }

    /**
     * From now on, rows given are kept (rows copied as the place of their bytes) until the sheet is settled: written
     * ({@link #writePending}) or left as an earlier export wrote them ({@link #reuse}).
     */
    public void defer() {
        if (!settled || rows > 0) {
            throw new IllegalStateException(table + ": only a settled sheet without rows can wait");
        }
        pending = new ArrayList<>();
    }

    /** Whether rows given wait to be settled. */
    public boolean deferred() {
        return pending != null;
    }

    /** Rows given as values that wait: past a few thousand, the sheet is written as rows come instead. */
    public int pendingValues() {
        return pendingValues;
    }

    /** Rows of an earlier export's CSV file: {@code length} bytes from {@code offset} of {@code from}, read later. */
    public void deferCopy(java.nio.channels.FileChannel from, long offset, long length, int count) {
        if (rows < cap) {
            pending.add(new CopiedRows(from, offset, length));
        }
        rows += count;
    }

    private record CopiedRows(java.nio.channels.FileChannel from, long offset, long length) {
    }

    /**
     * Writes the rows that waited, in order, and the later ones as they come; copied rows are read back from their
     * CSV text as values of their columns' kinds.
     */
    public void writePending(CellKinds kinds) throws java.io.IOException {
        List<Object> waiting = pending;
        int given = rows;
        pending = null;
        pendingValues = 0;
        rows = 0;
        for (Object item : waiting) {
            if (item instanceof CopiedRows copied) {
                for (List<Object> values : readBack(copied, kinds)) {
                    add(values);
                }
            } else {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) item;
                add(values);
            }
        }
        // rows given past the cap were only counted
        rows = Math.max(rows, given);
    }

    /**
     * The sheet stands as an earlier export wrote it ({@code rows} rows given in all): its rows are not written, only
     * indexed for links from {@code shownRows}, the CSV text of its first rows (read only then); its part is copied when the workbook
     * is written.
     */
    public void reuse(int total, ShownRows shownRows) throws java.io.IOException {
        pending = null;
        pendingValues = 0;
        reused = true;
        rows = total;
        int r = 0;
        if (index.covers(table)) {
            // a value's CSV text is the text a link's key holds: the fields as they are, no kinds needed
            for (List<String> fields : CsvFields.records(shownRows.text())) {
                index.addTexts(table, csvHeader, fields, r++);
            }
        }
        sheetRow = 1 + shown();
    }

    /** The CSV text of the rows a sheet shows, read when asked. */
    @FunctionalInterface
    public interface ShownRows {
        String text() throws java.io.IOException;
    }

    /** Whether the sheet's part is that of the earlier export ({@link #reuse}). */
    public boolean reused() {
        return reused;
    }

    private static List<List<Object>> readBack(CopiedRows copied, CellKinds kinds) throws java.io.IOException {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(Math.toIntExact(copied.length()));
        while (bytes.hasRemaining() && copied.from().read(bytes, copied.offset() + bytes.position()) > 0) {
            // reads on until the rows' bytes are in
        }
        return kinds.read(new String(bytes.array(), 0, bytes.position(), java.nio.charset.StandardCharsets.UTF_8));
    }

    SheetLinks links() {
        return sheetLinks;
    }

    /** The table's name (what links name, and its CSV file's name without {@code .csv}). */
    String table() {
        return table;
    }

    /** What one row of the table is, as its layout says ("" when it says nothing). */
    String rowIs() {
        return layout.rowIs();
    }

    /** The data rows given, those past the cap included. */
    public int rowsGiven() {
        return rows;
    }

    /** Whether the sheet shows as many rows as it can: rows given from now on are only counted. */
    public boolean full() {
        return rows >= cap;
    }

    /** Counts {@code n} rows given past the cap ({@link #full()}): they are in the CSV file only. */
    public void skip(int n) {
        if (!full()) {
            throw new IllegalStateException("rows skipped before the sheet is full");
        }
        rows += n;
    }

    /** Whether rows were left to the CSV file: the sheet shows the first {@link #shown()} only. */
    boolean cut() {
        return rows > cap;
    }

    /** The data rows the sheet shows. */
    public int shownRows() {
        return shown();
    }

    int shown() {
        return Math.min(rows, cap);
    }

    /** The sheet's part in the package, e.g. {@code /xl/worksheets/sheet3.xml}. */
    public String part() {
        return backing.getPackagePart().getPartName().getName();
    }

    /**
     * Adds a data row: one value per column (see {@link Table} for the value types). Past the workbook's rows per
     * sheet the row is counted and left to the CSV file: it is neither written nor a link's target.
     */
    public void add(List<Object> values) {
        if (rows >= cap) {
            rows++;
            return;
        }
        if (pending != null) {
            pending.add(values);
            pendingValues++;
            rows++;
            return;
        }
        List<Object> shown = view.values(values);
        index.add(table, header, shown, rows++);
        if (group >= 0) {
            grouped.add(shown);
        } else {
            writeDataRow(sheet.createRow(sheetRow++), shown);
        }
    }

    /** Ends the sheet: group headings, widths, the frozen header and the Excel table; no rows are kept. */
    public void close() {
        if (closed) {
            return;
        }
        if (pending != null) {
            throw new IllegalStateException(table + ": the sheet was closed before its rows were settled");
        }
        closed = true;
        if (group >= 0) {
            writeGroups();
        }
        int columns = header.size();
        if (columns == 0) {
            return;
        }
        if (group >= 0) {
            sheet.setRowSumsBelow(false);
        }
        sheet.createFreezePane(Math.min(layout.frozenColumns(), columns), 1);
        int[] printed = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            int max = looks.wrapped[c] ? WorkbookWriter.WRAP_WIDTH_CHARS : WorkbookWriter.MAX_WIDTH_CHARS;
            int chars = Math.min(max, Math.max(WorkbookWriter.MIN_WIDTH_CHARS, widths[c]));
            sheet.setColumnWidth(c, (chars + 1) * 256); // one char of padding; unit is 1/256 of a char
            printed[c] = chars + 1;
        }
        PageSetup.table(sheet, printed, Math.min(layout.frozenColumns(), columns));
        excelTable(Math.max(sheetRow - 1, 1));
        if (cut()) {
            // below the table, after a blank row: where the rows not shown are
            WorkbookWriter.text(sheet.createRow(sheetRow + 1).createCell(0), cutNote(), styles,
                    WorkbookStyles.Look.BOLD);
        }
        usedRange(cut() ? sheetRow + 1 : sheetRow - 1);
        try {
            sheet.flushRows(); // a closed sheet keeps no rows in memory
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes the sheet's used range into its {@code <dimension>} (A1:Q201), which readers that trust it (pandas,
     * openpyxl in read-only mode, older viewers) take as the sheet's size. POI derives it from the rows it still holds
     * when the workbook is written, none once a closed sheet's rows are flushed: it would write "A1", a sheet of one
     * cell. The range set here is the one it keeps.
     */
    private void usedRange(int lastRow) {
        backing.setDimensionOverride(new CellRangeAddress(0, lastRow, 0, lastColumn));
    }

    /**
     * What a cut sheet says below its table: not how many rows there are (the Overview says it, {@link
     * #overviewNote}), so that a sheet whose rows shown are unchanged is the same when rows are added past them.
     */
    String cutNote() {
        return String.format(java.util.Locale.ROOT,
                "This sheet shows the first %,d rows; every row is in %s.csv (their number is on the Overview)",
                shown(), table);
    }

    /** What the Overview says about a cut sheet, named {@code sheetName}. */
    String overviewNote(String sheetName) {
        return String.format(java.util.Locale.ROOT, "The sheet %s shows the first %,d of %,d rows; every row is in %s.csv",
                sheetName, shown(), rows, table);
    }

    private void writeGroups() {
        Map<String, List<List<Object>>> groups = new LinkedHashMap<>();
        grouped.forEach(row -> groups.computeIfAbsent(CsvTableWriter.text(row.get(group)), k -> new ArrayList<>())
                .add(row));
        String current = null;
        for (List<Object> values : grouped) {
            String value = CsvTableWriter.text(values.get(group));
            if (!value.equals(current)) {
                current = value;
                headingRow(sheet.createRow(sheetRow++), value, groups.get(value));
            }
            int r = sheetRow++;
            writeDataRow(sheet.createRow(r), values);
            sheet.setRowOutlineLevel(r, 1);
        }
        grouped.clear();
    }

    /**
     * A group's heading: its label ("African States (54)") in the first column that is not the group column, its
     * value in the group column (so that filtering by group keeps the heading), and in each coloured column the number
     * of the group's rows with a value there.
     */
    private void headingRow(Row row, String value, List<List<Object>> members) {
        WorkbookStyles.Look heading = WorkbookStyles.Look.BOLD.withFill(GROUP_FILL);
        int label = group == 0 && header.size() > 1 ? 1 : 0;
        for (int c = 0; c < header.size(); c++) {
            Object cell = null;
            if (c == label) {
                cell = (value.isEmpty() ? "No " + lowerFirst(excelHeader.get(group)) : value)
                        + " (" + members.size() + ")";
            } else if (c == group) {
                cell = value;
            } else if (looks.coloured[c]) {
                int column = c;
                cell = members.stream().filter(m -> !CsvTableWriter.text(m.get(column)).isEmpty()).count();
            }
            WorkbookWriter.write(row.createCell(c), cell, styles, heading);
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private void writeDataRow(Row row, List<Object> values) {
        int lines = 1;
        for (int c = 0; c < values.size() && c < header.size(); c++) {
            if (looks.wrapped[c]) {
                lines = Math.max(lines, wrappedLines(CsvTableWriter.text(values.get(c))));
            }
            Object value = values.get(c);
            Optional<WorkbookStream.Target> target = Optional.empty();
            boolean room = sheetLinks.count() < links.perSheet();
            if (value instanceof LinkedValue linked) {
                value = linked.value();
                target = room ? links.target(linked) : Optional.empty();
            } else if (room) {
                target = links.target(layout.links(), header, values, c);
            }
            WorkbookStyles.Look look = looks.of(c, value);
            if (target.isPresent()) {
                look = look.withLink();
                sheetLinks.add(row.getRowNum(), c, links.number(target.get().table()), target.get().row());
            }
            boolean empty = value == null || (value instanceof String text && text.isEmpty());
            if (!empty || look.fill() != null) {
                Cell cell = row.createCell(c);
                // the default style given, not left unset: for a cell without one POI looks up the column's
                // style when it writes the cell, a search through the sheet's column definitions for every cell
                cell.setCellStyle(defaultStyle);
                WorkbookWriter.write(cell, value, styles, look);
            }
            widths[c] = Math.max(widths[c], CsvTableWriter.text(value).length());
        }
        if (lines > 1) {
            // a wrapped row gets its height: a spreadsheet shows, and prints, every line of the sentence
            row.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS));
        }
    }

    /** The lines a text takes in a column wrapped at {@link WorkbookWriter#WRAP_WIDTH_CHARS} characters. */
    static int wrappedLines(String text) {
        return WrappedText.lines(text, WorkbookWriter.WRAP_WIDTH_CHARS);
    }

    /**
     * The legend in the header row, right of the table: the header row is frozen and never filtered, so the legend
     * stays in view and no filter hides it.
     */
    private void legend(Row row, int column) {
        List<LegendEntry> legend = layout.legend();
        if (legend.isEmpty()) {
            return;
        }
        WorkbookWriter.text(row.createCell(column), "Legend:", styles, WorkbookStyles.Look.BOLD);
        lastColumn = column + legend.size();
        sheet.setColumnWidth(column, 10 * 256);
        for (int i = 0; i < legend.size(); i++) {
            LegendEntry entry = legend.get(i);
            String label = entry.value() + ": " + entry.meaning();
            WorkbookWriter.text(row.createCell(column + 1 + i), label, styles,
                    WorkbookStyles.Look.PLAIN.withFill(entry.rgb()));
            sheet.setColumnWidth(column + 1 + i, (Math.min(WorkbookWriter.MAX_WIDTH_CHARS, label.length()) + 2) * 256);
        }
    }

    /**
     * Makes the range a real Excel table: filter buttons, banded rows, named columns. The columns are defined in one
     * pass (POI's {@code createTable} over an area adds them one at a time, renumbering all each time: quadratic).
     */
    private void excelTable(int dataRows) {
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(dataRows, excelHeader.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable xssfTable = backing.createTable(null);
        xssfTable.setName(excelName);
        xssfTable.setDisplayName(excelName);
        CTTable ct = xssfTable.getCTTable();
        ct.setRef(area.formatAsString());
        CTTableColumns columns = ct.addNewTableColumns();
        columns.setCount(excelHeader.size());
        for (int c = 0; c < excelHeader.size(); c++) {
            var column = columns.addNewTableColumn();
            column.setId(c + 1);
            column.setName(excelHeader.get(c).replace("\n", "_x000a_").replace("\r", "_x000d_"));
        }
        ct.addNewAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName(WorkbookWriter.TABLE_STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
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

        /**
         * Every look a data cell can take, in a fixed order: each column's own (with each legend fill, if coloured),
         * as text that would read as a formula (quoted), and as a date or date-time when it has no format.
         */
        List<WorkbookStyles.Look> possible() {
            java.util.LinkedHashSet<WorkbookStyles.Look> all = new java.util.LinkedHashSet<>();
            for (int c = 0; c < wrapped.length; c++) {
                List<WorkbookStyles.Look> bases = new ArrayList<>();
                bases.add(of(c, null));
                if (coloured[c]) {
                    WorkbookStyles.Look base = of(c, null);
                    colours.values().stream().sorted().distinct().forEach(rgb -> bases.add(base.withFill(rgb)));
                }
                for (WorkbookStyles.Look base : bases) {
                    all.add(base);
                    all.add(base.withQuoted());
                    if (base.format() == null) {
                        all.add(base.withFormat(WorkbookStyles.DATE_FORMAT));
                        all.add(base.withFormat(WorkbookStyles.DATE_TIME_FORMAT));
                    }
                }
            }
            all.remove(WorkbookStyles.Look.PLAIN);
            return new ArrayList<>(all);
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
                String rgb = colours.get(s.split(";", 2)[0]);
                if (rgb != null) {
                    look = look.withFill(rgb);
                }
            }
            return look;
        }
    }
}
