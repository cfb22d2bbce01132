package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL (a forked JVM, {@code Process.destroyForcibly}) in mid-ingest or in mid-export, then run
 * again: the second run completes through Spring Batch's restart, and its exports are those of a run that was never
 * interrupted (CSV files byte for byte; the workbook cell for cell, the Overview's times of reading aside), with no
 * duplicated facts. A second run started while one is running is refused and touches nothing.
 */
class CrashRecoveryTest {

    static final int REPORTS = 40;

    @TempDir
    static Path work;
    static Path input;
    static Path reference;

    @BeforeAll
    static void inputsAndAnUninterruptedReferenceRun() throws Exception {
        input = Files.createDirectories(work.resolve("input/reports")).getParent();
        String template = Files.readString(Path.of("src/test/resources/documents/three-formats-report.txt"));
        for (int i = 1; i <= REPORTS; i++) {
            // distinct series, so that every file is a meeting of its own
            Files.writeString(input.resolve("reports/report-" + i + ".txt"),
                    template.replace("CTOC/COP/WG.3/", "CTOC/COP/WG." + (100 + i) + "/"), StandardCharsets.UTF_8);
        }
        reference = work.resolve("reference");
        Forked run = Forked.start(input, reference);
        assertThat(run.waitFor()).as(run.output()).isZero();
    }

    @Test
    void killedInMidIngestThenRunAgainGivesTheExportsOfAnUninterruptedRun() throws Exception {
        Path output = work.resolve("killed-in-ingest");
        Forked killed = Forked.start(input, output);
        killed.awaitLines(" Read report-", 8);
        // a second run while the first holds the folder: refused at once, nothing touched
        String lockBefore = Files.readString(output.resolve(".state/run.lock"));
        RunOutput second = RunOutput.nightly(input, output);
        assertThat(second.exitCode()).isEqualTo(4);
        assertThat(second.err()).contains("another run is using", "this one exits without touching anything");
        assertThat(Files.readString(output.resolve(".state/run.lock"))).isEqualTo(lockBefore);

        killed.kill();
        assertThat(killed.output()).doesNotContain("Exports in");
        assertThat(output.resolve("meetings.csv")).doesNotExist();
        // the job repository still says STARTED: status tells the killed run apart, and what comes next
        RunOutput status = RunOutput.of("status", "--output", output.toString());
        assertThat(status.out()).contains(" INTERRUPTED ", "the process ended without finishing it",
                "Next run: restarts run #");

        Forked again = Forked.start(input, output);
        assertThat(again.waitFor()).as(again.output()).isZero();
        assertThat(again.output()).contains("was interrupted", "Restarting run #");
        assertSameExports(output, reference);
    }

    @Test
    void killedInMidExportThenRunAgainGivesTheExportsOfAnUninterruptedRun() throws Exception {
        Path output = work.resolve("killed-in-export");
        Forked killed = Forked.start(input, output);
        killed.awaitPath(output.resolve(".next"));
        killed.kill();
        assertThat(killed.output()).doesNotContain("Exports in");

        Forked again = Forked.start(input, output);
        assertThat(again.waitFor()).as(again.output()).isZero();
        assertThat(again.output()).contains("was interrupted", "Restarting run #");
        assertSameExports(output, reference);
        assertThat(output.resolve(".next")).doesNotExist();
    }

    @Test
    void stoppedWithSigtermInMidIngestThenRunAgainGivesTheExportsOfAnUninterruptedRun() throws Exception {
        Path output = work.resolve("stopped-in-ingest");
        Forked stopped = Forked.start(input, output);
        stopped.awaitLines(" Read report-", 8);

        int code = stopped.terminate();

        assertThat(code).as(stopped.output()).isEqualTo(143);
        assertThat(stopped.output()).contains("SIGTERM received: stopping the run", "was stopped (SIGTERM) before it "
                + "finished", "the next run resumes it").doesNotContain("HikariDataSource has been closed", "\tat ");
        assertThat(output.resolve("meetings.csv")).doesNotExist();
        RunOutput status = RunOutput.of("status", "--output", output.toString());
        assertThat(status.out()).contains(" STOPPED ", "Next run: restarts run #");
        try (Stream<Path> logs = Files.list(output.resolve("logs"))) {
            Path log = logs.filter(p -> p.getFileName().toString().startsWith("nightly-")).findFirst().orElseThrow();
            List<String> lines = Files.readAllLines(log);
            assertThat(lines.get(lines.size() - 1)).endsWith("Exit code 143 (STOPPED)");
        }

        Forked again = Forked.start(input, output);
        assertThat(again.waitFor()).as(again.output()).isZero();
        assertThat(again.output()).contains("Restarting run #");
        assertSameExports(output, reference);
    }

    static void assertSameExports(Path output, Path expected) throws IOException {
        List<String> csv = csvFiles(expected);
        assertThat(csv).hasSizeGreaterThanOrEqualTo(9);
        assertThat(csvFiles(output)).isEqualTo(csv);
        for (String name : csv) {
            assertThat(Files.readAllBytes(output.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(expected.resolve(name)));
        }
        assertThat(cells(output.resolve("rapporteur.xlsx"))).isEqualTo(cells(expected.resolve("rapporteur.xlsx")));
    }

    static List<String> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    /**
     * Every cell of every sheet, as text, but the Overview's last section (what the run read and when: the times at
     * which the inputs were read differ between an interrupted run and an uninterrupted one).
     */
    static Map<String, List<String>> cells(Path workbook) throws IOException {
        Map<String, List<String>> sheets = new TreeMap<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Sheet sheet : book) {
                List<String> rows = new ArrayList<>();
                for (Row row : sheet) {
                    if (sheet.getSheetName().equals("Overview") && row.getCell(0) != null
                            && format.formatCellValue(row.getCell(0)).startsWith("What the run read")) {
                        break;
                    }
                    StringBuilder line = new StringBuilder();
                    row.forEach(cell -> line.append(format.formatCellValue(cell)).append('|'));
                    rows.add(line.toString());
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    /** The command line in a JVM of its own, its output collected. */
    static final class Forked {
        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private final AtomicInteger lines = new AtomicInteger();

        private Forked(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        output.append(line).append('\n');
                        lines.incrementAndGet();
                    }
                } catch (IOException e) {
                    output.append("(reading the output failed: ").append(e).append(")\n");
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Forked start(Path input, Path output) throws IOException {
            return start(List.of(), input, output);
        }

        /** The nightly command in a JVM started with {@code jvmOptions} (e.g. -Xmx512m). */
        static Forked start(List<String> jvmOptions, Path input, Path output) throws IOException {
            return start(List.of(), jvmOptions, input, output);
        }

        /** The same, the JVM started through {@code prefix} (e.g. setpriv with its options). */
        static Forked start(List<String> prefix, List<String> jvmOptions, Path input, Path output) throws IOException {
            List<String> command = new ArrayList<>(prefix);
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                    "org.rapporteur.RapporteurApplication", "nightly", "--input", input.toString(), "--output",
                    output.toString()));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.redirectErrorStream(true);
            return new Forked(builder.start());
        }

        int waitFor() throws InterruptedException {
            assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("the run ends within ten minutes (a guard against a hung run, not a speed test: CI machines are shared)").isTrue();
            Thread.sleep(200); // the last lines
            return process.exitValue();
        }

        /** Waits until {@code count} lines of the output contain {@code text}. */
        void awaitLines(String text, int count) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 90_000;
            while (System.currentTimeMillis() < deadline) {
                if (output.toString().split(java.util.regex.Pattern.quote(text), -1).length - 1 >= count) {
                    return;
                }
                assertThat(process.isAlive()).as("still running: %s", output).isTrue();
                Thread.sleep(5);
            }
            throw new AssertionError("never saw " + count + " lines with '" + text + "': " + output);
        }

        void awaitPath(Path path) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 90_000;
            while (System.currentTimeMillis() < deadline) {
                if (Files.exists(path)) {
                    return;
                }
                assertThat(process.isAlive()).as("still running: %s", output).isTrue();
                Thread.sleep(1);
            }
            throw new AssertionError("never saw " + path + ": " + output);
        }

        /** SIGTERM, as systemctl stop sends it; returns the exit code. */
        int terminate() throws Exception {
            // kill(1), not Process.destroy, which closes the output being read
            assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).start().waitFor()).isZero();
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("stopped within 300 s").isTrue();
            Thread.sleep(200);
            return process.exitValue();
        }

        /** SIGKILL: no shutdown hook, no finally block runs. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            Thread.sleep(200);
        }

        String output() {
            return output.toString();
        }
    }
}
