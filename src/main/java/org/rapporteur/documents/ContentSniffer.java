package org.rapporteur.documents;

/**
 * Recognises a document's format from its first bytes: "%PDF-" (within the first kilobyte, as readers allow), a zip
 * archive (a .docx or .xlsx is one; an OpenDocument file is one whose first entry names its type), an OLE2 compound
 * file (a Word 97–2003 .doc, an .xls), else text unless the bytes look binary; text that is Rich Text Format or a web
 * page is told apart, as it is not read.
 */
public final class ContentSniffer {

    /** What the first bytes say. */
    public enum Content { PDF, ZIP, ODF, OLE2, RTF, HTML, TEXT, BINARY }

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final int TEXT_SAMPLE = 8192;
    /** An OpenDocument file's first zip entry: "mimetype", stored, holding the type (zip header: name at 30). */
    private static final byte[] ODF_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);
    private static final java.util.regex.Pattern HTML_START = java.util.regex.Pattern.compile(
            "(?is)\\A\\s*(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>])");

    private ContentSniffer() {
    }

    public static Content sniff(byte[] bytes) {
        if (startsWith(bytes, 0, ZIP_MAGIC)) {
            return startsWith(bytes, 30, ODF_MIMETYPE) ? Content.ODF : Content.ZIP;
        }
        if (startsWith(bytes, 0, OLE2_MAGIC)) {
            return Content.OLE2;
        }
        for (int i = 0; i <= Math.min(PDF_HEADER_WINDOW, bytes.length - PDF_MAGIC.length); i++) {
            if (startsWith(bytes, i, PDF_MAGIC)) {
                return Content.PDF;
            }
        }
        if (looksBinary(bytes)) {
            return Content.BINARY;
        }
        String start = textStart(bytes);
        if (start.startsWith("{\\rtf")) {
            return Content.RTF;
        }
        return HTML_START.matcher(start).find() ? Content.HTML : Content.TEXT;
    }

    /** The first characters of text, as ASCII is enough to tell RTF and HTML (a UTF-8 byte-order mark skipped). */
    private static String textStart(byte[] bytes) {
        int from = startsWith(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        int to = Math.min(bytes.length, from + 1024);
        return new String(bytes, from, Math.max(0, to - from), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Binary when a NUL byte or many control characters appear in the first bytes; UTF-16 text (which has NUL bytes)
     * is recognised by its byte-order mark before this is asked.
     */
    static boolean looksBinary(byte[] bytes) {
        if (TextDecoder.hasUtf16Bom(bytes)) {
            return false;
        }
        int n = Math.min(bytes.length, TEXT_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
