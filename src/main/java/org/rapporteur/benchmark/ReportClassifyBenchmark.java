package org.rapporteur.benchmark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.rapporteur.positions.Codebook;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.positions.learned.E5Embedder;
import org.rapporteur.positions.learned.LearnedModel;
import org.rapporteur.positions.learned.SentenceVectors;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.ReportParser;

/**
 * {@code benchmark-classify --reports N}: the position classifier on the deliberations of N synthetic reports, each
 * read as the nightly job reads it ({@link ReportPositions#of}: paragraph by paragraph, in its meeting's body), in CPU
 * time of the whole process (the model embeds on threads of its own), after an untimed warm-up pass of the rules: the
 * rules alone and the model, each once with nothing kept between paragraphs (cold: every sentence read and embedded
 * where it is met) and once keeping results and vectors as a nightly run does (the share answered from them is
 * printed: synthetic reports repeat some sentences word for word, so that figure flatters what real reports would
 * see), then the same reports again (warm).
 */
public final class ReportClassifyBenchmark {

    /** Vectors kept in the cold runs: the sentences of one paragraph (read together, then decided one by one). */
    private static final int ONE_PARAGRAPH = 256;
    /** As the nightly job keeps them. */
    private static final int AS_NIGHTLY = 20_000;

    private ReportClassifyBenchmark() {
    }

    public static void run(int count, long seed, Codebook codebook, Function<String, Optional<String>> entityCodes,
                           boolean rulesOnly, PrintStream out) {
        int series = SyntheticArchive.defaultSeries(count);
        ReportGenerator generator = new ReportGenerator(ReferenceData.loadDefault(), series, seed);
        ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));
        List<MeetingReport> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ReportGenerator.Generated generated = generator.report(i);
            reports.add(parser.parse(generated.truth().file(), generated.text()));
        }
        out.printf(Locale.ROOT, "reports=%d series=%d seed=%d (synthetic, parsed before timing)%n", count, series, seed);

        PositionClassifier rules = new PositionClassifier(codebook, entityCodes);
        for (MeetingReport report : reports) {
            ReportPositions.of(report, rules.caching(0)); // warm-up, untimed: the JIT compiles the rules first
        }
        pass(out, "rules, nothing kept", rules.caching(0), reports);
        PositionClassifier rulesKeeping = rules.caching(AS_NIGHTLY);
        pass(out, "rules, kept as nightly", rulesKeeping, reports);
        if (rulesOnly) {
            return;
        }
        long wall = System.nanoTime();
        long cpu = processCpu();
        E5Embedder embedder = E5Embedder.shared();
        LearnedModel model = LearnedModel.readDefault();
        out.printf(Locale.ROOT, "model_load_s=%.2f model_load_cpu_s=%.2f (embedding model and trained weights)%n",
                (System.nanoTime() - wall) / 1e9, (processCpu() - cpu) / 1e9);
        pass(out, "model, nothing kept", new PositionClassifier(codebook, entityCodes, model,
                new SentenceVectors(embedder, ONE_PARAGRAPH)).caching(0), reports);
        PositionClassifier keeping = new PositionClassifier(codebook, entityCodes, model,
                new SentenceVectors(embedder, AS_NIGHTLY)).caching(AS_NIGHTLY);
        pass(out, "model, kept as nightly", keeping, reports);
        pass(out, "model, the same reports again", keeping, reports);
    }

    private static void pass(PrintStream out, String label, PositionClassifier classifier, List<MeetingReport> reports) {
        long asked = classifier.sentencesAsked();
        long start = processCpu();
        long wall = System.nanoTime();
        long positions = 0;
        for (MeetingReport report : reports) {
            positions += ReportPositions.of(report, classifier).positions().size();
        }
        double cpu = (processCpu() - start) / 1e9;
        double seconds = (System.nanoTime() - wall) / 1e9;
        long sentences = classifier.sentencesAsked() - asked;
        out.printf(Locale.ROOT, "%s: sentences=%d positions=%d cpu_s=%.2f wall_s=%.2f cpu_ms_per_sentence=%.3f "
                        + "sentences_per_cpu_s=%.0f cpu_ms_per_report=%.1f%n  (%s)%n", label, sentences, positions, cpu,
                seconds, cpu * 1e3 / Math.max(1, sentences), sentences / Math.max(1e-9, cpu),
                cpu * 1e3 / reports.size(), classifier.costLine());
    }

    /** CPU time of the whole process, all threads, in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
