package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an operator relies on: the manifest, the previous set, the log file of each run, {@code --full}, {@code status}
 * and {@code restart}, and faults of the output folder (unwritable, full) that fail a run with exit code 1, leave the
 * previous exports intact, and cost the next run nothing but a restart.
 */
class OperationsTest {

    @TempDir
    Path work;

    @Test
    void theManifestListsEveryInputWithItsOutcomeAndEveryExportWithItsHash() throws Exception {
        Path input = sampleInput();
        Files.write(input.resolve("reports/empty.txt"), new byte[0]);
        Path output = work.resolve("output");
        assertThat(RunOutput.nightly(input, output).exitCode()).isEqualTo(3);

        JsonNode first = manifest(output);
        assertThat(first.get("run").get("input_folder").asText()).isEqualTo(input.toAbsolutePath().toString());
        assertThat(first.get("counts").get("read").asLong()).isEqualTo(2);
        assertThat(first.get("inputs").findValuesAsText("outcome")).containsExactly("REJECTED", "READ");
        assertThat(first.get("inputs").findValuesAsText("source")).containsExactly("empty.txt",
                "final-report-small.txt");
        assertThat(first.get("inputs").get(1).get("sha256").asText())
                .isEqualTo(sha256(input.resolve("reports/final-report-small.txt")));
        for (JsonNode export : first.get("exports")) {
            assertThat(export.get("sha256").asText()).as(export.get("file").asText())
                    .isEqualTo(sha256(output.resolve(export.get("file").asText())));
        }
        assertThat(first.get("exports").findValuesAsText("file")).contains("meetings.csv", "rapporteur.xlsx")
                .doesNotContain("run-manifest.json");

        Files.delete(input.resolve("reports/empty.txt"));
        assertThat(RunOutput.nightly(input, output).exitCode()).isZero();
        JsonNode second = manifest(output);
        assertThat(second.get("inputs").findValuesAsText("outcome")).containsExactly("UNCHANGED");
        assertThat(second.get("retired").get(0).asText()).isEqualTo("empty.txt");
        assertThat(manifest(output.resolve("previous")).get("run").get("execution_id").asLong())
                .isEqualTo(first.get("run").get("execution_id").asLong());
    }

    @Test
    void eachRunHasItsLogFileWithProgressLines() throws Exception {
        Path output = work.resolve("output");
        RunOutput.nightly(sampleInput(), output);
        RunOutput.nightly(sampleInput(), output);
        List<Path> logs;
        try (Stream<Path> files = Files.list(output.resolve("logs"))) {
            logs = files.sorted().toList();
        }
        assertThat(logs).hasSize(2).allSatisfy(log -> assertThat(log.getFileName().toString()).matches(
                "nightly-\\d{8}-\\d{6}-\\d{3}(-\\d+)?\\.log"));
        // the first run says why it reads everything
        assertThat(Files.readString(logs.get(0))).contains("Ingest: first run: 1 input file(s) to read, none read "
                + "before.", "Read final-report-small.txt", "Published 12 tables");
    }

    @Test
    void fullReadsEveryInputAgain() throws Exception {
        Path input = sampleInput();
        Path output = work.resolve("output");
        RunOutput.nightly(input, output);
        RunOutput full = RunOutput.of("nightly", "--input", input.toString(), "--output", output.toString(), "--full");
        assertThat(full.exitCode()).isZero();
        assertThat(full.out()).contains("Read 1 new or changed input(s), 0 unchanged");
        assertThat(manifest(output).get("run").get("full").asBoolean()).isTrue();
    }

    @Test
    void statusListsTheRunsAndRestartSaysWhenThereIsNothingToRestart() throws Exception {
        Path output = work.resolve("output");
        assertThat(RunOutput.of("status", "--output", output.toString()).out()).contains("No run yet");
        RunOutput.nightly(sampleInput(), output);
        // another command line: the job runs (the same one again is answered without it, and status says so)
        String[] withOneWorker = {"nightly", "--input", sampleInput().toString(), "--output", output.toString(),
                "--workers", "1"};
        RunOutput.of(withOneWorker);
        RunOutput.of(withOneWorker);

        RunOutput status = RunOutput.of("status", "--output", output.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).containsPattern("(?m)^run +started +ended +seconds +outcome +read +unchanged")
                .containsPattern("(?m)^#1 .* COMPLETED +0 +1 +0 +0")
                .containsPattern("(?m)^#0 .* COMPLETED +1 +0 +0 +0")
                // times with their zone, and what the next run does
                .containsPattern("(?m)^#1 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d ")
                .contains("Next run: a new run, reading the inputs that are new or changed since run #1.")
                .containsPattern("(?m)^Since the last run listed, 1 run\\(s\\) found every file as it was and were "
                        + "answered without the job .*, the last at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d\\.$");
        RunOutput restart = RunOutput.of("restart", "--output", output.toString());
        assertThat(restart.exitCode()).isZero();
        assertThat(restart.out()).contains("Nothing to restart");
        // the restart has a log of its own, which ends as the console did, with the exit code
        try (Stream<Path> logs = Files.list(output.resolve("logs"))) {
            Path log = logs.filter(p -> p.getFileName().toString().startsWith("restart-")).findFirst().orElseThrow();
            List<String> lines = Files.readAllLines(log);
            assertThat(lines.get(lines.size() - 2)).endsWith("Nothing to restart: the last run did not fail.");
            assertThat(lines.get(lines.size() - 1)).endsWith("Exit code 0 (OK)");
        }
    }

    @Test
    void anUnwritableOutputFolderFailsTheRunKeepsThePreviousExportsAndTheNextRunRecovers() throws Exception {
        Path input = sampleInput();
        Path output = work.resolve("output");
        assertThat(RunOutput.nightly(input, output).exitCode()).isZero();
        byte[] before = Files.readAllBytes(output.resolve("meetings.csv"));
        Files.writeString(input.resolve("reports/final-report-small.txt"), Files.readString(input.resolve(
                "reports/final-report-small.txt")).replace("Geneva", "Nairobi"));

        assumeThat(makeUnwritable(output)).as("the output folder can be made unwritable here").isTrue();
        RunOutput failed;
        try {
            failed = RunOutput.nightly(input, output);
        } finally {
            makeWritable(output);
        }
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("the run failed", "the previous exports are unchanged");
        assertThat(Files.readAllBytes(output.resolve("meetings.csv"))).isEqualTo(before);

        RunOutput next = RunOutput.nightly(input, output);
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(Files.readString(output.resolve("meetings.csv"))).contains("Nairobi");
        assertThat(RunOutput.of("status", "--output", output.toString()).out())
                .containsPattern("(?m)^#1 .* FAILED");
    }

    @Test
    void aFullDiskFailsTheRunKeepsThePreviousExportsAndTheNextRunRecovers() throws Exception {
        Path input = sampleInput();
        Path output = Files.createDirectories(work.resolve("small-disk"));
        assumeThat(run("mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", output.toString()))
                .as("a small file system can be mounted here (root)").isZero();
        try {
            String db = "jdbc:hsqldb:file:" + work.resolve("db/rapporteur") + ";shutdown=true;hsqldb.write_delay=false";
            RunOutput first = RunOutput.of("nightly", "--input", input.toString(), "--output", output.toString(),
                    "--db", db);
            assertThat(first.exitCode()).as(first.err()).isZero();
            byte[] before = Files.readAllBytes(output.resolve("meetings.csv"));
            Files.writeString(input.resolve("reports/final-report-small.txt"), Files.readString(input.resolve(
                    "reports/final-report-small.txt")).replace("Geneva", "Nairobi"));
            Path filler = output.resolve("filler");
            fill(filler);

            RunOutput full = RunOutput.of("nightly", "--input", input.toString(), "--output", output.toString(),
                    "--db", db);
            assertThat(full.exitCode()).isEqualTo(1);
            assertThat(full.err()).contains("No space left on device");
            assertThat(Files.readAllBytes(output.resolve("meetings.csv"))).isEqualTo(before);

            Files.delete(filler);
            RunOutput next = RunOutput.of("nightly", "--input", input.toString(), "--output", output.toString(),
                    "--db", db);
            assertThat(next.exitCode()).as(next.err()).isZero();
            assertThat(Files.readString(output.resolve("meetings.csv"))).contains("Nairobi");
        } finally {
            run("umount", output.toString());
        }
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now; leave a little room for the lock and the log file
            try (var channel = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(Math.max(0, channel.size() - 12 * 4096));
            }
        }
    }

    /** chattr +i (which binds root too) where the file system has it, else chmod for other users. */
    private static boolean makeUnwritable(Path folder) throws Exception {
        if (run("chattr", "+i", folder.toString()) == 0) {
            return !canCreate(folder);
        }
        folder.toFile().setWritable(false, false);
        return !canCreate(folder);
    }

    private static void makeWritable(Path folder) throws Exception {
        run("chattr", "-i", folder.toString());
        folder.toFile().setWritable(true, false);
    }

    private static boolean canCreate(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static JsonNode manifest(Path folder) throws IOException {
        return new ObjectMapper().readTree(folder.resolve("run-manifest.json").toFile());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private Path sampleInput() throws Exception {
        Path reports = Files.createDirectories(work.resolve("input/reports"));
        if (!Files.exists(reports.resolve("final-report-small.txt"))) {
            try (var in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
                Files.copy(in, reports.resolve("final-report-small.txt"));
            }
        }
        return work.resolve("input");
    }

}
