package org.rapporteur.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Plain text: UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, and, when the bytes are not
 * UTF-8, Windows-1252 (what Windows editors save as "ANSI"), reported as ENCODING_GUESSED. A UTF-8 file that was once
 * decoded as Windows-1252 and saved again ("CÃ´te") is mojibake: it is repaired when the repair is exact, and reported.
 */
final class TextDecoder implements DocumentReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public Extraction read(byte[] bytes) {
        List<Finding> findings = new ArrayList<>();
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = decodeStrict(bytes, 3, StandardCharsets.UTF_8);
            if (text == null) {
                return Extraction.refused(FindingCode.ENCODING_ERROR,
                        "The file starts with a UTF-8 byte-order mark but is not valid UTF-8 (near byte "
                                + firstInvalid(bytes, StandardCharsets.UTF_8) + "); save it as UTF-8");
            }
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
            if (text == null) {
                int at = firstInvalid(bytes, StandardCharsets.UTF_8);
                text = decodeStrict(bytes, 0, WINDOWS_1252);
                if (text == null) {
                    return Extraction.refused(FindingCode.ENCODING_ERROR, "Neither UTF-8 (first invalid byte at "
                            + "offset " + at + ") nor Windows-1252 (byte " + firstInvalid(bytes, WINDOWS_1252)
                            + "); save the file as UTF-8");
                }
                findings.add(Finding.inFile(FindingCode.ENCODING_GUESSED, "Not UTF-8 (first invalid byte at offset "
                        + at + "): read as Windows-1252; check accented names and save the file as UTF-8"));
            }
        }
        String repaired = repairMojibake(text);
        if (!repaired.equals(text)) {
            findings.add(Finding.inFile(FindingCode.ENCODING_GUESSED, "UTF-8 text that had been decoded as "
                    + "Windows-1252 (e.g. \"" + firstMojibake(text) + "\") was repaired; save the file as UTF-8"));
            text = repaired;
        }
        return new Extraction(text, findings);
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    /** Sequences such as "Ã´" or "â€™" that only arise from UTF-8 read as Windows-1252. */
    private static final java.util.regex.Pattern MOJIBAKE = java.util.regex.Pattern.compile(
            "[\u00C2-\u00DF][\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC\u20AC\u2122"
                    + "\u0192]|\u00E2\u20AC[\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02DC"
                    + "\u2122\u201D\u201C\u00A6\u0153\u02DC]");

    /**
     * Re-decodes each run of mojibake (UTF-8 bytes shown as Windows-1252 characters) when the run's bytes form valid
     * UTF-8; anything else is left as it is.
     */
    static String repairMojibake(String text) {
        if (!MOJIBAKE.matcher(text).find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isMojibakeChar(text.charAt(end))) {
                end++;
            }
            if (end > i + 1) {
                String run = text.substring(i, end);
                byte[] bytes = run.getBytes(WINDOWS_1252);
                String decoded = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
                boolean exact = decoded != null && new String(decoded.getBytes(StandardCharsets.UTF_8), WINDOWS_1252)
                        .equals(run) && !decoded.equals(run);
                out.append(exact ? decoded : run);
                i = end;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isMojibakeChar(char c) {
        // characters that Windows-1252 gives for the bytes 0x80–0xFF, which a UTF-8 sequence consists of
        if (c >= 0x80 && c <= 0xFF) {
            return true;
        }
        return "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D"
                .indexOf(c) >= 0 || "\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178".indexOf(c) >= 0;
    }

    private static String firstMojibake(String text) {
        java.util.regex.Matcher m = MOJIBAKE.matcher(text);
        if (!m.find()) {
            return "";
        }
        int from = Math.max(0, m.start() - 3);
        int to = Math.min(text.length(), m.end() + 3);
        return text.substring(from, to).strip();
    }

    static String decodeStrict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The byte offset of the first byte that does not decode, found in one pass. */
    static int firstInvalid(byte[] bytes, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
