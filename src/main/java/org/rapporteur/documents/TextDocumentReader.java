package org.rapporteur.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Reads a plain-text report as UTF-8 (a byte-order mark is allowed). Bytes that are not UTF-8, binary content and
 * files over the size limit are refused with a finding; nothing is guessed.
 */
public final class TextDocumentReader {

    /** Reports are tens of kilobytes; anything far larger is not one and would only cost memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public TextDocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public DocumentText read(Path path) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return refused("", FindingCode.FILE_TOO_LARGE,
                        "The file has " + size + " bytes, more than the limit of " + maxBytes);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return refused("", FindingCode.UNREADABLE_FILE, "Cannot read the file: " + e.getMessage());
        }
        String sha256 = sha256(bytes);
        if (bytes.length == 0) {
            return refused(sha256, FindingCode.EMPTY_FILE, "The file is empty");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            return refused(sha256, FindingCode.NOT_A_REPORT,
                    "Binary content (a NUL byte at offset " + nul + "): not a plain-text report");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return refused(sha256, FindingCode.EMPTY_FILE, "The file holds only white space");
            }
            return new DocumentText(sha256, text, List.of());
        } catch (CharacterCodingException e) {
            return refused(sha256, FindingCode.ENCODING_ERROR,
                    "Not valid UTF-8 (" + e.getMessage() + " near byte " + firstInvalidUtf8(bytes)
                            + "); save the file as UTF-8");
        }
    }

    private static DocumentText refused(String sha256, FindingCode code, String message) {
        return new DocumentText(sha256, null, List.of(Finding.inFile(code, message)));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** The byte offset of the first byte that is not UTF-8, found in one pass. */
    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return bytes.length;
            }
            out.clear();
        }
    }
}
