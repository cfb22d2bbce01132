package org.rapporteur.positions.learned;

import java.util.List;

/**
 * An embedder that masks participants' names ({@link NameMask}) in each text before the model embeds it. Every vector
 * of the learned model passes through it: the labelled sentences and their parts when the model is trained (at build
 * time, in leave-one-hand-out, in a retraining for an analyst's codebook) and a report's sentences when it classifies,
 * so training and classification read the same masked text. Vectors stay keyed by the text as written; the model id
 * says that the names were masked, so that vectors of unmasked text kept from an earlier version are not reused.
 */
public final class NameMaskingEmbedder implements SentenceEmbedder {

    /** Added to the inner model's id: a change to the mask that changes vectors must change it. */
    static final String MASK_ID = "+names-masked-1";

    private static volatile NameMaskingEmbedder shared;

    private final SentenceEmbedder inner;
    private final NameMask mask;

    public NameMaskingEmbedder(SentenceEmbedder inner, NameMask mask) {
        this.inner = inner;
        this.mask = mask;
    }

    /** The embedder of this JVM: the shipped sentence model ({@link E5Embedder}) with the standard mask. */
    public static NameMaskingEmbedder shared() {
        NameMaskingEmbedder local = shared;
        if (local == null) {
            synchronized (NameMaskingEmbedder.class) {
                local = shared;
                if (local == null) {
                    local = new NameMaskingEmbedder(E5Embedder.shared(), NameMask.standard());
                    shared = local;
                }
            }
        }
        return local;
    }

    /** The text the model embeds for a sentence. */
    public String input(String sentence) {
        return mask.apply(sentence);
    }

    @Override
    public String modelId() {
        return inner.modelId() + MASK_ID;
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        return inner.embed(sentences.stream().map(mask::apply).toList());
    }
}
