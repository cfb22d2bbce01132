package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.tables.PositionRow;

/** The tables count apart, as to review, exactly the positions whose sentences the classifier sends to review. */
class ReviewThresholdTest {

    @Test
    void theTablesThresholdIsTheClassifiers() {
        assertThat(PositionRow.REVIEW_BELOW).isEqualTo(PositionClassifier.REVIEW_BELOW);
    }
}
