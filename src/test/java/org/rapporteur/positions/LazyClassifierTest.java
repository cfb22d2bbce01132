package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The classifier is made when first asked for, once, and not before. */
class LazyClassifierTest {

    @Test
    void madeOnceWhenFirstAskedForAndNotBefore() {
        AtomicInteger made = new AtomicInteger();
        LazyClassifier lazy = new LazyClassifier(() -> {
            made.incrementAndGet();
            return new PositionClassifier(Codebooks.choose(null), name -> Optional.empty());
        });
        assertThat(lazy.ifMade()).isEmpty();
        assertThat(made).hasValue(0);

        PositionClassifier first = lazy.get();
        assertThat(lazy.get()).isSameAs(first);
        assertThat(lazy.ifMade()).containsSame(first);
        assertThat(made).hasValue(1);
    }
}
