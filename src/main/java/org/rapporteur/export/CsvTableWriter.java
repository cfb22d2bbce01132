package org.rapporteur.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one {@link Table} as an RFC 4180 CSV file.
 *
 * <p>UTF-8 with a byte-order mark, because Excel otherwise opens UTF-8 CSV as a legacy code page and
 * garbles names like "Côte d'Ivoire". CRLF line ends and quoting only where needed (Commons CSV
 * {@link CSVFormat#RFC4180}). Text is passed through {@link CellText#neutralise} so that opening the file in
 * a spreadsheet cannot run an injected formula; numbers are written as numbers so negatives stay intact.
 * The output depends only on the table, so the same table always gives the same bytes.
 */
public class CsvTableWriter {

    private static final char BOM = '\uFEFF';

    /** Writes {@code table} (header row first) to {@code file}, replacing it via a temp file and a rename. */
    public void write(Table table, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(texts(table.header()));
            for (List<Object> row : table.rows()) {
                printer.printRecord(texts(row));
            }
            printer.flush();
        });
    }

    private static List<String> texts(List<?> cells) {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        return texts;
    }

    /** The CSV text of one cell value; see {@link Table} for the value types. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString(); // ISO 8601, e.g. 2018-04-03
        }
        if (value instanceof java.time.LocalDateTime time) {
            return time.toString(); // ISO 8601, e.g. 2018-04-03T10:15:30
        }
        return CellText.neutralise(value.toString());
    }
}
