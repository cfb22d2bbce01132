package org.rapporteur.tables;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.rapporteur.export.CellKinds;

/** The parts of an export being written: kept meeting by meeting, indexed once the set is published. */
public final class ExportPartsWriter implements Closeable {
    private final Path output;
    private final String name;
    private final DataOutputStream parts;
    /** The index's entries, written as they come (the heap holds none): meeting, key, part, slices. */
    private final DataOutputStream entries;
    private final java.util.Set<String> sliced = new java.util.HashSet<>();
    private int count;
    private long written;

    /** @param output where the set will be published (the parts go to its {@code .state/}) */
    public ExportPartsWriter(Path output) throws IOException {
        this.output = output;
        Files.createDirectories(ExportParts.state(output));
        this.name = "export-parts-" + System.nanoTime() + ".bin";
        this.parts = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                ExportParts.state(output).resolve(name + ".tmp"))));
        try {
            this.entries = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                    ExportParts.state(output).resolve(name + ".entries"))));
        } catch (IOException | RuntimeException e) {
            parts.close();
            Files.deleteIfExists(ExportParts.state(output).resolve(name + ".tmp"));
            throw e;
        }
    }

    void add(String meetingId, String key, Map<String, ExportParts.Slice> slices, byte[] part) throws IOException {
        parts.write(part);
        entries.writeUTF(meetingId);
        entries.writeUTF(key);
        entries.writeLong(written);
        entries.writeInt(part.length);
        entries.writeInt(slices.size());
        for (Map.Entry<String, ExportParts.Slice> s : new java.util.TreeMap<>(slices).entrySet()) {
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
        return publish(settings, kinds, Map.of());
    }

    /**
     * As above, with what the published workbook's sheets of per-meeting tables were written from
     * ({@link TableFiles#sheets()}): those the next export finds the same stand as they are.
     */
    public boolean publish(String settings, Map<String, CellKinds> kinds, Map<String, SheetPrint> sheets)
            throws IOException {
        parts.close();
        entries.close();
        Path state = ExportParts.state(output);
        boolean readable = kinds.entrySet().stream().filter(k -> sliced.contains(tableOf(k.getKey())))
                .allMatch(k -> k.getValue().readable());
        if (!readable) {
            Files.deleteIfExists(state.resolve(ExportParts.INDEX));
            return false;
        }
        Files.move(state.resolve(name + ".tmp"), state.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        Path tmp = state.resolve(ExportParts.INDEX + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)))) {
            out.writeInt(ExportParts.VERSION);
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
            out.writeInt(sheets.size());
            for (Map.Entry<String, SheetPrint> sheet : sheets.entrySet()) {
                out.writeUTF(sheet.getKey());
                out.writeUTF(sheet.getValue().print());
                out.writeLong(sheet.getValue().crc());
                out.writeLong(sheet.getValue().size());
            }
            out.writeInt(count);
            Files.copy(state.resolve(name + ".entries"), out);
        }
        Files.delete(state.resolve(name + ".entries"));
        Files.move(tmp, state.resolve(ExportParts.INDEX), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
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
        try (var files = Files.list(ExportParts.state(output))) {
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
            Files.deleteIfExists(ExportParts.state(output).resolve(name + ".tmp"));
            Files.deleteIfExists(ExportParts.state(output).resolve(name + ".entries"));
        }
    }
}
