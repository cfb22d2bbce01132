package org.rapporteur.positions.learned;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sentence vectors by sentence text, for one model, kept in a file between builds so that a sentence of the corpus is
 * embedded once. A file of another model is ignored.
 */
public final class EmbeddingStore {

    private EmbeddingStore() {
    }

    public static Map<String, float[]> read(Path file, String modelId) {
        Map<String, float[]> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(modelId)) {
                return out;
            }
            int n = in.readInt();
            int dim = in.readInt();
            for (int i = 0; i < n; i++) {
                String text = in.readUTF();
                float[] v = new float[dim];
                for (int j = 0; j < dim; j++) {
                    v[j] = in.readFloat();
                }
                out.put(text, v);
            }
        } catch (IOException | RuntimeException e) {
            out.clear();
        }
        return out;
    }

    public static void write(Path file, String modelId, Map<String, float[]> vectors) throws IOException {
        Map<String, float[]> sorted = new TreeMap<>(vectors);
        int dim = sorted.isEmpty() ? 0 : sorted.values().iterator().next().length;
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            out.writeUTF(modelId);
            out.writeInt(sorted.size());
            out.writeInt(dim);
            for (Map.Entry<String, float[]> e : sorted.entrySet()) {
                out.writeUTF(e.getKey());
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Adds the vectors of the texts not yet in the map, embedding them in batches. */
    public static void complete(Map<String, float[]> vectors, List<String> texts, SentenceEmbedder embedder) {
        java.util.Set<String> unseen = new java.util.LinkedHashSet<>();
        for (String t : texts) {
            if (!vectors.containsKey(t)) {
                unseen.add(t);
            }
        }
        List<String> missing = new ArrayList<>(unseen);
        for (int from = 0; from < missing.size(); from += 64) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + 64));
            List<float[]> out = embedder.embed(batch);
            for (int i = 0; i < batch.size(); i++) {
                vectors.put(batch.get(i), out.get(i));
            }
        }
    }
}
