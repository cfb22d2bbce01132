package org.rapporteur.export;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFRow;

/**
 * POI's writer of a streamed sheet's rows ({@code SheetDataWriter}), writing the same characters with less work per
 * cell: POI writes each cell's text a code point at a time to a {@link java.io.BufferedWriter}, each call taking its
 * lock, and makes a {@link CellReference} per cell for its address; writing the sheets' XML was the largest part of
 * the export's own time. Here the text goes to an unsynchronised buffer and a column's letters are made once. The
 * cells of the kinds the export writes (text inline, numbers, booleans, blanks) are written here, any other kind
 * (formulas, errors) and shared strings by POI itself; the characters, hence the workbook's bytes, are POI's.
 *
 * <p>The rows go, as POI's do, to a temporary file compressed at the fastest level: it is read back once.
 */
final class SheetXmlWriter extends GZIPSheetDataWriter {

    /** Whether cells' text goes to a shared strings table (written by POI), not inline. */
    private final boolean sharedStrings;
    /** The 0-based row being written: POI keeps its own, private. */
    private int row;
    /** The letters of the columns seen so far, by index ("A", "B", … "AA"). */
    private String[] columns = new String[32];

    SheetXmlWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
        this.sharedStrings = sharedStrings != null;
    }

    @Override
    protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
        return new GZIPOutputStream(file, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /** As POI's, the buffer unsynchronised: the sheet's writer is used by one thread at a time. */
    @Override
    public Writer createWriter(File file) throws IOException {
        FileOutputStream out = new FileOutputStream(file);
        OutputStream decorated;
        try {
            decorated = decorateOutputStream(out);
        } catch (IOException e) {
            out.close();
            throw e;
        }
        return new Chars(new OutputStreamWriter(decorated, StandardCharsets.UTF_8));
    }

    @Override
    public void writeRow(int rowNumber, SXSSFRow sheetRow) throws IOException {
        row = rowNumber;
        super.writeRow(rowNumber, sheetRow);
    }

    /** POI's cell, character for character: {@code <c r="B7" s="3" t="inlineStr"><is><t>…</t></is></c>}. */
    @Override
    public void writeCell(int column, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.BLANK && type != CellType.NUMERIC && type != CellType.BOOLEAN
                && (type != CellType.STRING || sharedStrings)) {
            super.writeCell(column, cell);
            return;
        }
        Chars out = (Chars) _out;
        out.write("<c r=\"");
        out.write(column(column));
        out.write(Integer.toString(row + 1));
        out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xFFFF;
        if (style != 0) {
            out.write(" s=\"");
            out.write(Integer.toString(style));
            out.write('"');
        }
        switch (type) {
            case BLANK -> out.write('>');
            case NUMERIC -> {
                out.write(" t=\"n\"><v>");
                out.write(Double.toString(cell.getNumericCellValue()));
                out.write("</v>");
            }
            case BOOLEAN -> out.write(cell.getBooleanCellValue() ? " t=\"b\"><v>1</v>" : " t=\"b\"><v>0</v>");
            default -> {
                String text = cell.getStringCellValue();
                out.write(" t=\"inlineStr\"><is><t");
                if (hasSpaceAtAnEnd(text)) {
                    out.write(" xml:space=\"preserve\"");
                }
                out.write('>');
                out.escaped(text);
                out.write("</t></is>");
            }
        }
        out.write("</c>");
    }

    /** POI's escaping, for text it writes itself (formulas, errors). */
    @Override
    protected void outputEscapedString(String text) throws IOException {
        ((Chars) _out).escaped(text);
    }

    private String column(int index) {
        if (index >= columns.length) {
            columns = java.util.Arrays.copyOf(columns, Math.max(index + 1, columns.length * 2));
        }
        String letters = columns[index];
        if (letters == null) {
            letters = CellReference.convertNumToColString(index);
            columns[index] = letters;
        }
        return letters;
    }

    /** Whether a text begins or ends with white space, which XML keeps only when told to. */
    static boolean hasSpaceAtAnEnd(String text) {
        return text != null && !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /** Characters gathered in a buffer without a lock, passed on in blocks to the encoding writer. */
    static final class Chars extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 13];
        private int used;

        Chars(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(String text) throws IOException {
            write(text, 0, text.length());
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(text, offset, length);
                    return;
                }
            }
            text.getChars(offset, offset + length, buffer, used);
            used += length;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(chars, offset, length);
                    return;
                }
            }
            System.arraycopy(chars, offset, buffer, used, length);
            used += length;
        }

        /**
         * A text as POI escapes it in a sheet: the five XML specials, tab, line ends and the no-break space as
         * references, other control characters and U+FFFE, U+FFFF as '?', every other character (a surrogate
         * included, paired or not) as it is.
         */
        void escaped(String text) throws IOException {
            if (text == null) {
                return;
            }
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> write("&lt;");
                    case '>' -> write("&gt;");
                    case '&' -> write("&amp;");
                    case '"' -> write("&quot;");
                    case '\n' -> write("&#xa;");
                    case '\r' -> write("&#xd;");
                    case '\t' -> write("&#x9;");
                    case '\u00a0' -> write("&#xa0;");
                    default -> write(c < ' ' || c > '\ufffd' ? '?' : c);
                }
            }
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            drain();
            out.close();
        }
    }
}
