package org.rapporteur.tables;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published export, meeting by meeting: for each meeting, where its rows are in each published CSV file (bytes
 * and rows) and its {@link MeetingPart}, under a key that names everything its rows are made from. The next export
 * copies an unchanged meeting's rows from the published files instead of building them, so that one changed report
 * costs its meeting's work, the copying of bytes, and the tables built across meetings.
 *
 * <p>Kept in {@code <output>/.state/}: {@code export-parts.index} (the key of the settings, the digest of the published
 * run manifest and each published file's size and time, the kinds of each file's columns, then per meeting its key,
 * its rows' places and where its part is) and the parts themselves in a file the index names. The index is written
 * after the set is published; an index that does not describe the published set as it is (a crash between the two,
 * a file edited or removed) is not used, and the export is built whole.
 */
public final class ExportParts {

    static final String INDEX = "export-parts.index";
    /** 3: a meeting's tallies count the positions to review apart. */
    static final int VERSION = 3;

    /** A meeting's rows in one CSV file: bytes from {@code offset}, {@code length} of them, {@code rows} rows. */
    public record Slice(long offset, long length, int rows) {
    }

    /** A meeting as the published set holds it. */
    record Entry(String key, long partOffset, int partLength, Map<String, Slice> slices) {
    }

    private final Path partsFile;
    private final Map<String, Entry> entries;
    private final Map<String, byte[]> kinds;
    private final Map<String, SheetPrint> sheets;
    private FileChannel parts;
    private int given;

    private ExportParts(Path partsFile, Map<String, Entry> entries, Map<String, byte[]> kinds,
                        Map<String, SheetPrint> sheets) {
        this.partsFile = partsFile;
        this.entries = entries;
        this.kinds = kinds;
        this.sheets = sheets;
    }

    /** No parts: every meeting is built. */
    public static ExportParts none() {
        return new ExportParts(null, Map.of(), Map.of(), Map.of());
    }

    /** What the published workbook's sheets of per-meeting tables were written from, by table ({@link SheetPrint}). */
    public Map<String, SheetPrint> sheets() {
        return sheets;
    }

    /**
     * The parts of the set published in {@code output}, if they were kept with these settings and describe the
     * published files as they are; else {@link #none()}.
     *
     * @param settings what every meeting's rows are made from besides its inputs (code, codebook, overrides, options)
     */
    public static ExportParts published(Path output, String settings) throws IOException {
        Path index = state(output).resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            return none();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(index)))) {
            if (in.readInt() != VERSION || !in.readUTF().equals(settings)
                    || !in.readUTF().equals(PublishedFiles.manifestDigest(output))) {
                return none();
            }
            Path partsFile = state(output).resolve(in.readUTF());
            Map<String, byte[]> kinds = new LinkedHashMap<>();
            for (int files = in.readInt(); files > 0; files--) {
                String name = in.readUTF();
                long size = in.readLong();
                long time = in.readLong();
                byte[] codes = new byte[in.readInt()];
                in.readFully(codes);
                if (!PublishedFiles.stat(output.resolve(name)).equals(List.of(size, time))) {
                    return none();
                }
                kinds.put(name, codes);
            }
            Map<String, SheetPrint> sheets = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                sheets.put(in.readUTF(), new SheetPrint(in.readUTF(), in.readLong(), in.readLong()));
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (int meetings = in.readInt(); meetings > 0; meetings--) {
                String meeting = in.readUTF();
                String key = in.readUTF();
                long offset = in.readLong();
                int length = in.readInt();
                Map<String, Slice> slices = new LinkedHashMap<>();
                for (int n = in.readInt(); n > 0; n--) {
                    slices.put(in.readUTF(), new Slice(in.readLong(), in.readLong(), in.readInt()));
                }
                entries.put(meeting, new Entry(key, offset, length, slices));
            }
            return Files.isRegularFile(partsFile) ? new ExportParts(partsFile, entries, kinds, sheets) : none();
        } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
            return none();
        }
    }

    /** A meeting's key: the SHA-256 of what its rows are made from ({@link MeetingIndex#sourcesOf}). */
    static String key(String sources) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(sources.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kinds of each published file's columns, by file name ({@link TableFiles#kinds()}). */
    public Map<String, byte[]> kinds() {
        return kinds;
    }

    /** A meeting's entry, if its rows were published under this key. */
    Optional<Entry> entry(String meetingId, String key) {
        Entry entry = entries.get(meetingId);
        return entry != null && entry.key().equals(key) ? Optional.of(entry) : Optional.empty();
    }

    /** The bytes of a meeting's part ({@link MeetingPart#of}). */
    byte[] partBytes(Entry entry) throws IOException {
        given++;
        if (parts == null) {
            parts = FileChannel.open(partsFile);
        }
        ByteBuffer bytes = ByteBuffer.allocate(entry.partLength());
        while (bytes.hasRemaining() && parts.read(bytes, entry.partOffset() + bytes.position()) > 0) {
            // reads on until the part is in
        }
        return bytes.array();
    }

    /** The meetings whose rows were given again from these parts. */
    public int given() {
        return given;
    }

    /** The meetings these parts hold. */
    public int size() {
        return entries.size();
    }

    void close() throws IOException {
        if (parts != null) {
            parts.close();
        }
    }

    static Path state(Path output) {
        return output.resolve(".state");
    }

}
