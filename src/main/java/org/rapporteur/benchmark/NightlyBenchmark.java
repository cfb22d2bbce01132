package org.rapporteur.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code benchmark-nightly}: writes N synthetic reports, times the bare read-and-split loop over them (the floor),
 * then runs the nightly job on them three times in JVMs of their own, as an operator would: a first run, an unchanged
 * rerun and a rerun after one report changed. Prints per run the wall time, the time of each step, files per second,
 * peak heap and resident memory; the ratio of the first run to the floor; whether the exports of the reruns are
 * byte-identical; and whether every report's facts match the truth.
 */
public final class NightlyBenchmark {

    static final String INGEST = "ingestReportsStep";
    static final String RETIRE = "retireRemovedInputsStep";
    static final String EXPORT = "exportTablesStep";
    /** The hidden command that runs the floor program: {@code read-and-split DIR}. */
    public static final String FLOOR_COMMAND = "read-and-split";

    /**
     * @param directory    where to write the input and output folders (a fresh temporary folder when null)
     * @param heap         the nightly runs' {@code -Xmx}, e.g. "512m"
     * @param nightlyExtra further options for every nightly run (e.g. {@code --workers 1})
     * @param jvmExtra     further JVM options for every nightly run (e.g. {@code -XX:TieredStopAtLevel=1})
     * @param keep         keep the folders afterwards
     * @param compareWorkers also run the job afresh with one worker and compare its exports with the others'
     * @param compareModelUse also run the job afresh with this {@code rapporteur.positions.model-use} (NONE: the rules
     *                        alone), and give its ratio to the same floor; null for none
     */
    public record Options(int reports, int series, long seed, Path directory, String heap, List<String> nightlyExtra,
                          List<String> jvmExtra, boolean keep, boolean compareWorkers, String compareModelUse) {
    }

    /** The log line of the ingest that says what classifying cost ({@code PositionClassifier.costLine}). */
    private static final java.util.regex.Pattern POSITIONS_LINE = java.util.regex.Pattern.compile("Positions: (.*)");
    private static final String MODEL_USE = "rapporteur.positions.model-use";

    private final Options options;
    private final PrintStream out;

    public NightlyBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the benchmark; returns true when every run succeeded and every fact matched its truth. */
    public boolean run() throws IOException, InterruptedException {
        Path directory = options.directory() != null ? Files.createDirectories(options.directory())
                : Files.createTempDirectory("rapporteur-benchmark-");
        Path input = directory.resolve("input");
        Path output = directory.resolve("output");
        deleteTree(input);
        deleteTree(output);
        out.printf(Locale.ROOT, "benchmark-nightly: reports=%d series=%d seed=%d heap=-Xmx%s cores=%d model_use=%s "
                        + "folder=%s%s%n", options.reports(), options.series(), options.seed(), options.heap(),
                Runtime.getRuntime().availableProcessors(), modelUse(), directory,
                options.jvmExtra().isEmpty() ? "" : " jvm_options=" + String.join(" ", options.jvmExtra()));
        SyntheticArchive archive = new SyntheticArchive(input, options.series(), options.seed());
        long start = System.nanoTime();
        long bytes = archive.write(options.reports());
        out.printf(Locale.ROOT, "generated: %d reports, %.1f MB of text (%.1f KB each), in %.1f s%n",
                options.reports(), bytes / 1e6, bytes / 1024.0 / options.reports(), (System.nanoTime() - start) / 1e9);

        ReadAndSplitFloor.Result loop = ReadAndSplitFloor.measure(archive.reports());
        ChildRun.Measured floor = ChildRun.run(List.of("-Xmx" + options.heap()), List.of(FLOOR_COMMAND,
                archive.reports().toString()), directory.resolve("run-floor.log"));
        if (floor.exitCode() != 0) {
            throw new IOException("the floor program failed: " + floor.output());
        }
        out.printf(Locale.ROOT, "floor: read_split_program_s=%.2f read_split_program_cpu_s=%.2f (a fresh JVM reading, decoding and splitting every "
                        + "report) read_split_loop_s=%.2f read_split_regex_loop_s=%.2f (the loop alone, warm, best of "
                        + "3) files=%d lines=%d%n", floor.wallSeconds(), floor.cpuSeconds(), loop.seconds(), loop.secondsWithRegex(),
                loop.files(), loop.lines());

        ChildRun.Measured first = nightly(input, output, directory, "first");
        boolean ok = first.exitCode() == 0 && facts(input, output, "first run");
        out.printf(Locale.ROOT, "ratio_to_floor=%.1f cpu_ratio_to_floor=%.1f (first run's wall time, and CPU time, / "
                        + "the read-and-split program's)%n", first.wallSeconds() / floor.wallSeconds(),
                first.cpuSeconds() / Math.max(0.01, floor.cpuSeconds()));
        Map<String, String> exports = ExportDigest.of(output);

        ChildRun.Measured unchanged = nightly(input, output, directory, "unchanged rerun");
        boolean same = exports.equals(ExportDigest.of(output));
        out.printf(Locale.ROOT, "unchanged rerun: exports_byte_identical=%s said_nothing_changed=%s%n", same,
                unchanged.output().contains("Nothing changed"));
        ok &= unchanged.exitCode() == 0 && same;

        String changed = archive.change(options.reports() / 2, 1);
        ChildRun.Measured oneChanged = nightly(input, output, directory, "one changed (" + changed + ")");
        ok &= oneChanged.exitCode() == 0 && facts(input, output, "after one changed");
        if (options.compareWorkers()) {
            ok &= compareWithOneWorker(input, output, directory);
        }
        if (options.compareModelUse() != null) {
            ok &= compareModelUse(input, directory, floor);
        }
        out.printf(Locale.ROOT, "result: %s%n", ok ? "OK" : "FAILED (see above)");
        if (!options.keep() && options.directory() == null) {
            deleteTree(directory);
        }
        return ok;
    }

    /**
     * A fresh run with one worker over the inputs the incremental runs ended with: its CSV files must be the bytes of
     * theirs (the workbook's Overview says when each input was read, so it is compared apart).
     */
    private boolean compareWithOneWorker(Path input, Path output, Path directory) throws IOException,
            InterruptedException {
        Path single = directory.resolve("output-one-worker");
        deleteTree(single);
        ChildRun.Measured run = nightly(input, single, directory, "fresh, one worker", "--workers", "1");
        Map<String, String> mine = ExportDigest.of(single);
        Map<String, String> theirs = ExportDigest.of(output);
        boolean csv = csv(mine).equals(csv(theirs)) && !csv(mine).isEmpty();
        out.printf(Locale.ROOT, "fresh one-worker run against the incremental runs: csv_byte_identical=%s (%d files) "
                        + "workbook_byte_identical=%s%n", csv, csv(mine).size(),
                java.util.Objects.equals(mine.get("rapporteur.xlsx"), theirs.get("rapporteur.xlsx")));
        return run.exitCode() == 0 && csv;
    }

    /**
     * A fresh run over the same inputs (as the first run read them: the changed report changed back is not needed, the
     * facts are checked against the truth as it stands) with another model use, and its ratio to the same floor: the
     * rules alone beside the model, side by side under the same load.
     */
    private boolean compareModelUse(Path input, Path directory, ChildRun.Measured floor) throws IOException,
            InterruptedException {
        String use = options.compareModelUse();
        Path other = directory.resolve("output-model-use-" + use.toLowerCase(Locale.ROOT));
        deleteTree(other);
        ChildRun.Measured run = run(input, other, directory, "fresh, model use " + use,
                List.of("-D" + MODEL_USE + "=" + use));
        boolean ok = run.exitCode() == 0 && facts(input, other, "model use " + use);
        out.printf(Locale.ROOT, "model use %s: ratio_to_floor=%.1f cpu_ratio_to_floor=%.1f (its wall time, and CPU "
                        + "time, / the read-and-split program's)%n", use, run.wallSeconds() / floor.wallSeconds(),
                run.cpuSeconds() / Math.max(0.01, floor.cpuSeconds()));
        return ok;
    }

    /** The model use of the nightly runs: as set in this JVM's environment or system properties, else ALL. */
    private static String modelUse() {
        String use = System.getProperty(MODEL_USE);
        if (use == null) {
            use = System.getenv("RAPPORTEUR_POSITIONS_MODEL_USE");
        }
        if (use == null) {
            use = System.getenv("RAPPORTEUR_POSITIONS_MODELUSE");
        }
        return use == null || use.isBlank() ? "ALL" : use.toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> csv(Map<String, String> digests) {
        Map<String, String> csv = new java.util.TreeMap<>(digests);
        csv.keySet().removeIf(name -> !name.endsWith(".csv"));
        return csv;
    }

    private ChildRun.Measured nightly(Path input, Path output, Path directory, String label, String... extra)
            throws IOException, InterruptedException {
        return run(input, output, directory, label, List.of(), extra);
    }

    private ChildRun.Measured run(Path input, Path output, Path directory, String label, List<String> jvmExtra,
                                  String... extra) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("nightly", "--input", input.toString(), "--output",
                output.toString()));
        arguments.addAll(options.nightlyExtra());
        arguments.addAll(List.of(extra));
        String load = loadAverage();
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + options.heap()));
        jvm.addAll(options.jvmExtra());
        jvm.addAll(jvmExtra);
        ChildRun.Measured run = ChildRun.run(jvm, arguments,
                directory.resolve("run-" + label.replaceAll("\\W+", "-") + ".log"));
        double ingest = run.step(INGEST);
        out.printf(Locale.ROOT, "%s: exit=%d wall_s=%.1f cpu_s=%.1f ingest_s=%.1f retire_s=%.1f export_s=%.1f "
                        + "files_per_s=%.1f peak_heap_mb=%d live_heap_mb=%d peak_rss_mb=%d load_before=%s load_after=%s "
                        + "marked_live_mb=%d%n",
                label, run.exitCode(), run.wallSeconds(), run.cpuSeconds(), ingest, run.step(RETIRE), run.step(EXPORT),
                ingest > 0 ? options.reports() / ingest : 0.0, run.peakHeapMb(), run.liveHeapMb(), run.peakRssMb(),
                load, loadAverage(), run.markedLiveMb());
        java.util.regex.Matcher positions = POSITIONS_LINE.matcher(run.output());
        if (positions.find()) {
            out.printf(Locale.ROOT, "  positions: %s%n", positions.group(1).strip());
        }
        if (run.exitCode() != 0) {
            String text = run.output();
            out.println("  the run failed; the end of its output:\n" + text.substring(Math.max(0, text.length() - 2000)));
        }
        return run;
    }

    private boolean facts(Path input, Path output, String label) throws IOException {
        FactCheck.Result result = FactCheck.check(output, SyntheticArchive.readTruth(input));
        out.printf(Locale.ROOT, "facts (%s): %d of %d reports match their truth (symbol, status, meeting, session, "
                        + "dates, Member States attending, States that spoke, Chair)%s%n", label, result.matched(),
                result.checked(), result.allMatch() ? "" : "; mismatches per fact " + result.mismatches());
        result.examples().forEach(e -> out.println("  " + e));
        return result.allMatch();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
