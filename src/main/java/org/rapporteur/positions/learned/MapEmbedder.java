package org.rapporteur.positions.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Vectors looked up by sentence text, for sentences embedded beforehand; others are embedded by the fallback. */
public final class MapEmbedder implements SentenceEmbedder {

    private final Map<String, float[]> vectors;
    private final SentenceEmbedder fallback;

    public MapEmbedder(Map<String, float[]> vectors, SentenceEmbedder fallback) {
        this.vectors = vectors;
        this.fallback = fallback;
    }

    @Override
    public String modelId() {
        return fallback.modelId();
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        List<float[]> out = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            float[] v = vectors.get(s);
            out.add(v != null ? v : fallback.embed(List.of(s)).get(0));
        }
        return out;
    }
}
