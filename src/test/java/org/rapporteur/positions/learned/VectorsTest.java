package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void theDotProductCountsEveryElementWhateverTheLength() {
        // five elements: four in the running sums, the fifth after them
        assertThat(Vectors.dot(new float[] {1, 2, 3, 4, 5}, new float[] {1, 1, 1, 1, 2})).isEqualTo(20.0);
        assertThat(Vectors.dot(new float[] {0.5f, -2, 3}, new float[] {4, 0.25f, -1})).isEqualTo(-1.5);
        assertThat(Vectors.dot(new float[] {}, new float[] {})).isEqualTo(0.0);
    }

    @Test
    void aUnitVectorHasLengthOne() {
        float[] u = Vectors.unit(new float[] {3, 4});
        assertThat(u).containsExactly(0.6f, 0.8f);
        assertThat(Vectors.dot(u, u)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
