package org.rapporteur.positions;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Optional;

import org.rapporteur.positions.learned.LearnedModel;
import org.rapporteur.positions.learned.E5Embedder;
import org.rapporteur.positions.learned.VectorStore;
import org.rapporteur.positions.learned.SentenceVectors;

/**
 * The classifier's cost per sentence: the floor (a bare loop doing only the unavoidable work: lowering each sentence
 * and splitting it into words), the rule path alone, the model's load, the model's embedding of the sentences that can
 * carry a position (uncached), and the full classifier with the cache warm. Medians of timed rounds after warm-up, in
 * CPU time of the timing thread (the embedding, which runs on several threads, and the loads in wall time).
 */
public final class ClassifyBenchmark {

    private ClassifyBenchmark() {
    }

    public static void run(List<String> sentences, Codebook codebook, Function<String, Optional<String>> entityCodes,
                           int warmup, int rounds, boolean rulesOnly, PrintStream out) {
        int n = sentences.size();
        out.printf(Locale.ROOT, "sentences=%d warmup=%d rounds=%d%n", n, warmup, rounds);
        double floor = median(warmup, rounds, () -> {
            long words = 0;
            for (String s : sentences) {
                words += s.toLowerCase(Locale.ROOT).split("\\W+").length;
            }
            return words;
        });
        RuleClassifier rules = new RuleClassifier(codebook, entityCodes);
        double rulePath = median(warmup, rounds, () -> {
            long found = 0;
            for (String s : sentences) {
                found += rules.classify(s, SentenceContext.NONE).positions().size();
            }
            return found;
        });
        out.printf(Locale.ROOT, "floor_us_per_sentence=%.1f rules_us_per_sentence=%.1f ratio_to_floor=%.1f "
                + "rules_sentences_per_cpu_s=%.0f%n", floor * 1e6 / n, rulePath * 1e6 / n, rulePath / floor, n / rulePath);
        long candidates = sentences.stream().filter(rules::canCarryPosition).count();
        out.printf(Locale.ROOT, "sentences_that_can_carry_a_position=%d (%.0f%%): only these are embedded%n",
                candidates, 100.0 * candidates / Math.max(1, n));
        if (rulesOnly) {
            return;
        }
        long start = System.nanoTime();
        long cpuStart = processCpu();
        E5Embedder embedder = E5Embedder.shared();
        double loadEmbedder = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        LearnedModel model = LearnedModel.readDefault();
        double loadModel = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "model_load_s=%.2f (embedding model %.2f, trained weights and examples %.2f) "
                + "model_load_cpu_s=%.2f%n", loadEmbedder + loadModel, loadEmbedder, loadModel,
                (processCpu() - cpuStart) / 1e9);
        SentenceVectors vectors = new SentenceVectors(embedder, Math.max(1, n));
        Map<String, float[]> kept = new HashMap<>();
        VectorStore store = new VectorStore() {
            @Override
            public Map<String, float[]> load(String modelId, Collection<String> texts) {
                Map<String, float[]> out = new HashMap<>();
                texts.stream().filter(kept::containsKey).forEach(t -> out.put(t, kept.get(t)));
                return out;
            }

            @Override
            public void save(String modelId, Map<String, float[]> fresh) {
                kept.putAll(fresh);
            }
        };
        vectors.persistTo(store);
        PositionClassifier full = new PositionClassifier(codebook, entityCodes, model, vectors);
        start = System.nanoTime();
        cpuStart = processCpu();
        full.prefetch(sentences);
        double embed = (System.nanoTime() - start) / 1e9;
        double embedCpu = (processCpu() - cpuStart) / 1e9;
        // the next run reads the same sentences again (a report read again after a change): all from the store
        SentenceVectors again = new SentenceVectors(embedder, Math.max(1, n));
        again.persistTo(store);
        start = System.nanoTime();
        new PositionClassifier(codebook, entityCodes, model, again).prefetch(sentences);
        double rerun = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "next_run_embedded=%d next_run_from_store=%d next_run_ms_per_sentence=%.3f (vectors "
                + "kept in the store by sentence text and model; here in memory)%n", again.embedded(), again.fromStore(),
                rerun * 1e3 / n);
        double warm = median(warmup, rounds, () -> {
            long found = 0;
            for (String s : sentences) {
                found += full.classify(s, SentenceContext.NONE).positions().size();
            }
            return found;
        });
        out.printf(Locale.ROOT, "model_embed_ms_per_embedded_sentence=%.2f model_embed_ms_per_sentence=%.2f "
                        + "(wall, batches of 64, once per sentence text) model_embed_cpu_ms_per_embedded_sentence=%.2f "
                        + "(process CPU, all threads) embedded_sentences_per_cpu_s=%.1f%n",
                embed * 1e3 / Math.max(1, vectors.embedded()), embed * 1e3 / n,
                embedCpu * 1e3 / Math.max(1, vectors.embedded()), vectors.embedded() / Math.max(1e-9, embedCpu));
        out.printf(Locale.ROOT, "full_us_per_sentence_cached=%.1f full_ms_per_sentence_uncached=%.2f "
                        + "full_sentences_per_cpu_s_cached=%.0f full_sentences_per_cpu_s_uncached=%.1f%n",
                warm * 1e6 / n, (embed + warm) * 1e3 / n, n / warm, n / (embedCpu + warm));
        long undecided = sentences.stream().filter(s -> rules.canCarryPosition(s) && !rules.mentionOnly(s))
                .filter(s -> rules.classify(s, SentenceContext.NONE).positions().isEmpty()
                        || !rules.classify(s, SentenceContext.NONE).reviewReason().isEmpty()).count();
        out.printf(Locale.ROOT, "with model-use UNDECIDED the model reads %d sentences (%.0f%%): about %.2f ms per "
                + "sentence of embedding%n", undecided, 100.0 * undecided / Math.max(1, n),
                embed * 1e3 / Math.max(1, vectors.embedded()) * undecided / n);
    }

    /** CPU time of the whole process, all threads (the embedding runs on threads of its own), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Time on this thread's CPU: on a shared machine, other processes' load barely reaches it. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private interface Work {
        long run();
    }

    private static double median(int warmup, int rounds, Work work) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += work.run();
        }
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = CPU.getCurrentThreadCpuTime();
            sink += work.run();
            times[i] = (CPU.getCurrentThreadCpuTime() - start) / 1e9;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.print("");
        }
        Arrays.sort(times);
        return times[rounds / 2];
    }

    /** Every sentence of the corpus in the jar, the default input. */
    public static List<String> corpusSentences() {
        List<String> out = new ArrayList<>();
        org.rapporteur.positions.corpus.LabelledCorpus.sentences(
                org.rapporteur.positions.corpus.LabelledCorpus.readDefault()).forEach(g -> out.add(g.sentence()));
        return out;
    }
}
