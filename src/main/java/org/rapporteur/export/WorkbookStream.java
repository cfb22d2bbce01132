package org.rapporteur.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written as its tables are built: the Overview and Charts sheets first (filled last, from figures
 * gathered along the way), then one sheet per table, each taking rows as they come ({@link TableSheet}). Table sheets
 * are <b>streamed</b> ({@link SXSSFWorkbook}: a window of rows in memory, the rest in a compressed temporary file), so
 * the heap does not grow with the rows; several sheets can take rows at the same time.
 *
 * <p>Links from a figure to the rows behind it ({@link LinkRule}) are found in an index of the target table's rows as
 * they were written: a link points only to rows written before it, so targets are written first (the evidence before
 * its summary; the Overview last of all).
 *
 * <p>Document properties and zip entry times are fixed, so the same content gives the same bytes.
 */
public final class WorkbookStream implements Closeable {

    /** Rows of a streamed sheet kept in memory. */
    static final int STREAM_WINDOW = 200;

    private final XSSFWorkbook base;
    private final SXSSFWorkbook stream;
    private final WorkbookStyles styles;
    private final Set<String> usedNames = new HashSet<>();
    private final Map<String, String> sheetOf = new LinkedHashMap<>();
    private final Set<String> tableNames = new HashSet<>();
    private final List<TableSheet> sheets = new ArrayList<>();
    private final TableIndex index = new TableIndex();
    private final Links links;
    private final String overviewName;
    private final String chartsName;
    private boolean closed;
    /** The workbook an earlier export published, whose sheets' parts a sheet that stands is copied from. */
    private java.util.zip.ZipFile earlier;
    /** Each part written, by name ("/xl/worksheets/sheet3.xml"): its CRC-32 and length, once the workbook is written. */
    private final Map<String, long[]> written = new LinkedHashMap<>();

    /** @param rules every link rule the workbook's sheets and Overview will use (their targets are indexed) */
    public WorkbookStream(Collection<LinkRule> rules) {
        this(rules, WorkbookWriter.MAX_LINKS_PER_SHEET);
    }

    /**
     * @param rules        every link rule the workbook's sheets and Overview will use (their targets are indexed)
     * @param linksPerSheet the most links a sheet gets (Excel keeps 65,530; later cells get none, their rows stay)
     */
    public WorkbookStream(Collection<LinkRule> rules, int linksPerSheet) {
        this(rules, linksPerSheet, WorkbookWriter.MAX_ROWS_PER_SHEET);
    }

    /**
     * @param rules         every link rule the workbook's sheets and Overview will use (their targets are indexed)
     * @param linksPerSheet the most links a sheet gets (Excel keeps 65,530; later cells get none, their rows stay)
     * @param rowsPerSheet  the most data rows a table's sheet shows (the rest are in its CSV file only)
     */
    public WorkbookStream(Collection<LinkRule> rules, int linksPerSheet, int rowsPerSheet) {
        // POI writes the user locale into chart texts (lang="de-DE"): fixed, so the bytes do not depend on it
        LocaleUtil.setUserLocale(Locale.US);
        rules.forEach(index::register);
        base = new XSSFWorkbook();
        styles = new WorkbookStyles(base);
        overviewName = WorkbookWriter.uniqueName(WorkbookWriter.OVERVIEW_SHEET, usedNames);
        chartsName = WorkbookWriter.uniqueName(ChartSheet.NAME, usedNames);
        base.createSheet(overviewName);
        base.createSheet(chartsName);
        stream = new StreamedWorkbook(base, STREAM_WINDOW);
        links = new Links(index, sheetOf, linksPerSheet, rowsPerSheet);
    }

    /** Marks the rows of a table, written elsewhere, as link targets (for tables given whole, targets after links). */
    void index(Table table) {
        for (int r = 0; r < Math.min(table.rows().size(), links.rowsPerSheet()); r++) {
            index.add(table.name(), table.header(), table.rows().get(r), r);
        }
    }

    /**
     * Adds a sheet for a table, after the sheets added before; it takes rows until it is closed.
     *
     * @param table  the table's name (what links name)
     * @param sheet  the sheet's name (made legal and unique)
     * @param header the column names
     */
    public TableSheet sheet(String table, String sheet, List<String> header, TableLayout layout) {
        return sheet(table, sheet, header, layout, false);
    }

    /**
     * As above; a {@code settled} sheet's rows may wait to be settled (written, or left as an earlier export wrote
     * them: {@link #defer}), and its styles are made when it is added.
     */
    public TableSheet sheet(String table, String sheet, List<String> header, TableLayout layout, boolean settled) {
        String name = WorkbookWriter.uniqueName(sheet, usedNames);
        sheetOf.put(table, name);
        TableSheet added = new TableSheet(stream.createSheet(name), base.getSheet(name), table, header, layout, styles,
                links, index, WorkbookWriter.tableName(table, tableNames), settled);
        sheets.add(added);
        return added;
    }

    /**
     * What a settled sheet's part depends on besides its rows: its names and place, its styles' numbers, how many
     * rows and links a sheet takes.
     */
    public String settings(TableSheet sheet) {
        return String.join("|", sheet.table(), sheetOf.get(sheet.table()), sheet.part(), sheet.styleNumbers(),
                Boolean.toString(sheet.cut()),
                Integer.toString(links.rowsPerSheet()), Integer.toString(links.perSheet()));
    }

    /** Sheets may stand as in {@code workbook}, a workbook an earlier export published (see {@link #reusable}). */
    public void earlier(Path workbook) throws IOException {
        if (earlier == null && Files.isRegularFile(workbook)) {
            earlier = new java.util.zip.ZipFile(workbook.toFile());
        }
    }

    /** Whether the earlier workbook holds {@code part} with that CRC-32 and length. */
    public boolean reusable(String part, long crc, long size) {
        if (earlier == null) {
            return false;
        }
        java.util.zip.ZipEntry entry = earlier.getEntry(part.substring(1));
        return entry != null && entry.getCrc() == crc && entry.getSize() == size;
    }

    /** A part's CRC-32 and length in the workbook {@link #finish} wrote; null if it wrote none by that name. */
    public long[] written(String part) {
        return written.get(part);
    }

    /**
     * Fills the Overview and the Charts sheet (removed when there are no charts), closes every table sheet and writes
     * the workbook to {@code file}, replacing it via a temp file and a rename.
     */
    public void finish(String title, List<String> intro, List<OverviewSection> overview, List<String> chartNotes,
                       List<ChartSpec> charts, Path file) throws IOException {
        List<String> lines = new ArrayList<>(intro);
        for (TableSheet sheet : sheets) {
            sheet.close();
            if (sheet.cut()) {
                lines.add(sheet.overviewNote(sheetOf.get(sheet.table())));
            }
        }
        List<OverviewSection> blocks = new ArrayList<>(overview);
        blocks.addAll(SheetsSection.of(sheets, sheetOf, charts.isEmpty() ? null : chartsName, links.rowsPerSheet()));
        OverviewSheet.write(base.getSheet(overviewName), title, lines, blocks, styles, links);
        if (charts.isEmpty()) {
            stream.removeSheetAt(stream.getSheetIndex(chartsName));
        } else {
            ChartSheet.write(base.getSheet(chartsName), chartNotes, charts, styles);
        }
        POIXMLProperties.CoreProperties core = base.getProperties().getCoreProperties();
        Date fixed = Date.from(WorkbookWriter.FIXED_TIME);
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        core.setCreator(WorkbookWriter.CREATOR);
        // POI's temporary folder: the run's own (see StateFolder), as the file holds the workbook's rows
        Path unstamped = org.apache.poi.util.TempFile.createTempFile("rapporteur-workbook", ".xlsx").toPath();
        try {
            try (OutputStream out = Files.newOutputStream(unstamped)) {
                stream.write(out);
            }
            Map<String, SheetLinks> linksOf = new LinkedHashMap<>();
            for (TableSheet sheet : sheets) {
                if (sheet.links().count() > 0) {
                    linksOf.put(sheet.part(), sheet.links());
                }
            }
            List<String> sheetNames = links.sheetNames();
            java.util.Set<String> standing = new HashSet<>();
            for (TableSheet sheet : sheets) {
                if (sheet.reused()) {
                    standing.add(sheet.part());
                }
            }
            written.clear();
            AtomicFiles.write(file, out -> written.putAll(WorkbookWriter.writeWithFixedEntryTimes(unstamped, out,
                    (part, in, to) -> {
                        SheetLinks of = linksOf.get(part);
                        if (standing.contains(part)) {
                            // the sheet's part as the earlier export wrote it (what a new one would be: see reuse)
                            try (java.io.InputStream kept = earlier.getInputStream(earlier.getEntry(part.substring(1)))) {
                                kept.transferTo(to);
                            }
                        } else if (of == null) {
                            in.transferTo(to);
                        } else {
                            HyperlinkSplice.copy(in, to, of, sheetNames);
                        }
                    })));
        } finally {
            Files.deleteIfExists(unstamped);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (java.io.Closeable kept = earlier) {
            stream.dispose();
            stream.close();
        } finally {
            LocaleUtil.resetUserLocale();
        }
    }

    /** Where a link points: column A of a data row (0-based, header excluded) of a table's sheet. */
    record Target(String table, int row) {
    }

    /** Resolves link rules to the rows they point to, and to cell addresses ("'positions'!A12"). */
    static final class Links {
        private final TableIndex index;
        private final Map<String, String> sheetOf;
        private final Map<String, Integer> numbers = new java.util.HashMap<>();
        private final int perSheet;
        private final int rowsPerSheet;

        Links(TableIndex index, Map<String, String> sheetOf, int perSheet, int rowsPerSheet) {
            this.index = index;
            this.sheetOf = sheetOf;
            this.perSheet = perSheet;
            this.rowsPerSheet = rowsPerSheet;
        }

        /** The most data rows a table's sheet shows. */
        int rowsPerSheet() {
            return rowsPerSheet;
        }

        /** The most links one sheet gets. */
        int perSheet() {
            return perSheet;
        }

        /** The first row behind a cell by the rules that link its column, if any. */
        Optional<Target> target(List<LinkRule> rules, List<String> header, List<Object> row, int column) {
            if (rules.isEmpty()) {
                return Optional.empty();
            }
            Object value = column < row.size() ? row.get(column) : null;
            if (value == null || CsvTableWriter.text(value).isEmpty()) {
                return Optional.empty();
            }
            String name = header.get(column);
            for (LinkRule rule : rules) {
                if (rule.fromColumns().contains(name) && sheetOf.containsKey(rule.targetTable())) {
                    Optional<Integer> at = index.firstRow(rule.targetTable(), rule.targetKeys(),
                            TableIndex.keyValues(rule, header, row, column));
                    if (at.isPresent()) {
                        return Optional.of(new Target(rule.targetTable(), at.get()));
                    }
                }
            }
            return Optional.empty();
        }

        /** The row a value links to itself, if its table has a sheet. */
        Optional<Target> target(LinkedValue value) {
            return sheetOf.containsKey(value.table()) && value.row() < rowsPerSheet ? Optional.of(new Target(value.table(), value.row()))
                    : Optional.empty();
        }

        /** The address of a cell of a table's sheet; {@code row} counts the header as 0. */
        String address(String table, int row, int column) {
            return "'" + sheetOf.get(table).replace("'", "''") + "'!" + new CellReference(row, column)
                    .formatAsString(false);
        }

        String address(Target target) {
            return address(target.table(), target.row() + 1, 0);
        }

        boolean hasSheet(String table) {
            return sheetOf.containsKey(table);
        }

        /** The number of a table (its place among the sheets), for {@link SheetLinks}. */
        int number(String table) {
            if (numbers.size() != sheetOf.size()) {
                numbers.clear();
                sheetOf.keySet().forEach(t -> numbers.put(t, numbers.size()));
            }
            return numbers.get(table);
        }

        /** The sheets' names, by table number. */
        List<String> sheetNames() {
            return new ArrayList<>(sheetOf.values());
        }

        /** A hyperlink POI keeps (for the Overview's few links). */
        Hyperlink hyperlink(Cell cell, String address) {
            Hyperlink link = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(address);
            return link;
        }
    }
}
