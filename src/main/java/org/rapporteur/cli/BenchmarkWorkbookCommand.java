package org.rapporteur.cli;

import java.util.concurrent.Callable;

import org.rapporteur.export.WorkbookBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmark-workbook}: the time and heap to write a workbook of many evidence rows. */
@Command(name = "benchmark-workbook", mixinStandardHelpOptions = true,
        description = {"Writes a workbook of --rows generated evidence rows (streamed, as the nightly job writes them) "
                + "and prints the median time, the file size and the peak heap in use.",
                "Run it as: java -Xmx512m -jar target/rapporteur.jar benchmark-workbook (target: <= 15 s)."})
final class BenchmarkWorkbookCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "200000", description = "Evidence rows (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds; the median is printed (default: "
            + "${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (rows <= 0 || rounds <= 0 || warmup < 0) {
            System.err.println("rapporteur: --rows and --rounds must be positive, --warmup not negative");
            return ExitCode.USAGE.code();
        }
        WorkbookBenchmark.run(rows, warmup, rounds, System.out);
        return ExitCode.OK.code();
    }
}
