package org.rapporteur.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Characters of a text that is not UTF-8 as a whole, decoded line by line: a line that is valid UTF-8 is read as
 * UTF-8, another as Windows-1252. A list exported as UTF-8 with a few rows pasted in from an "ANSI" export is read
 * whole, and a file wholly in Windows-1252 is read as before. A line longer than {@link #MAX_LINE} bytes is decoded
 * in pieces of that size as Windows-1252, so that memory stays bounded. Throws {@link CharacterCodingException} at a
 * line that is neither. The caller closes it (which closes the stream).
 */
final class LineByLineDecoder extends Reader {

    static final int MAX_LINE = 1 << 20;

    private final InputStream in;
    private final Charset fallback;
    private byte[] line = new byte[256];
    private CharBuffer decoded = CharBuffer.allocate(0);
    private boolean end;

    LineByLineDecoder(InputStream in, Charset fallback) {
        this.in = in;
        this.fallback = fallback;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (!decoded.hasRemaining()) {
            if (end || !nextLine()) {
                return -1;
            }
        }
        int n = Math.min(length, decoded.remaining());
        decoded.get(buffer, offset, n);
        return n;
    }

    /** Reads and decodes the next line (with its line break); false at the end of the stream. */
    private boolean nextLine() throws IOException {
        int size = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (size == line.length) {
                line = java.util.Arrays.copyOf(line, Math.min(size * 2, MAX_LINE + 1));
            }
            line[size++] = (byte) b;
            if (b == '\n' || size >= MAX_LINE) {
                break;
            }
        }
        if (b < 0) {
            end = true;
        }
        if (size == 0) {
            return false;
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, size);
        try {
            decoded = size >= MAX_LINE ? strict(fallback, bytes) : strict(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            decoded = strict(fallback, ByteBuffer.wrap(line, 0, size));
        }
        return true;
    }

    private static CharBuffer strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
