package org.rapporteur.positions.learned;

import java.util.List;

/** Turns sentences into vectors of unit length, in order; one vector per sentence. */
public interface SentenceEmbedder {

    /** Names the model and its version: stored with trained weights, a different model refuses them. */
    String modelId();

    List<float[]> embed(List<String> sentences);
}
