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
 * then runs the nightly job on them three times in JVMs of their own, launched as jobs/nightly.sh launches it (the jar
 * extracted, its classes from a class-data-sharing archive an earlier run recorded; see {@link Launch}): a first run,
 * an unchanged rerun and a rerun after one report changed; then, for comparison, one more report changed under the
 * plain {@code java -jar}. Prints per run the wall time, the time of each step, files per second,
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
     * @param plainLaunch  run everything with the plain {@code java -jar} (no extraction, no class archive, no
     *                     comparison run)
     */
    public record Options(int reports, int series, long seed, Path directory, String heap, List<String> nightlyExtra,
                          List<String> jvmExtra, boolean keep, boolean compareWorkers, String compareModelUse,
                          boolean plainLaunch) {
    }

    /** The reports of the run that records the class archive, as an earlier night would have. */
    static final int ARCHIVE_RUN_REPORTS = 10;

    /** The log line of the ingest that says what classifying cost ({@code PositionClassifier.costLine}). */
    private static final java.util.regex.Pattern POSITIONS_LINE = java.util.regex.Pattern.compile("Positions: (.*)");
    private static final String MODEL_USE = "rapporteur.positions.model-use";

    private final Options options;
    private final PrintStream out;
    /** How the floor and the nightly runs are started: {@link #launch(Path)}. */
    private Launch launch = Launch.plain();

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
                " jvm_options=" + String.join(" ", nightlyJvm().subList(1, nightlyJvm().size())));
        SyntheticArchive archive = new SyntheticArchive(input, options.series(), options.seed());
        long start = System.nanoTime();
        long bytes = archive.write(options.reports());
        out.printf(Locale.ROOT, "generated: %d reports, %.1f MB of text (%.1f KB each), in %.1f s%n",
                options.reports(), bytes / 1e6, bytes / 1024.0 / options.reports(), (System.nanoTime() - start) / 1e9);

        launch = launch(directory);
        ReadAndSplitFloor.Result loop = ReadAndSplitFloor.measure(archive.reports());
        ChildRun.Measured floor = ChildRun.run(launch, List.of("-Xmx" + options.heap()), List.of(FLOOR_COMMAND,
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
        if (!launch.name().equals(Launch.PLAIN)) {
            // the same again under the plain launch: what the extraction and the archive save
            changed = archive.change(options.reports() / 2, 2);
            ChildRun.Measured plain = run(Launch.plain(), input, output, directory, "one changed again, plain java "
                    + "-jar (" + changed + ")", List.of());
            out.printf(Locale.ROOT, "launch: the plain java -jar took %.1f s more CPU than the %s launch on one "
                    + "changed report%n", plain.cpuSeconds() - oneChanged.cpuSeconds(), launch.name());
            ok &= plain.exitCode() == 0 && facts(input, output, "after one changed again");
        }
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
        ChildRun.Measured run = run(launch, input, other, directory, "fresh, model use " + use,
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
        return run(launch, input, output, directory, label, List.of(), extra);
    }

    /**
     * The launch of the floor and the nightly runs: as jobs/nightly.sh does it, the jar extracted under {@code
     * <directory>/launch/} and a class archive recorded by a run over {@value #ARCHIVE_RUN_REPORTS} synthetic reports of
     * another seed (an earlier night: nightly.sh records it in the first run and maps it from the second on); the
     * plain {@code java -jar} when asked, when running from classes (no jar) or when the extraction fails.
     */
    private Launch launch(Path directory) throws IOException, InterruptedException {
        java.util.Optional<Path> jar = Launch.runningJar();
        if (options.plainLaunch() || jar.isEmpty()) {
            out.printf(Locale.ROOT, "launch: plain java -jar%s%n", jar.isEmpty() ? " (running from classes)" : "");
            return Launch.plain();
        }
        Path folder = directory.resolve("launch");
        long start = System.nanoTime();
        Launch extracted;
        try {
            extracted = Launch.extract(jar.get(), folder);
        } catch (IOException e) {
            out.printf(Locale.ROOT, "launch: plain java -jar (%s)%n", e.getMessage());
            return Launch.plain();
        }
        double extractSeconds = (System.nanoTime() - start) / 1e9;
        Path archiveInput = folder.resolve("input");
        Path archiveOutput = folder.resolve("output");
        new SyntheticArchive(archiveInput, SyntheticArchive.defaultSeries(ARCHIVE_RUN_REPORTS), options.seed() + 1)
                .write(ARCHIVE_RUN_REPORTS);
        Path archive = Launch.archiveIn(folder);
        List<String> jvm = nightlyJvm();
        List<String> arguments = new ArrayList<>(List.of("nightly", "--input", archiveInput.toString(), "--output",
                archiveOutput.toString()));
        arguments.addAll(options.nightlyExtra());
        ChildRun.Measured recording = ChildRun.run(extracted.recording(archive), jvm, arguments,
                directory.resolve("run-record-classes.log"));
        deleteTree(archiveInput);
        deleteTree(archiveOutput);
        boolean recorded = recording.exitCode() == 0 && Files.isRegularFile(archive);
        out.printf(Locale.ROOT, "launch: extracted as jobs/nightly.sh runs it (%.1f s), class archive %s by a run "
                        + "over %d reports (wall_s=%.1f cpu_s=%.1f)%n", extractSeconds,
                recorded ? String.format(Locale.ROOT, "of %.0f MB recorded", Files.size(archive) / 1e6)
                        : "not recorded (exit " + recording.exitCode() + "), classes loaded from the extracted jars",
                ARCHIVE_RUN_REPORTS, recording.wallSeconds(), recording.cpuSeconds());
        return recorded ? extracted.sharing(archive) : extracted;
    }

    /** The JVM options of a nightly run: the heap, nightly.sh's collector settings, then the --jvm-options. */
    private List<String> nightlyJvm() {
        return nightlyJvm(options);
    }

    static List<String> nightlyJvm(Options options) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + options.heap()));
        jvm.addAll(Launch.NIGHTLY_GC_OPTIONS);
        jvm.addAll(options.jvmExtra());
        return jvm;
    }

    private ChildRun.Measured run(Launch launch, Path input, Path output, Path directory, String label,
                                  List<String> jvmExtra, String... extra) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("nightly", "--input", input.toString(), "--output",
                output.toString()));
        arguments.addAll(options.nightlyExtra());
        arguments.addAll(List.of(extra));
        String load = loadAverage();
        List<String> jvm = nightlyJvm();
        jvm.addAll(jvmExtra);
        ChildRun.Measured run = ChildRun.run(launch, jvm, arguments,
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
