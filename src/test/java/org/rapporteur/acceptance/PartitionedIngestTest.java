package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.benchmark.SyntheticArchive;

/**
 * The ingest split among workers (Spring Batch partitioning) writes the same exports as one worker: twelve synthetic
 * reports of three body series with the sample list of participants and statements file, read once by two workers,
 * once by one, and once by two that keep no classifier results, give byte-identical CSV files (positions.csv among
 * them); two workers did share the files, and the results kept did answer some sentences.
 */
class PartitionedIngestTest {

    @TempDir
    Path work;

    @Test
    void oneWorkerAndTwoWorkersWriteTheSameExports() throws Exception {
        Path input = work.resolve("input");
        new SyntheticArchive(input, 3, 5).write(12);
        copy(Path.of("input/participants"), input.resolve("participants"));
        copy(Path.of("input/statements"), input.resolve("statements"));

        // two workers first: they embed the archive's sentences side by side (the runs after find them in memory)
        RunOutput two = RunOutput.of("nightly", "--input", input.toString(), "--output", work.resolve("two").toString(),
                "--workers", "2");
        RunOutput one = RunOutput.of("nightly", "--input", input.toString(), "--output", work.resolve("one").toString(),
                "--workers", "1");
        RunOutput uncached;
        System.setProperty("rapporteur.positions.kept-results", "0");
        try {
            uncached = RunOutput.of("nightly", "--input", input.toString(), "--output",
                    work.resolve("uncached").toString(), "--workers", "2");
        } finally {
            System.clearProperty("rapporteur.positions.kept-results");
        }

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(uncached.exitCode()).as(uncached.err()).isZero();
        assertThat(one.out()).contains("Read 14 new or changed input(s)");
        assertThat(csvFiles(work.resolve("two"))).hasSize(csvFiles(work.resolve("one")).size())
                .isEqualTo(csvFiles(work.resolve("one"))).containsKey("positions.csv");
        assertThat(csvFiles(work.resolve("uncached"))).isEqualTo(csvFiles(work.resolve("one")));
        assertThat(log(work.resolve("two"))).contains("Step: [ingestReportsWorker:partition0]",
                "Step: [ingestReportsWorker:partition1]");
        assertThat(log(work.resolve("one"))).contains("Step: [ingestReportsWorker:partition0]")
                .doesNotContain("partition1");
        assertThat(keptResultsUsed(log(work.resolve("two")))).isPositive();
        assertThat(keptResultsUsed(log(work.resolve("uncached")))).isZero();
    }

    /** How many sentences the run's classifier answered from the results it kept (its log's "Positions:" line). */
    private static int keptResultsUsed(String log) {
        Matcher m = Pattern.compile("Positions: sentences=\\d+ from_kept_results=(\\d+)").matcher(log);
        assertThat(m.find()).as("the Positions: line in the log").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static Map<String, String> csvFiles(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".csv")).toList()) {
                String relative = output.relativize(file).toString();
                if (!relative.startsWith("previous") && !relative.startsWith(".")) {
                    files.put(relative, Files.readString(file));
                }
            }
        }
        return files;
    }

    private static String log(Path output) throws IOException {
        try (Stream<Path> logs = Files.list(output.resolve("logs"))) {
            Path log = logs.filter(p -> p.getFileName().toString().startsWith("nightly-")).findFirst().orElseThrow();
            return Files.readString(log);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
