package org.rapporteur.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Reads an input file of any supported format into text: checks its size, hashes its bytes, recognises its format
 * by content (a file whose name says otherwise is read by its content and reported as FORMAT_MISMATCH), hands it to
 * the reader of that format, and checks the text it gives. Never throws for bad content: every problem is a finding.
 */
public final class DocumentFiles {

    private static final String EMPTY = "The file is empty (0 bytes) and is left out; if a report was meant, the copy "
            + "or export that made it failed";

    private final ReadLimits limits;
    private final DocumentReader text = new TextDecoder();
    private final DocumentReader docx = new DocxReader();
    private final DocumentReader pdf = new PdfReader();

    public DocumentFiles(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * A file's bytes and their hash, unless it is too large or unreadable.
     *
     * @param bytes null when the file was refused; {@code findings} then say why
     */
    public record Loaded(String sha256, byte[] bytes, List<Finding> findings) {
    }

    /** Loads a file within the size limit, with the hash of its bytes. */
    public Loaded load(Path path) {
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                return new Loaded("", null, List.of(Finding.inFile(FindingCode.FILE_TOO_LARGE, "The file has " + size
                        + " bytes, more than the limit of " + limits.maxFileBytes() + " (--max-file-size)")));
            }
            byte[] bytes = Files.readAllBytes(path);
            return new Loaded(sha256(bytes), bytes, List.of());
        } catch (IOException e) {
            return new Loaded("", null, List.of(Finding.inFile(FindingCode.UNREADABLE_FILE,
                    "Cannot read the file: " + e.getMessage())));
        }
    }

    /** Plain text (a CSV file) decoded as a text report is: UTF-8, UTF-16 with BOM, or Windows-1252 reported. */
    public Extraction decodeText(byte[] bytes) {
        if (bytes.length == 0) {
            return Extraction.refused(FindingCode.EMPTY_FILE, EMPTY);
        }
        if (ContentSniffer.sniff(bytes) != ContentSniffer.Content.TEXT) {
            return Extraction.refused(FindingCode.UNSUPPORTED_FORMAT, "Binary content: not a CSV file");
        }
        return text.read(bytes);
    }

    public DocumentText read(Path path) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                return refused("", FindingCode.FILE_TOO_LARGE, "The file has " + size + " bytes, more than the limit "
                        + "of " + limits.maxFileBytes() + " (--max-file-size)");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return refused("", FindingCode.UNREADABLE_FILE, "Cannot read the file: " + e.getMessage());
        }
        return read(path.getFileName().toString(), bytes);
    }

    /** Reads a document given as bytes; {@code fileName} says which format the name claims. */
    public DocumentText read(String fileName, byte[] bytes) {
        String sha256 = sha256(bytes);
        if (bytes.length == 0) {
            return refused(sha256, FindingCode.EMPTY_FILE, EMPTY);
        }
        Optional<DocumentFormat> claimed = DocumentFormat.byName(fileName);
        DocumentFormat format;
        switch (ContentSniffer.sniff(bytes)) {
            case PDF -> format = DocumentFormat.PDF;
            case ZIP -> format = DocumentFormat.DOCX;
            case TEXT -> format = DocumentFormat.TEXT;
            case OLE2 -> {
                return refused(sha256, FindingCode.UNSUPPORTED_FORMAT, "A Word 97–2003 (.doc) or other OLE2 file: "
                        + "not supported; save the report as .docx or PDF");
            }
            case ODF -> {
                return refused(sha256, FindingCode.UNSUPPORTED_FORMAT, "An OpenDocument file (.odt, as LibreOffice "
                        + "saves): not supported; save the report as .docx or PDF");
            }
            case RTF -> {
                return refused(sha256, FindingCode.UNSUPPORTED_FORMAT, "Rich Text Format (.rtf): not supported; "
                        + "save the report as .docx or PDF");
            }
            case HTML -> {
                return refused(sha256, FindingCode.UNSUPPORTED_FORMAT, "A web page (HTML): not supported; save the "
                        + "report as PDF or .docx, or as plain text (.txt)");
            }
            default -> {
                return refused(sha256, FindingCode.UNSUPPORTED_FORMAT, "Binary content that is neither PDF nor Word "
                        + "(.docx) nor text" + claimed.map(f -> ", although the name says ." + f.extension()).orElse(""));
            }
        }
        List<Finding> findings = new ArrayList<>();
        String extension = extension(fileName);
        if (claimed.isEmpty() && format == DocumentFormat.TEXT) {
            return refused(sha256, FindingCode.UNSUPPORTED_FORMAT, "Text in a file "
                    + (extension.isEmpty() ? "without an extension" : "named ." + extension) + ": not read as a "
                    + "report, which is a .txt, .docx or .pdf file; rename a plain-text report to .txt");
        }
        if (claimed.isEmpty()) {
            findings.add(Finding.inFile(FindingCode.FORMAT_MISMATCH, "The name "
                    + (extension.isEmpty() ? "has no extension" : "ends in ." + extension) + ", which is no report "
                    + "format; the content is " + describe(format) + " and was read as such"));
        } else if (claimed.get() != format) {
            findings.add(Finding.inFile(FindingCode.FORMAT_MISMATCH, "The name says ." + claimed.get().extension()
                    + " but the content is " + describe(format) + "; it was read as " + describe(format)));
        }
        Extraction extraction = switch (format) {
            case PDF -> pdf.read(bytes);
            case DOCX -> docx.read(bytes);
            case TEXT -> text.read(bytes);
        };
        findings.addAll(extraction.findings());
        if (extraction.text() == null) {
            return new DocumentText(sha256, null, findings);
        }
        String content = extraction.text();
        LongestLine longest = LongestLine.of(content);
        if (longest.length() > limits.maxLineChars()) {
            // a Word or PDF document has no lines of its own: the place is a line of the text taken from it
            String line = "line " + longest.number() + (format == DocumentFormat.TEXT ? "" : " of the extracted text");
            findings.add(new Finding(line, FindingCode.LINE_TOO_LONG, "The " + line + " has " + longest.length()
                    + " characters, more than the limit of " + limits.maxLineChars() + " for one line of a report: "
                    + "the file is left out; if it is a real report, raise the limit with --max-line-length"));
            return new DocumentText(sha256, null, findings);
        }
        if (content.isBlank()) {
            findings.add(Finding.inFile(FindingCode.EMPTY_FILE, format == DocumentFormat.TEXT
                    ? "The file holds only white space" : "The document holds no text"));
            return new DocumentText(sha256, null, findings);
        }
        return new DocumentText(sha256, content, findings);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(DocumentFormat format) {
        return switch (format) {
            case PDF -> "PDF";
            case DOCX -> "a Word document (.docx)";
            case TEXT -> "plain text";
        };
    }

    /** The longest line of a text: its length and its number, from 1 (the first of equals). */
    record LongestLine(int length, int number) {

        static LongestLine of(String text) {
            int longest = 0;
            int number = 1;
            int line = 1;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    if (i - start > longest) {
                        longest = i - start;
                        number = line;
                    }
                    start = i + 1;
                    line++;
                }
            }
            return new LongestLine(longest, number);
        }
    }

    private static DocumentText refused(String sha256, FindingCode code, String message) {
        return new DocumentText(sha256, null, List.of(Finding.inFile(code, message)));
    }

    /** Whether the bytes are a zip archive (.docx, .xlsx), as {@link ContentSniffer} recognises one. */
    public static boolean isZip(byte[] bytes) {
        return ContentSniffer.sniff(bytes) == ContentSniffer.Content.ZIP;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
