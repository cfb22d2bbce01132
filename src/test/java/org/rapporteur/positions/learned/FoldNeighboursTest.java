package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.rapporteur.positions.GoldSentence;

/**
 * The neighbours found once for every fold of a leave-one-hand-out run are, fold by fold, those the fold's own search
 * finds: the same examples in the same order, or none (the fold then searches itself).
 */
class FoldNeighboursTest {

    @Test
    void eachFoldGetsWhatItsOwnSearchWouldFind() {
        Random random = new Random(7);
        String[] hands = {"aaa", "bbb", "ccc", "ddd"};
        List<GoldSentence> all = new ArrayList<>();
        Map<String, float[]> vectors = new HashMap<>();
        for (String hand : hands) {
            for (int i = 0; i < 25; i++) {
                String text = hand + " sentence " + i;
                float[] v = new float[8];
                for (int j = 0; j < v.length; j++) {
                    // a few vectors repeated, so that ties occur
                    v[j] = i % 5 == 0 ? j : random.nextFloat() - 0.5f;
                }
                vectors.put(text, v);
                all.add(new GoldSentence(hand + String.format("%03d", i), text, Map.of()));
            }
        }
        int k = 10;
        FoldNeighbours found = new FoldNeighbours(all, vectors, k);
        int answered = 0;
        for (int h = 0; h < hands.length; h++) {
            int from = h * 25;
            int to = from + 25;
            List<LearnedModel.Example> fold = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (i < from || i >= to) {
                    GoldSentence s = all.get(i);
                    fold.add(new LearnedModel.Example(s.id(), s.sentence(), "", "", vectors.get(s.sentence())));
                }
            }
            IntFunction<int[]> byFold = found.forFold(from, to);
            for (int i = 0; i < fold.size(); i++) {
                LearnedModel.Example e = fold.get(i);
                int[] own = LearnedModel.nearest(fold, e.vector(), k, LearnedModel.source(e.id()), null);
                int[] kept = byFold.apply(i);
                if (kept != null) {
                    assertThat(kept).as("fold %s, sentence %s", hands[h], e.id()).containsExactly(own);
                    answered++;
                }
            }
        }
        // 4 folds of 75 sentences: nearly all answered from the kept lists
        assertThat(answered).isGreaterThan(250);
    }
}
