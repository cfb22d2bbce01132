package org.rapporteur.tables;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rapporteur.export.CellKinds;
import org.rapporteur.export.CsvTableWriter;
import org.rapporteur.export.TableSheet;
import org.rapporteur.export.WorkbookStream;

/**
 * The export tables' files: each table's rows go, as they come, to its CSV file in a folder ({@code restricted/} for
 * personal data) and to its sheet of one workbook, so both are written from the same rows in one pass. The CSV files
 * are complete under their names only after {@link #commit}; the workbook is written by {@link #workbook()}'s
 * {@code finish}.
 */
public final class TableFiles implements TableOutput, Closeable {

    public static final String RESTRICTED = "restricted";

    private final Path folder;
    private final boolean personalSheets;
    private final WorkbookStream workbook;
    private final CsvTableWriter csv = new CsvTableWriter();
    private final List<CsvTableWriter.Rows> open = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final Path published;
    private final java.util.Map<String, CellKinds> kinds = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, byte[]> earlierKinds;
    private final List<java.nio.channels.FileChannel> sources = new ArrayList<>();
    /** The sheets of the published workbook that may stand, by table: what they were written from. */
    private final java.util.Map<String, SheetPrint> earlierSheets;
    /** The sheets settled at the end of their rows, in the order opened. */
    private final List<Settling> settling = new ArrayList<>();
    /** What each settled sheet was written from, by table. */
    private final java.util.Map<String, String> prints = new java.util.LinkedHashMap<>();
    /** Rows given as values a sheet keeps while it waits to be settled; past them it is written as rows come. */
    static final int MAX_WAITING_ROWS = 2_000;

    /** What the sheets show beside the CSV files' columns ({@link AnalystWorkbook#layout(TableDef, WorkbookNames)}). */
    private WorkbookNames names = WorkbookNames.NONE;
    /** Each input's version (its content's digest and the run that read it), by source. */
    private java.util.function.Function<String, String> versionOf = source -> "";

    /** The tables whose sheets stood as the published workbook has them. */
    private final List<String> standing = new ArrayList<>();

    /** A sheet settled at the end of its rows, with its CSV file. */
    private record Settling(String table, TableSheet sheet, CsvTableWriter.Rows file, long headerEnd,
                            CellKinds kinds, int sourceColumn) {
    }

    /**
     * @param folder         where the CSV files go
     * @param personalSheets whether tables of personal data also get a sheet (the operator asked for them)
     */
    public TableFiles(Path folder, boolean personalSheets) {
        this(folder, personalSheets, new WorkbookStream(AnalystWorkbook.linkRules()), null, java.util.Map.of());
    }

    /**
     * As above, able to {@link RowSink#copy copy} rows from the CSV files published in {@code published}.
     *
     * @param earlierKinds the kinds of each table's columns when they were written ({@link #kinds()})
     */
    public TableFiles(Path folder, boolean personalSheets, Path published, java.util.Map<String, byte[]> earlierKinds) {
        this(folder, personalSheets, new WorkbookStream(AnalystWorkbook.linkRules()), published, earlierKinds);
    }

    /**
     * As above; a sheet whose table takes rows meeting by meeting stands as {@code earlierWorkbook} has it when what
     * it shows is what {@code earlierSheets} says that sheet was written from ({@link #sheets()}).
     */
    public TableFiles(Path folder, boolean personalSheets, Path published, java.util.Map<String, byte[]> earlierKinds,
                      java.util.Map<String, SheetPrint> earlierSheets, Path earlierWorkbook) throws IOException {
        this(folder, personalSheets, new WorkbookStream(AnalystWorkbook.linkRules()), published, earlierKinds,
                earlierSheets, earlierWorkbook);
    }

    /**
     * As above; the sheets also show what {@code names} says beside the CSV files' columns (names beside codes, the
     * sentence a row comes from), and a sheet showing sentences stands only when the inputs of the rows it shows are
     * of the same version ({@code versionOf}).
     */
    public TableFiles(Path folder, boolean personalSheets, Path published, java.util.Map<String, byte[]> earlierKinds,
                      java.util.Map<String, SheetPrint> earlierSheets, Path earlierWorkbook, WorkbookNames names,
                      java.util.function.Function<String, String> versionOf) throws IOException {
        this(folder, personalSheets, published, earlierKinds, earlierSheets, earlierWorkbook);
        this.names = names;
        this.versionOf = versionOf;
    }

    /**
     * As above, with at most {@code linksPerSheet} links and {@code rowsPerSheet} data rows on a sheet of the workbook.
     */
    TableFiles(Path folder, boolean personalSheets, int linksPerSheet, int rowsPerSheet) {
        this(folder, personalSheets, linksPerSheet, rowsPerSheet, null, java.util.Map.of());
    }

    /** As above, able to copy rows from the CSV files published in {@code published}. */
    TableFiles(Path folder, boolean personalSheets, int linksPerSheet, int rowsPerSheet, Path published,
               java.util.Map<String, byte[]> earlierKinds) {
        this(folder, personalSheets, new WorkbookStream(AnalystWorkbook.linkRules(), linksPerSheet, rowsPerSheet),
                published, earlierKinds);
    }

    /** As above, with the sheets of an earlier workbook that may stand. */
    TableFiles(Path folder, boolean personalSheets, int linksPerSheet, int rowsPerSheet, Path published,
               java.util.Map<String, byte[]> earlierKinds, java.util.Map<String, SheetPrint> earlierSheets,
               Path earlierWorkbook) throws IOException {
        this(folder, personalSheets, new WorkbookStream(AnalystWorkbook.linkRules(), linksPerSheet, rowsPerSheet),
                published, earlierKinds, earlierSheets, earlierWorkbook);
    }

    private TableFiles(Path folder, boolean personalSheets, WorkbookStream workbook, Path published,
                       java.util.Map<String, byte[]> earlierKinds) {
        this.published = published;
        this.earlierSheets = java.util.Map.of();
        this.earlierKinds = earlierKinds;
        this.folder = folder;
        this.personalSheets = personalSheets;
        this.workbook = workbook;
    }

    private TableFiles(Path folder, boolean personalSheets, WorkbookStream workbook, Path published,
                       java.util.Map<String, byte[]> earlierKinds, java.util.Map<String, SheetPrint> earlierSheets,
                       Path earlierWorkbook) throws IOException {
        this.earlierSheets = earlierSheets;
        if (earlierWorkbook != null && !earlierSheets.isEmpty()) {
            try {
                workbook.earlier(earlierWorkbook);
            } catch (IOException | RuntimeException e) {
                workbook.close();
                throw e;
            }
        }
        this.published = published;
        this.earlierKinds = earlierKinds;
        this.folder = folder;
        this.personalSheets = personalSheets;
        this.workbook = workbook;
    }

    public WorkbookStream workbook() {
        return workbook;
    }

    @Override
    public <R> RowSink<R> open(TableDef<R> table, Audience audience) throws IOException {
        return open(table, audience, false);
    }

    @Override
    public <R> RowSink<R> openPerMeeting(TableDef<R> table, Audience audience) throws IOException {
        return open(table, audience, true);
    }

    private <R> RowSink<R> open(TableDef<R> table, Audience audience, boolean perMeeting) throws IOException {
        List<String> header = table.header();
        CsvTableWriter.Rows rows = null;
        String name = (audience == Audience.RESTRICTED ? RESTRICTED + "/" : "") + table.name() + ".csv";
        CellKinds seen = new CellKinds(header.size());
        if (earlierKinds.containsKey(name)) {
            seen.merge(CellKinds.of(earlierKinds.get(name)));
        }
        kinds.put(name, seen);
        if (audience != Audience.WORKBOOK) {
            Files.createDirectories(folder.resolve(name).getParent());
            rows = csv.open(folder.resolve(name), header);
            open.add(rows);
            written.add(name);
        }
        boolean sheeted = audience == Audience.PUBLIC || audience == Audience.WORKBOOK
                || (audience == Audience.RESTRICTED && personalSheets);
        org.rapporteur.export.TableLayout layout = AnalystWorkbook.layout(table, names);
        boolean settled = perMeeting && sheeted && rows != null && layout.groupColumn() == null
                && layout.links().isEmpty();
        TableSheet sheet = sheeted ? workbook.sheet(table.name(), table.sheet(), header, layout, settled) : null;
        if (settled) {
            // a sheet showing the sentences of rows depends on the inputs' text too, not only on its CSV rows
            int sourceColumn = layout.columns().added().stream().anyMatch(a -> a.name().equals(AnalystWorkbook.EVIDENCE))
                    ? header.indexOf("source_file") : -1;
            settling.add(new Settling(table.name(), sheet, rows, rows.position(), seen, sourceColumn));
            if (published != null && earlierSheets.containsKey(table.name())) {
                // its rows wait: the sheet may stand as the published workbook has it
                sheet.defer();
            }
        }
        CsvTableWriter.Rows file = rows;
        return new RowSink<>() {
            private java.nio.channels.FileChannel from;

            @Override
            public void accept(R row) throws IOException {
                List<Object> values = table.values(row);
                seen.see(values);
                if (file != null) {
                    file.add(values);
                }
                if (sheet != null) {
                    sheet.add(values);
                    if (sheet.deferred() && sheet.pendingValues() >= MAX_WAITING_ROWS) {
                        // many rows built anew: the sheet will not stand, and they are written as they come
                        sheet.writePending(seen);
                    }
                }
            }

            @Override
            public long position() throws IOException {
                return file == null ? -1 : file.position();
            }

            @Override
            public void copy(long offset, long length, int count) throws IOException {
                if (from == null) {
                    from = java.nio.channels.FileChannel.open(published.resolve(name));
                    sources.add(from);
                }
                file.append(from, offset, length);
                if (sheet == null) {
                    return;
                }
                if (sheet.full()) {
                    sheet.skip(count);
                    return;
                }
                if (sheet.deferred()) {
                    if (!seen.readable()) {
                        throw new IllegalStateException(name + ": its rows cannot be read back from CSV text");
                    }
                    sheet.deferCopy(from, offset, length, count);
                    return;
                }
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(Math.toIntExact(length));
                while (bytes.hasRemaining() && from.read(bytes, offset + bytes.position()) > 0) {
                    // reads on until the rows' bytes are in
                }
                if (!seen.readable()) {
                    throw new IllegalStateException(name + ": its rows cannot be read back from CSV text");
                }
                for (List<Object> values : seen.read(new String(bytes.array(), 0, bytes.position(),
                        java.nio.charset.StandardCharsets.UTF_8))) {
                    if (sheet.full()) {
                        sheet.skip(1);
                    } else {
                        sheet.add(values);
                    }
                }
            }

            @Override
            public void close() throws IOException {
                if (file != null) {
                    file.finish();
                }
                if (sheet != null) {
                    sheet.close();
                }
            }
        };
    }

    /**
     * Settles the sheets of the tables taken meeting by meeting, which have all their rows now: each is known by what
     * it shows ({@link #sheets()}); one whose rows waited stands as the published workbook has it when that is the
     * same, else its rows are written now.
     */
    @Override
    public void settle() throws IOException {
        for (Settling s : settling) {
            TableSheet sheet = s.sheet();
            s.file().flush();
            java.security.MessageDigest digest = sha256();
            digest.update(workbook.settings(sheet).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // not the rows counted past those shown: the sheet does not show their number (the Overview does)
            digest.update(("|" + sheet.shownRows() + "|").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(s.kinds().codes());
            long shownEnd = shownRows(s.file().path(), s.headerEnd(), sheet.shownRows(), digest);
            if (s.sourceColumn() >= 0) {
                versions(text(s.file().path(), s.headerEnd(), shownEnd), s.sourceColumn(), digest);
            }
            String print = java.util.HexFormat.of().formatHex(digest.digest());
            prints.put(s.table(), print);
            if (!sheet.deferred()) {
                continue;
            }
            SheetPrint earlier = earlierSheets.get(s.table());
            if (earlier != null && earlier.print().equals(print)
                    && workbook.reusable(sheet.part(), earlier.crc(), earlier.size())) {
                sheet.reuse(sheet.rowsGiven(), () -> text(s.file().path(), s.headerEnd(), shownEnd));
                standing.add(s.table());
            } else {
                sheet.writePending(s.kinds());
            }
        }
    }

    /** Feeds {@code digest} the version of each input the rows name in their {@code column}, once each, in order. */
    private void versions(String rows, int column, java.security.MessageDigest digest) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<String> fields : org.rapporteur.export.CsvFields.records(rows)) {
            String source = column < fields.size() ? fields.get(column) : "";
            if (seen.add(source)) {
                digest.update(("|" + source + "@" + versionOf.apply(source)).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** The tables whose sheets stand as the published workbook has them ({@link #settle}), in export order. */
    public List<String> standing() {
        return List.copyOf(standing);
    }

    /**
     * What the settled sheets were written from, with their parts in the workbook written: for the next export. Only
     * after the workbook is {@code finish}ed.
     */
    public java.util.Map<String, SheetPrint> sheets() {
        java.util.Map<String, SheetPrint> sheets = new java.util.LinkedHashMap<>();
        for (Settling s : settling) {
            long[] part = workbook.written(s.sheet().part());
            String print = prints.get(s.table());
            if (part != null && print != null) {
                sheets.put(s.table(), new SheetPrint(print, part[0], part[1]));
            }
        }
        return sheets;
    }

    /**
     * Feeds {@code digest} the bytes of the first {@code rows} CSV records of a file from {@code start} (what a sheet
     * shows), read as they come; returns where they end.
     */
    static long shownRows(Path file, long start, int rows, java.security.MessageDigest digest) throws IOException {
        if (rows == 0) {
            return start;
        }
        long end = start;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(start);
            byte[] buffer = new byte[1 << 16];
            boolean quoted = false;
            int records = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted; // a doubled quote inside a quoted field turns it off and on again
                    } else if (b == '\n' && !quoted && ++records == rows) {
                        digest.update(buffer, 0, i + 1);
                        return end + i + 1;
                    }
                }
                digest.update(buffer, 0, n);
                end += n;
            }
        }
        return end;
    }

    /** The text of a file's bytes from {@code start} to {@code end}. */
    private static String text(Path file, long start, long end) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(Math.toIntExact(end - start));
            while (bytes.hasRemaining() && channel.read(bytes, start + bytes.position()) > 0) {
                // reads on until the bytes are in
            }
            return new String(bytes.array(), 0, bytes.position(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The kinds of each file's columns (by the file's name relative to the folder, as {@link #commit} gives it), as
     * seen in the rows given now and in the earlier kinds given: what reading copied rows back needs.
     */
    public java.util.Map<String, CellKinds> kinds() {
        return java.util.Collections.unmodifiableMap(kinds);
    }

    /** Completes every CSV file under its name; returns their names relative to the folder, in export order. */
    public List<String> commit() throws IOException {
        for (CsvTableWriter.Rows rows : open) {
            rows.commit();
        }
        return List.copyOf(written);
    }

    @Override
    public void close() throws IOException {
        for (java.nio.channels.FileChannel source : sources) {
            source.close();
        }
        try {
            for (CsvTableWriter.Rows rows : open) {
                rows.close();
            }
        } finally {
            workbook.close();
        }
    }
}
