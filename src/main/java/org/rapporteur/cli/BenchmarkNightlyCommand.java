package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.rapporteur.benchmark.NightlyBenchmark;
import org.rapporteur.benchmark.SyntheticArchive;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmark-nightly}: the nightly job on N synthetic reports, against its floor, with the facts checked. */
@Command(name = "benchmark-nightly", mixinStandardHelpOptions = true,
        description = {"Writes --reports synthetic reports with their truth, times the bare read-and-split loop over "
                + "them (the floor), runs the nightly job on them in a JVM of its own (-Xmx from --heap), launched as "
                + "jobs/nightly.sh launches it: first run, unchanged rerun, one report changed, and one more changed "
                + "under the plain java -jar for comparison; prints wall time per step, files/s, peak heap and RSS, the "
                + "ratio to the floor, and checks every report's facts against the truth.",
                "Exit code 0 when every run succeeded and every fact matched, 1 otherwise."})
final class BenchmarkNightlyCommand implements Callable<Integer> {

    @Option(names = "--reports", defaultValue = "1000", description = "Reports (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--series", description = "Body series (default: 3, or as many as keep every session at most "
            + "the ninety-ninth).")
    Integer series;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--heap", defaultValue = "512m", description = "-Xmx of the nightly runs (default: "
            + "${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write input/ and output/ (kept); default: a "
            + "temporary folder, deleted afterwards.")
    Path dir;

    @Option(names = "--keep", description = "Keep the temporary folder.")
    boolean keep;

    @Option(names = "--compare-workers", description = "Also run the job afresh with one worker and check that its "
            + "CSV files are byte-identical to those of the incremental runs (with one worker per core).")
    boolean compareWorkers;

    @Option(names = "--compare-model-use", paramLabel = "NONE|UNDECIDED|ALL", description = "Also run the job afresh "
            + "with this use of the position model (NONE: the rules alone) and give its ratio to the same floor.")
    String compareModelUse;

    @Option(names = "--nightly-option", paramLabel = "OPTION", description = "An option for every nightly run "
            + "(repeatable), e.g. --nightly-option=--workers=1.")
    List<String> nightlyOptions = new ArrayList<>();

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "A JVM option for every nightly run "
            + "(repeatable), as JAVA_OPTS gives it in jobs/nightly.env, e.g. --jvm-option=-XX:TieredStopAtLevel=1.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--plain-launch", description = "Start every run with the plain java -jar, instead of as "
            + "jobs/nightly.sh does (the jar extracted, a class archive recorded by a small run first), and skip the "
            + "comparison run under java -jar.")
    boolean plainLaunch;

    @Override
    public Integer call() throws Exception {
        int chosen = series != null ? series : SyntheticArchive.defaultSeries(reports);
        if (reports <= 1 || chosen < SyntheticArchive.minimumSeries(reports)) {
            System.err.println("rapporteur: --reports must be at least 2 and --series at least "
                    + SyntheticArchive.minimumSeries(reports) + " for " + reports + " reports");
            return ExitCode.USAGE.code();
        }
        if (compareModelUse != null && !List.of("NONE", "UNDECIDED", "ALL").contains(
                compareModelUse.toUpperCase(java.util.Locale.ROOT))) {
            System.err.println("rapporteur: --compare-model-use is NONE, UNDECIDED or ALL, not " + compareModelUse);
            return ExitCode.USAGE.code();
        }
        boolean ok = new NightlyBenchmark(new NightlyBenchmark.Options(reports, chosen, seed, dir, heap,
                nightlyOptions, jvmOptions, keep, compareWorkers, compareModelUse == null ? null
                : compareModelUse.toUpperCase(java.util.Locale.ROOT), plainLaunch), System.out).run();
        return ok ? ExitCode.OK.code() : ExitCode.FAILED.code();
    }
}
