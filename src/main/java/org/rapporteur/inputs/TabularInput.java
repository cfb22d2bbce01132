package org.rapporteur.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.rapporteur.documents.ContentSniffer;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * What the readers of lists and statements ask of a file before reading it as a stream: its size within the limit,
 * its hash, and the format its first bytes show.
 *
 * @param sha256  the hash of the whole file, read as a stream
 * @param content the format its first bytes show
 */
record TabularInput(String sha256, ContentSniffer.Content content) {

    private static final int HEAD = 8192;

    /** The file's hash and format, or its rejection (too large, unreadable, empty). */
    static Optional<TabularInput> open(Path file, ReadLimits limits, List<Finding> refusal) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                refusal.add(Finding.inFile(FindingCode.FILE_TOO_LARGE, "The file has " + size + " bytes, more than "
                        + "the limit of " + limits.maxFileBytes() + " (--max-file-size)"));
                return Optional.empty();
            }
            if (size == 0) {
                refusal.add(Finding.inFile(FindingCode.EMPTY_FILE, "The file is empty"));
                return Optional.empty();
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD);
            }
            return Optional.of(new TabularInput(ContentHash.of(file), ContentSniffer.sniff(head)));
        } catch (IOException e) {
            refusal.add(Finding.inFile(FindingCode.UNREADABLE_FILE, "Cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** What to do with a file of another format than the reader reads; empty when the content is text. */
    static Optional<String> advice(ContentSniffer.Content content, String what) {
        return switch (content) {
            case OLE2 -> Optional.of("An Excel 97–2003 workbook (.xls) or other old Office file: not read; save it "
                    + "as " + what);
            case ODF -> Optional.of("An OpenDocument file (.ods, as LibreOffice saves): not read; save it as " + what);
            case PDF -> Optional.of("A PDF: not read; export the " + (what.contains(".xlsx") ? "list" : "statements")
                    + " from where they are kept as " + what);
            case BINARY -> Optional.of("Binary content that is no format Rapporteur reads; save it as " + what);
            default -> Optional.empty();
        };
    }
}
