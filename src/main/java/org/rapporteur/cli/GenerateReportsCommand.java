package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapporteur.benchmark.SyntheticArchive;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate-reports}: an input folder of synthetic reports in the UN form, with their truth. */
@Command(name = "generate-reports", mixinStandardHelpOptions = true,
        description = {"Writes --reports synthetic meeting reports in the UN form (about 16 KB of text each) to "
                + "<out>/reports/, spread over --series body series (expert groups, working groups of a Conference of "
                + "the Parties, ad hoc committees), and what each says to <out>/truth.csv.",
                "Then: java -jar target/rapporteur.jar nightly --input <out> --output <somewhere>."})
final class GenerateReportsCommand implements Callable<Integer> {

    @Option(names = "--reports", defaultValue = "50", description = "Reports to write (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--series", description = "Body series (default: 3, or as many as keep every session at most "
            + "the ninety-ninth).")
    Integer series;

    @Option(names = "--seed", defaultValue = "1", description = "The same seed writes the same bytes (default: "
            + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The input folder to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        int chosen = series != null ? series : SyntheticArchive.defaultSeries(reports);
        if (reports <= 0 || chosen <= 0 || chosen < SyntheticArchive.minimumSeries(reports)) {
            System.err.println("rapporteur: --reports must be positive and --series at least "
                    + Math.max(1, SyntheticArchive.minimumSeries(reports)) + " for " + reports + " reports");
            return ExitCode.USAGE.code();
        }
        long bytes = new SyntheticArchive(out, chosen, seed).write(reports);
        System.out.printf(java.util.Locale.ROOT, "Wrote %d reports of %d series (%.1f KB of text each on average) to "
                + "%s, and %s%n", reports, chosen, bytes / 1024.0 / reports, out.resolve("reports"),
                out.resolve(SyntheticArchive.TRUTH));
        return ExitCode.OK.code();
    }
}
