package org.rapporteur.documents;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Whether a PDF is whole. PDFBox opens a damaged file leniently and gives the text of whatever pages it can reach, so
 * a PDF cut in half would be read as a shorter report. A whole PDF ends with an end-of-file marker (only white space
 * or padding after it), names where its cross-reference data starts (startxref) and finds it there, and every page
 * its page tree counts is there with its content.
 */
final class PdfStructure {

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern OFFSET = Pattern.compile("\\A\\s*(\\d{1,15})");
    /** A cross-reference table, or the object holding a cross-reference stream (its dictionary says /XRef). */
    private static final Pattern XREF = Pattern.compile(
            "\\Axref|\\A\\d+\\s+\\d+\\s+obj\\s*<<(?:(?!stream|endobj).){0,600}?/Type\\s*/XRef\\b", Pattern.DOTALL);
    /** How far from the offset startxref gives the cross-reference data may start (writers are often a little off). */
    private static final int SLACK = 16;

    private PdfStructure() {
    }

    /** What is wrong with the file's frame (end marker, cross-reference), before it is opened; empty when nothing. */
    static Optional<String> frameDamage(byte[] bytes) {
        int eof = lastIndexOf(bytes, EOF, bytes.length);
        if (eof < 0) {
            return Optional.of("it has no end-of-file marker (%%EOF), so the file was cut short");
        }
        for (int i = eof + EOF.length; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b != 0 && b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != '\f') {
                return Optional.of("it has " + (bytes.length - eof - EOF.length) + " bytes after its last end-of-file "
                        + "marker (%%EOF), so an update to it was cut short");
            }
        }
        int startxref = lastIndexOf(bytes, STARTXREF, eof);
        if (startxref < 0) {
            return Optional.of("it does not say where its cross-reference table is (no startxref)");
        }
        String after = new String(bytes, startxref + STARTXREF.length, eof - startxref - STARTXREF.length,
                StandardCharsets.ISO_8859_1);
        Matcher offset = OFFSET.matcher(after);
        if (!offset.find()) {
            return Optional.of("its cross-reference offset (startxref) is not a number");
        }
        long at = Long.parseLong(offset.group(1));
        if (at >= bytes.length) {
            return Optional.of("its cross-reference table is said to start at byte " + at + ", beyond the end of the "
                    + "file (" + bytes.length + " bytes)");
        }
        if (!crossReferenceNear(bytes, (int) at)) {
            return Optional.of("no cross-reference table where startxref says (byte " + at + "): its cross-reference "
                    + "is broken");
        }
        return Optional.empty();
    }

    /** What is missing from an opened document's pages; empty when every counted page is there with its content. */
    static Optional<String> pageDamage(PDDocument document) {
        int counted = document.getNumberOfPages();
        int found = 0;
        for (PDPage page : document.getPages()) {
            found++;
            COSBase contents = page.getCOSObject().getItem(COSName.CONTENTS);
            if (contents instanceof COSObject reference) {
                COSBase target = reference.getObject();
                if (target == null || target instanceof COSNull) {
                    return Optional.of("the content of page " + found + " of " + counted + " is missing");
                }
            }
        }
        if (found != counted) {
            return Optional.of("its page tree counts " + counted + " pages but " + found + " are there");
        }
        return Optional.empty();
    }

    /** Whether a cross-reference table or stream starts within {@link #SLACK} bytes of {@code at}. */
    private static boolean crossReferenceNear(byte[] bytes, int at) {
        for (int i = Math.max(0, at - SLACK); i <= Math.min(bytes.length - 1, at + SLACK); i++) {
            boolean lineStart = i == 0 || bytes[i - 1] == '\n' || bytes[i - 1] == '\r' || bytes[i - 1] == ' ';
            if (lineStart && XREF.matcher(new String(bytes, i, Math.min(bytes.length - i, 700),
                    StandardCharsets.ISO_8859_1)).find()) {
                return true;
            }
        }
        return false;
    }

    private static int lastIndexOf(byte[] bytes, byte[] word, int before) {
        for (int i = Math.min(before, bytes.length) - word.length; i >= 0; i--) {
            boolean match = true;
            for (int j = 0; j < word.length && match; j++) {
                match = bytes[i + j] == word[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
