package org.rapporteur.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a streamed sheet's hyperlinks into its XML as it is copied: the rows pass through unread, and the
 * {@code <hyperlinks>} element goes after {@code </sheetData>}, before the first element the schema orders after it
 * (page margins and setup, drawing, table parts, ...).
 */
final class HyperlinkSplice {

    private static final byte[] END_OF_DATA = "</sheetData>".getBytes(StandardCharsets.US_ASCII);
    /** Elements of a worksheet that come after {@code hyperlinks}, in the schema's order, and its end. */
    private static final Pattern AFTER_HYPERLINKS = Pattern.compile("<(printOptions|pageMargins|pageSetup|headerFooter"
            + "|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing"
            + "|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\\s/>]"
            + "|</worksheet>");

    private HyperlinkSplice() {
    }

    static void copy(InputStream xml, OutputStream out, SheetLinks links, List<String> sheets) throws IOException {
        BufferedInputStream in = new BufferedInputStream(xml, 1 << 16);
        byte[] buffer = new byte[1 << 16];
        int matched = 0;
        boolean found = false;
        while (!found) {
            in.mark(buffer.length);
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("no </sheetData> in a streamed sheet");
            }
            int i = 0;
            for (; i < n; i++) {
                byte b = buffer[i];
                matched = b == END_OF_DATA[matched] ? matched + 1 : b == END_OF_DATA[0] ? 1 : 0;
                if (matched == END_OF_DATA.length) {
                    found = true;
                    i++;
                    break;
                }
            }
            out.write(buffer, 0, i);
            if (found) {
                in.reset();
                in.skipNBytes(i);
            }
        }
        String tail = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (tail.contains("<hyperlinks")) {
            throw new IOException("a streamed sheet already has hyperlinks");
        }
        Matcher after = AFTER_HYPERLINKS.matcher(tail);
        int at = after.find() ? after.start() : tail.length();
        // buffered: the links are many small strings, each else encoded on its own (a char array and a buffer each)
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(tail, 0, at);
        links.writeXml(writer, sheets);
        writer.write(tail, at, tail.length() - at);
        writer.flush();
    }
}
