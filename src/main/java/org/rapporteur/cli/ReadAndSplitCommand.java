package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapporteur.benchmark.NightlyBenchmark;
import org.rapporteur.benchmark.ReadAndSplitFloor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The floor program of {@code benchmark-nightly}: reads, decodes and splits every file under a folder, nothing else. */
@Command(name = NightlyBenchmark.FLOOR_COMMAND, hidden = true,
        description = "The floor of benchmark-nightly: reads, decodes and splits into lines every file under DIR.")
final class ReadAndSplitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR")
    Path folder;

    @Override
    public Integer call() throws Exception {
        System.out.println(ReadAndSplitFloor.once(folder));
        return ExitCode.OK.code();
    }
}
