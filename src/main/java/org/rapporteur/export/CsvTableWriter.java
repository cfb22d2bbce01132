package org.rapporteur.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as an RFC 4180 CSV file, whole ({@link #write}) or row by row as it is built ({@link #open}).
 *
 * <p>UTF-8 with a byte-order mark, because Excel otherwise opens UTF-8 CSV as a legacy code page and
 * garbles names like "Côte d'Ivoire". CRLF line ends and quoting only where needed (Commons CSV
 * {@link CSVFormat#RFC4180}). Text is passed through {@link CellText#neutralise} so that opening the file in
 * a spreadsheet cannot run an injected formula; numbers are written as numbers so negatives stay intact.
 * The output depends only on the rows, so the same rows always give the same bytes.
 */
public class CsvTableWriter {

    private static final char BOM = '\uFEFF';

    /** Writes {@code table} (header row first) to {@code file}, replacing it via a temp file and a rename. */
    public void write(Table table, Path file) throws IOException {
        try (Rows rows = open(file, table.header())) {
            for (List<Object> row : table.rows()) {
                rows.add(row);
            }
            rows.commit();
        }
    }

    /**
     * Starts a CSV file: the header now, rows as they come, into {@code <file>.tmp}; {@link Rows#commit} moves it onto
     * {@code file}, and closing without committing removes it.
     */
    public Rows open(Path file, List<String> header) throws IOException {
        return new Rows(file, header);
    }

    /** A CSV file being written row by row. */
    public static final class Rows implements Closeable {
        private final Path file;
        private final Path tmp;
        private final java.nio.channels.FileChannel channel;
        private final OutputStream out;
        private final CSVPrinter printer;
        private boolean finished;
        private boolean done;
        /** Bytes to append not yet copied: consecutive ranges of one file are copied as one. */
        private java.nio.channels.FileChannel pendingFile;
        private long pendingOffset;
        private long pendingLength;

        private Rows(Path file, List<String> header) throws IOException {
            this.file = file;
            this.tmp = AtomicFiles.tmp(file);
            this.channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE);
            this.out = java.nio.channels.Channels.newOutputStream(channel);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(BOM);
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(texts(header));
        }

        public void add(List<?> row) throws IOException {
            copyPending();
            printer.printRecord(texts(row));
        }

        /** The bytes written so far, the rows given all written out: where the next row begins. */
        public long position() throws IOException {
            printer.flush();
            return channel.position() + pendingLength;
        }

        /**
         * Appends rows as bytes: {@code length} bytes of {@code file} from {@code offset}, rows this writer (or one with
         * the same settings) wrote there, so that the file is as if they had been given again.
         */
        public void append(java.nio.channels.FileChannel file, long offset, long length) throws IOException {
            printer.flush();
            if (pendingFile == file && pendingOffset + pendingLength == offset) {
                pendingLength += length; // the next rows of the same file: one copy for both
                return;
            }
            copyPending();
            pendingFile = file;
            pendingOffset = offset;
            pendingLength = length;
        }

        /** Every row given so far written out to the file (under its temporary name, {@link #path()}). */
        public void flush() throws IOException {
            copyPending();
            printer.flush();
        }

        /** Where the rows are written until {@link #commit}. */
        public Path path() {
            return tmp;
        }

        /** Copies the bytes {@link #append} left pending: before a row is added, and at the end. */
        private void copyPending() throws IOException {
            if (pendingFile == null) {
                return;
            }
            long done = 0;
            while (done < pendingLength) {
                long n = pendingFile.transferTo(pendingOffset + done, pendingLength - done, channel);
                if (n <= 0) {
                    throw new java.io.EOFException("rows to copy end before " + pendingLength + " bytes");
                }
                done += n;
            }
            pendingFile = null;
            pendingLength = 0;
        }

        /** Ends the rows: the file is complete, still under its temporary name. */
        public void finish() throws IOException {
            if (!finished) {
                finished = true;
                copyPending();
                printer.close(true);
            }
        }

        /** Completes the file under its name. */
        public void commit() throws IOException {
            finish();
            done = true;
            AtomicFiles.move(tmp, file);
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                try {
                    out.close();
                    channel.close();
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
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
        if (value instanceof LinkedValue linked) {
            return text(linked.value());
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue()); // a whole number as the workbook shows it: 1, not 1.0
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
