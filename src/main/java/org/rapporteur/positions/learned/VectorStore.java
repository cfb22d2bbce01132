package org.rapporteur.positions.learned;

import java.util.Collection;
import java.util.Map;

/**
 * Sentence vectors kept across runs, by sentence text and embedding model, so that a sentence met again in a later run
 * (a report read again after a change, a sentence repeated across reports) is never embedded again.
 */
public interface VectorStore {

    /** The vectors stored for these texts under this model (texts never stored are absent). */
    Map<String, float[]> load(String modelId, Collection<String> texts);

    /** Stores these vectors under this model (a text already stored is left as it is). */
    void save(String modelId, Map<String, float[]> vectors);
}
