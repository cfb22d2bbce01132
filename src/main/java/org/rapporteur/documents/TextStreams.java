package org.rapporteur.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Opens a text file (a CSV list) as a stream of characters, so that memory does not grow with the file: the encoding
 * is decided as {@link TextDecoder} decides it (a byte-order mark; else UTF-8 when every byte of the file is valid
 * UTF-8, checked in one streaming pass; else line by line, each line as UTF-8 where it is valid UTF-8 and as
 * Windows-1252 where not, reported as ENCODING_GUESSED), then the file is read again through a decoder that stops at a
 * byte the encoding does not have.
 */
public final class TextStreams {

    private static final int SAMPLE = 8192;

    private TextStreams() {
    }

    /**
     * A file opened as text, or refused.
     *
     * @param charset  the encoding, or null when the file was refused
     * @param findings what was guessed, or why it was refused (then at least one ERROR)
     */
    public record Opened(Path file, Charset charset, int skip, List<Finding> findings) {

        public boolean readable() {
            return charset != null;
        }

        /**
         * A reader of the file's characters (the byte-order mark left out); it throws
         * {@link java.nio.charset.CharacterCodingException} at a byte the encoding does not have. The caller closes it.
         */
        public Reader reader() throws IOException {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.skipNBytes(skip);
            if (charset.equals(TextDecoder.WINDOWS_1252)) {
                return new LineByLineDecoder(in, charset);
            }
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputStreamReader(in, decoder);
        }
    }

    /** Decides how to read the file as text; an empty or binary file is refused. */
    public static Opened open(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (head.length == 0) {
            return refused(file, FindingCode.EMPTY_FILE, "The file is empty");
        }
        if (ContentSniffer.sniff(head) != ContentSniffer.Content.TEXT
                && ContentSniffer.sniff(head) != ContentSniffer.Content.HTML) {
            return refused(file, FindingCode.UNSUPPORTED_FORMAT, "Binary content: not a CSV file");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Opened(file, StandardCharsets.UTF_16LE, 2, List.of());
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Opened(file, StandardCharsets.UTF_16BE, 2, List.of());
        }
        boolean bom = startsWith(head, 0xEF, 0xBB, 0xBF);
        long invalid = firstInvalidUtf8(file, bom ? 3 : 0);
        if (invalid < 0) {
            return new Opened(file, StandardCharsets.UTF_8, bom ? 3 : 0, List.of());
        }
        if (bom) {
            return refused(file, FindingCode.ENCODING_ERROR, "The file starts with a UTF-8 byte-order mark but is "
                    + "not valid UTF-8 (near byte " + invalid + "); save it as UTF-8");
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("line " + lineOf(file, invalid), FindingCode.ENCODING_GUESSED, "Not UTF-8 from this "
                + "line on (first invalid byte at offset " + invalid + "): the lines that are not UTF-8 were read as Windows-1252; check accented names and save "
                + "the file as UTF-8"));
        return new Opened(file, TextDecoder.WINDOWS_1252, 0, findings);
    }

    /** "CÃ´te" (UTF-8 once read as Windows-1252) repaired where the repair is exact; see {@link TextDecoder}. */
    public static String repairMojibake(String text) {
        return TextDecoder.repairMojibake(text);
    }

    /** The line (from 1) that holds the byte at {@code offset}: one pass over the bytes before it. */
    static long lineOf(Path file, long offset) throws IOException {
        long line = 1;
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (long i = 0; i < offset; i++) {
                int b = stream.read();
                if (b < 0) {
                    break;
                }
                if (b == '\n') {
                    line++;
                }
            }
        }
        return line;
    }

    /** The offset of the first byte that is not valid UTF-8, or -1 when all are; one pass, a small buffer. */
    static long firstInvalidUtf8(Path file, int skip) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long consumed = skip;
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, end);
                consumed += in.position() - before;
                if (result.isError()) {
                    return consumed;
                }
                out.clear();
                in.compact();
            }
            CoderResult flush = decoder.flush(out);
            return flush.isError() ? consumed : -1;
        }
    }

    private static Opened refused(Path file, FindingCode code, String message) {
        return new Opened(file, null, 0, List.of(Finding.inFile(code, message)));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
