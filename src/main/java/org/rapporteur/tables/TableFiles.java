package org.rapporteur.tables;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * @param folder         where the CSV files go
     * @param personalSheets whether tables of personal data also get a sheet (the operator asked for them)
     */
    public TableFiles(Path folder, boolean personalSheets) {
        this(folder, personalSheets, new WorkbookStream(AnalystWorkbook.linkRules()));
    }

    /**
     * As above, with at most {@code linksPerSheet} links and {@code rowsPerSheet} data rows on a sheet of the workbook.
     */
    TableFiles(Path folder, boolean personalSheets, int linksPerSheet, int rowsPerSheet) {
        this(folder, personalSheets, new WorkbookStream(AnalystWorkbook.linkRules(), linksPerSheet, rowsPerSheet));
    }

    private TableFiles(Path folder, boolean personalSheets, WorkbookStream workbook) {
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
        if (audience != Audience.WORKBOOK) {
            String name = (audience == Audience.RESTRICTED ? RESTRICTED + "/" : "") + table.name() + ".csv";
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
            @Override
            public void accept(R row) throws IOException {
                List<Object> values = table.values(row);
                if (file != null) {
                    file.add(values);
                }
                if (sheet != null) {
                    sheet.add(values);
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

    /** Completes every CSV file under its name; returns their names relative to the folder, in export order. */
    public List<String> commit() throws IOException {
        for (CsvTableWriter.Rows rows : open) {
            rows.commit();
        }
        return List.copyOf(written);
    }

    @Override
    public void close() throws IOException {
        try {
            for (CsvTableWriter.Rows rows : open) {
                rows.close();
            }
        } finally {
            workbook.close();
        }
    }
}
