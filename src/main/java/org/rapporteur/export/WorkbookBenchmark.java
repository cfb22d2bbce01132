package org.rapporteur.export;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Times the workbook writer on generated evidence: {@code rows} position rows (a sentence of about 200 characters
 * each, wrapped, in a real Excel table), a summary whose figures link to them, and a chart, as the nightly job writes
 * them. Prints the median time of the timed rounds, the file's size and the peak heap in use.
 */
public final class WorkbookBenchmark {

    private static final List<String> TOPICS = List.of("NEW_INSTRUMENT", "BUDAPEST_CONVENTION", "UNTOC",
            "CAPACITY_BUILDING", "HUMAN_RIGHTS", "ELECTRONIC_EVIDENCE", "NETWORKS_24_7");
    private static final List<String> STANCES = List.of("FOR", "AGAINST", "NEUTRAL");
    private static final List<String> QUANTIFIERS = List.of("Many speakers", "Some speakers", "Several speakers",
            "One speaker", "Most speakers");
    private static final List<String> WORDS = List.of("international", "cooperation", "electronic", "evidence",
            "mutual", "legal", "assistance", "convention", "capacity", "building", "instrument", "cybercrime",
            "technical", "developing", "countries", "safeguards", "human", "rights", "service", "providers");

    private WorkbookBenchmark() {
    }

    /** The tables the benchmark writes: deterministic for a given row count. */
    public static WorkbookContent content(int rows) {
        Random random = new Random(42);
        List<List<Object>> positions = new ArrayList<>(rows);
        int meetings = Math.max(1, rows / 20_000);
        for (int i = 0; i < rows; i++) {
            String meeting = "UNODC/CCPCJ/EG.4#" + (1 + i % meetings);
            StringBuilder sentence = new StringBuilder(QUANTIFIERS.get(random.nextInt(QUANTIFIERS.size())))
                    .append(" were of the view that");
            while (sentence.length() < 200) {
                sentence.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
            }
            int paragraph = 1 + i / 7;
            positions.add(Arrays.asList(meeting, "report-" + (i % meetings) + ".txt#" + paragraph, paragraph,
                    1 + i % 7, sentence.append('.').toString(), TOPICS.get(random.nextInt(TOPICS.size())),
                    STANCES.get(random.nextInt(STANCES.size())), "Many speakers", 1 + random.nextInt(6), "",
                    "NEED+negated"));
        }
        Table evidence = new Table("positions", List.of("meeting_id", "source", "paragraph", "sentence_index",
                "sentence", "topic", "stance", "quantifier", "weight", "attributed_entity_code", "rule"), positions);
        List<List<Object>> summaryRows = new ArrayList<>();
        for (int m = 1; m <= meetings; m++) {
            for (String topic : TOPICS) {
                for (String stance : STANCES) {
                    summaryRows.add(Arrays.asList("UNODC/CCPCJ/EG.4#" + m, topic, stance, 1, 1, 1));
                }
            }
        }
        Table summary = new Table("positions-summary", List.of("meeting_id", "topic", "stance", "mentions",
                "max_weight", "weighted_mentions"), summaryRows);
        ChartSpec chart = new ChartSpec("Stance by topic", ChartSpec.Kind.STACKED_COLUMN, "topic", "weight", false,
                TOPICS, STANCES.stream().map(s -> new ChartSpec.Series(s, TOPICS.stream().map(t -> (Number) 1)
                .toList())).toList());
        return new WorkbookContent("Benchmark", List.of(), List.of(chart), List.of(evidence, summary), Map.of(
                "positions", TableLayout.PLAIN.wrap("sentence"),
                "positions-summary", TableLayout.PLAIN.link(LinkRule.sameKeys("mentions", "positions",
                        List.of("meeting_id", "topic", "stance")))));
    }

    /** Writes the workbook {@code warmup + rounds} times and prints the figures. */
    public static void run(int rows, int warmup, int rounds, PrintStream out) throws IOException {
        long started = System.nanoTime();
        WorkbookContent content = content(rows);
        out.printf(Locale.ROOT, "generated %d evidence rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
        Path dir = Files.createTempDirectory("rapporteur-workbook-benchmark");
        Path file = dir.resolve("benchmark.xlsx");
        try {
            List<Double> seconds = new ArrayList<>();
            resetPeaks();
            for (int i = 0; i < warmup + rounds; i++) {
                long t = System.nanoTime();
                new WorkbookWriter().write(content, file);
                double s = (System.nanoTime() - t) / 1e9;
                out.printf(Locale.ROOT, "%s round %d: %.2f s%n", i < warmup ? "warm-up" : "timed", i + 1, s);
                if (i >= warmup) {
                    seconds.add(s);
                }
            }
            seconds.sort(Double::compare);
            double median = seconds.get(seconds.size() / 2);
            out.printf(Locale.ROOT, "rows=%d median_write_s=%.2f file_mb=%.1f peak_heap_used_mb=%.0f max_heap_mb=%.0f "
                            + "cores=%d (target: <= 15 s at -Xmx512m)%n", rows, median, Files.size(file) / 1e6,
                    peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the reset (an upper bound of the heap in use at any one time). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
