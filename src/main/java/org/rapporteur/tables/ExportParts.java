package org.rapporteur.tables;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.export.CellKinds;

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
    private static final int VERSION = 1;

    /** A meeting's rows in one CSV file: bytes from {@code offset}, {@code length} of them, {@code rows} rows. */
    public record Slice(long offset, long length, int rows) {
    }

    /** A meeting as the published set holds it. */
    record Entry(String key, long partOffset, int partLength, Map<String, Slice> slices) {
    }

    private final Path partsFile;
    private final Map<String, Entry> entries;
    private final Map<String, byte[]> kinds;
    private FileChannel parts;
    private int given;

    private ExportParts(Path partsFile, Map<String, Entry> entries, Map<String, byte[]> kinds) {
        this.partsFile = partsFile;
        this.entries = entries;
        this.kinds = kinds;
    }

    /** No parts: every meeting is built. */
    public static ExportParts none() {
        return new ExportParts(null, Map.of(), Map.of());
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
            return Files.isRegularFile(partsFile) ? new ExportParts(partsFile, entries, kinds) : none();
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

    /** The parts of an export being written: kept meeting by meeting, indexed once the set is published. */
    public static final class Writer implements Closeable {
        private final Path output;
        private final String name;
        private final DataOutputStream parts;
        /** The index's entries, written as they come (the heap holds none): meeting, key, part, slices. */
        private final DataOutputStream entries;
        private final java.util.Set<String> sliced = new java.util.HashSet<>();
        private int count;
        private long written;

        /** @param output where the set will be published (the parts go to its {@code .state/}) */
        public Writer(Path output) throws IOException {
            this.output = output;
            Files.createDirectories(state(output));
            this.name = "export-parts-" + System.nanoTime() + ".bin";
            this.parts = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                    state(output).resolve(name + ".tmp"))));
            try {
                this.entries = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                        state(output).resolve(name + ".entries"))));
            } catch (IOException | RuntimeException e) {
                parts.close();
                Files.deleteIfExists(state(output).resolve(name + ".tmp"));
                throw e;
            }
        }

        void add(String meetingId, String key, Map<String, Slice> slices, byte[] part) throws IOException {
            parts.write(part);
            entries.writeUTF(meetingId);
            entries.writeUTF(key);
            entries.writeLong(written);
            entries.writeInt(part.length);
            entries.writeInt(slices.size());
            for (Map.Entry<String, Slice> s : new java.util.TreeMap<>(slices).entrySet()) {
                entries.writeUTF(s.getKey());
                entries.writeLong(s.getValue().offset());
                entries.writeLong(s.getValue().length());
                entries.writeInt(s.getValue().rows());
                sliced.add(s.getKey());
            }
            written += part.length;
            count++;
        }

        /**
         * Writes the index of the set just published in {@code output}, then removes the parts of earlier sets.
         *
         * @param settings as for {@link ExportParts#published}
         * @param kinds    the kinds of each file's columns, by file name ({@link TableFiles#kinds()}); when the rows
         *                 of a file with slices cannot be read back from its text, no index is kept (the next export
         *                 is built whole)
         * @return false when no index was kept for that reason
         */
        public boolean publish(String settings, Map<String, CellKinds> kinds) throws IOException {
            parts.close();
            entries.close();
            Path state = state(output);
            boolean readable = kinds.entrySet().stream().filter(k -> sliced.contains(tableOf(k.getKey())))
                    .allMatch(k -> k.getValue().readable());
            if (!readable) {
                Files.deleteIfExists(state.resolve(INDEX));
                return false;
            }
            Files.move(state.resolve(name + ".tmp"), state.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            Path tmp = state.resolve(INDEX + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)))) {
                out.writeInt(VERSION);
                out.writeUTF(settings);
                out.writeUTF(PublishedFiles.manifestDigest(output));
                out.writeUTF(name);
                out.writeInt(kinds.size());
                for (Map.Entry<String, CellKinds> file : kinds.entrySet()) {
                    out.writeUTF(file.getKey());
                    List<Long> stat = PublishedFiles.stat(output.resolve(file.getKey()));
                    out.writeLong(stat.get(0));
                    out.writeLong(stat.get(1));
                    byte[] codes = file.getValue().codes();
                    out.writeInt(codes.length);
                    out.write(codes);
                }
                out.writeInt(count);
                Files.copy(state.resolve(name + ".entries"), out);
            }
            Files.delete(state.resolve(name + ".entries"));
            Files.move(tmp, state.resolve(INDEX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            removeOthers();
            return true;
        }

        /** "restricted/participants.csv" → "participants". */
        private static String tableOf(String file) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        }

        /** Parts files no index names: those of earlier sets, and of runs that did not finish. */
        private void removeOthers() throws IOException {
            try (var files = Files.list(state(output))) {
                for (Path p : files.toList()) {
                    String n = p.getFileName().toString();
                    if (n.startsWith("export-parts-") && !n.equals(name)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            // each closed and removed even when another fails (a full disk fails the flush of a buffer)
            try (Closeable a = parts; Closeable b = entries) {
                Files.deleteIfExists(state(output).resolve(name + ".tmp"));
                Files.deleteIfExists(state(output).resolve(name + ".entries"));
            }
        }
    }

    /** What tells a published file from an edited one: its size and time. */
    static final class PublishedFiles {
        private PublishedFiles() {
        }

        static List<Long> stat(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                return List.of(-1L, -1L);
            }
            return List.of(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        }

        /** The SHA-256 of the published run manifest ("" without one): each publication's is its own. */
        static String manifestDigest(Path output) throws IOException {
            Path manifest = output.resolve(org.rapporteur.export.RunManifest.FILE);
            if (!Files.isRegularFile(manifest)) {
                return "";
            }
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(manifest)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
