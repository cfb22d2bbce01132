package org.rapporteur.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellReference;

/**
 * The hyperlinks of a streamed sheet, each kept as four ints (its cell, the table and row it points to) and written
 * into the sheet's XML as the workbook is zipped: POI keeps about 2 KB of objects per hyperlink in memory, even on a
 * streamed sheet, which a large archive's links would not fit in. Links within the workbook need no relationship part:
 * {@code <hyperlink ref="F2" location="'participation'!A10"/>}.
 */
final class SheetLinks {

    private int[] links = new int[64];
    private int size;

    /** A link from a cell to column A of a data row (0-based, header excluded) of the table numbered {@code table}. */
    void add(int row, int column, int table, int targetRow) {
        if (size + 4 > links.length) {
            links = Arrays.copyOf(links, links.length * 2);
        }
        links[size++] = row;
        links[size++] = column;
        links[size++] = table;
        links[size++] = targetRow;
    }

    int count() {
        return size / 4;
    }

    /** The sheet's {@code <hyperlinks>} element; {@code sheets} holds each table's sheet name by its number. */
    void writeXml(Writer out, List<String> sheets) throws IOException {
        out.write("<hyperlinks>");
        for (int i = 0; i < size; i += 4) {
            out.write("<hyperlink ref=\"");
            out.write(new CellReference(links[i], links[i + 1]).formatAsString(false));
            out.write("\" location=\"");
            out.write(escape("'" + sheets.get(links[i + 2]).replace("'", "''") + "'!A" + (links[i + 3] + 2)));
            out.write("\"/>");
        }
        out.write("</hyperlinks>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
