package org.rapporteur.positions;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The position classifier, made the first time a sentence needs it: a nightly run that reads no input (nothing
 * changed) neither compiles the codebook's rules nor loads the position model and the sentence-embedding model, which
 * cost seconds of every start-up otherwise. Made once; thread-safe (the ingest's workers share it).
 */
public final class LazyClassifier implements Supplier<PositionClassifier> {

    private final Supplier<PositionClassifier> make;
    private volatile PositionClassifier made;

    /** @param make makes the classifier; called at most once */
    public LazyClassifier(Supplier<PositionClassifier> make) {
        this.make = make;
    }

    @Override
    public PositionClassifier get() {
        PositionClassifier local = made;
        if (local == null) {
            synchronized (this) {
                local = made;
                if (local == null) {
                    local = make.get();
                    made = local;
                }
            }
        }
        return local;
    }

    /** The classifier if a sentence needed it, else empty (it was never made). */
    public Optional<PositionClassifier> ifMade() {
        return Optional.ofNullable(made);
    }
}
