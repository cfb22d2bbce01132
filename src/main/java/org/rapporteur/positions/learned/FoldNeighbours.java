package org.rapporteur.positions.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.rapporteur.positions.GoldSentence;

/**
 * The nearest labelled examples of every corpus sentence, found once for all the folds of a leave-one-hand-out run
 * rather than once per fold (the neighbours' search is most of a fold's training: one dot product per pair of
 * examples). Each sentence keeps its {@code k + EXTRA} nearest among all hands (its own source left out, as in
 * training); a fold leaving out one hand takes the first {@code k} of them that are not of that hand. That is exactly
 * what the fold's own search finds (same order, same ties: the fold's examples are the corpus's in the same order, one
 * hand fewer) whenever the k-th kept is strictly nearer than the last one kept; otherwise the fold searches itself.
 */
public final class FoldNeighbours {

    private static final int EXTRA = 30;

    private final int k;
    private final int[][] top;
    private final double[][] similarity;

    /**
     * @param all     every labelled sentence of the run, in the order of the hands (each fold's training sentences are
     *                these without one hand's, in the same order)
     * @param vectors each sentence's vector, by its text
     * @param k       the neighbours wanted per sentence
     */
    public FoldNeighbours(List<GoldSentence> all, Map<String, float[]> vectors, int k) {
        this.k = k;
        List<LearnedModel.Example> examples = new ArrayList<>(all.size());
        for (GoldSentence s : all) {
            examples.add(new LearnedModel.Example(s.id(), s.sentence(), s.body(), "", vectors.get(s.sentence())));
        }
        int kept = k + EXTRA;
        top = new int[all.size()][];
        similarity = new double[all.size()][];
        // each sentence's search is independent of the others': the same lists whatever the threads' order
        IntStream.range(0, all.size()).parallel().forEach(i -> {
            LearnedModel.Example e = examples.get(i);
            int[] near = LearnedModel.nearest(examples, e.vector(), kept, LearnedModel.source(e.id()), null);
            double[] sims = new double[near.length];
            for (int j = 0; j < near.length; j++) {
                sims[j] = Vectors.dot(examples.get(near[j]).vector(), e.vector());
            }
            top[i] = near;
            similarity[i] = sims;
        });
    }

    /**
     * For the fold that leaves out the sentences [{@code from}, {@code to}) of the run: a training sentence's nearest
     * (by its index among the fold's sentences, as indexes among them), or null where the fold must search itself.
     */
    public IntFunction<int[]> forFold(int from, int to) {
        int left = to - from;
        return i -> {
            int g = i < from ? i : i + left;
            int[] near = top[g];
            int[] out = new int[k];
            int found = 0;
            double last = Double.NaN;
            for (int j = 0; j < near.length && found < k; j++) {
                if (near[j] >= from && near[j] < to) {
                    continue;
                }
                out[found++] = near[j] < from ? near[j] : near[j] - left;
                last = similarity[g][j];
            }
            boolean complete = near.length < k + EXTRA;
            if (complete) {
                return java.util.Arrays.copyOf(out, found);
            }
            return found == k && last > similarity[g][near.length - 1] ? out : null;
        };
    }
}
