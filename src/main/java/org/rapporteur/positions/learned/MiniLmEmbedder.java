package org.rapporteur.positions.learned;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantized), shipped inside its Maven artifact and run in-process by ONNX Runtime: nothing is
 * downloaded. Loading takes a few seconds, so there is one per JVM ({@link #shared()}). Components are rounded to
 * 1/4096 so that the last bits of a CPU's arithmetic do not reach the scores.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    public static final String MODEL_ID = "all-minilm-l6-v2-q@1.19.0-beta29";
    private static final float GRID = 4096f;

    private static volatile MiniLmEmbedder shared;

    private final EmbeddingModel model;
    private final long loadMillis;

    private MiniLmEmbedder() {
        long start = System.nanoTime();
        Set<Path> before = unpacked();
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model.embed("warm-up");
        // ONNX Runtime unpacks its native library into the temporary folder: once loaded, it is not needed there
        Set<Path> now = unpacked();
        now.removeAll(before);
        now.forEach(MiniLmEmbedder::deleteQuietly);
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    private static Set<Path> unpacked() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().startsWith("onnxruntime-java"))
                    .collect(Collectors.toCollection(HashSet::new));
        } catch (IOException | RuntimeException e) {
            return new HashSet<>();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a library still held open (on Windows) stays; the JVM removes it at exit
        }
    }

    /** The model of this JVM, loaded on first use. */
    public static MiniLmEmbedder shared() {
        MiniLmEmbedder local = shared;
        if (local == null) {
            synchronized (MiniLmEmbedder.class) {
                local = shared;
                if (local == null) {
                    local = new MiniLmEmbedder();
                    shared = local;
                }
            }
        }
        return local;
    }

    /** How long loading took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(sentences.size());
        sentences.forEach(s -> segments.add(TextSegment.from(s.isBlank() ? "." : s)));
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(rounded(Vectors.unit(e.vector())));
        }
        return out;
    }

    private static float[] rounded(float[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.round(v[i] * GRID) / GRID;
        }
        return out;
    }
}
