package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.benchmark.SyntheticArchive;

/**
 * The ingest split among workers (Spring Batch partitioning) writes the same exports as one worker: twelve synthetic
 * reports of three body series with the sample list of participants and statements file, read once by one worker and
 * once by two, give byte-identical CSV files; and two workers did share the files.
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

        RunOutput one = RunOutput.of("nightly", "--input", input.toString(), "--output", work.resolve("one").toString(),
                "--workers", "1");
        RunOutput two = RunOutput.of("nightly", "--input", input.toString(), "--output", work.resolve("two").toString(),
                "--workers", "2");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(one.out()).contains("Read 14 new or changed input(s)");
        assertThat(csvFiles(work.resolve("two"))).hasSize(csvFiles(work.resolve("one")).size())
                .isEqualTo(csvFiles(work.resolve("one")));
        assertThat(log(work.resolve("two"))).contains("Step: [ingestReportsWorker:partition0]",
                "Step: [ingestReportsWorker:partition1]");
        assertThat(log(work.resolve("one"))).contains("Step: [ingestReportsWorker:partition0]")
                .doesNotContain("partition1");
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
