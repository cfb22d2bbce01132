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

    private TableFiles(Path folder, boolean personalSheets, WorkbookStream workbook, Path published,
                       java.util.Map<String, byte[]> earlierKinds) {
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
        TableSheet sheet = sheeted
                ? workbook.sheet(table.name(), table.sheet(), header, AnalystWorkbook.layout(table)) : null;
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
