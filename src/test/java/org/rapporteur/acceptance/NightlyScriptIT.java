package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/nightly.sh} as cron runs it: no terminal, stdin closed, another working directory, an environment with
 * only a short PATH, HOME and the settings an operator puts in nightly.env. Run twice, it succeeds twice, passes the
 * exit code through and keeps its logs; run from the jar as it is, then extracted with class data sharing, it finds
 * the same code. Runs after {@code package} (it uses target/rapporteur.jar).
 */
class NightlyScriptIT {

    @TempDir
    Path work;

    @Test
    void runTwiceFromCronLikeConditionsItWorksBothTimes() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        Path copy = work.resolve("final-report-small.txt");
        try (var in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, copy);
        }
        // a name outside ASCII, given by the shell in UTF-8 bytes so that this JVM's own locale does not matter:
        // cron starts the script with no locale, and the run must still see the name as it is
        String utf8Name = "$(printf 'r\\303\\251union \\342\\200\\223 final.txt')";
        Process rename = new ProcessBuilder("/bin/sh", "-c", "mv \"$0\" \"$1/" + utf8Name + "\"", copy.toString(),
                input.resolve("reports").toString()).inheritIO().start();
        assertThat(rename.waitFor()).isZero();
        Path output = work.resolve("output");

        Result first = runScript(input, output, "RAPPORTEUR_CDS=off");
        Result second = runScript(input, output);

        assertThat(first.code()).as(first.output()).isZero();
        assertThat(first.output()).contains("Read 1 new or changed input(s)");
        assertThat(second.code()).as(second.output()).isZero();
        assertThat(second.output()).as("the jar run extracted is the same code: nothing is read again")
                .contains("Nothing changed since the last run");
        try (Stream<Path> archives = Files.list(output.resolve(".launch"))) {
            assertThat(archives.map(key -> key.resolve("app.jsa"))).as("the classes the second run loaded, kept")
                    .singleElement().satisfies(archive -> assertThat(archive).isRegularFile());
        }
        assertThat(Files.readString(output.resolve("meetings.csv"), StandardCharsets.UTF_8))
                .as("the file's name as it is, not as the C locale would spell it")
                .contains("r\u00e9union \u2013 final.txt");
        List<String> history = Files.readAllLines(output.resolve("logs/nightly-history.log"));
        assertThat(history).hasSize(2).allSatisfy(line -> assertThat(line).matches("\\S+Z \\S+Z exit=0"));
        try (Stream<Path> logs = Files.list(output.resolve("logs"))) {
            assertThat(logs.filter(p -> p.getFileName().toString().matches("nightly-\\d{8}-.*\\.log"))).hasSize(2);
        }

        Files.write(input.resolve("reports/empty.txt"), new byte[0]);
        assertThat(runScript(input, output).code()).as("the exit code passes through").isEqualTo(3);
    }

    @Test
    void theCrontabExampleAndTheEnvExampleWorkAsWrittenOnAFreshInstall() throws Exception {
        Path home = install();
        // nightly.env as an operator writes it from the example: lines uncommented, values with spaces as they are
        List<String> env = new java.util.ArrayList<>();
        env.add("JAVA_HOME=" + System.getProperty("java.home"));
        for (String line : Files.readAllLines(Path.of("jobs/nightly.env.example"))) {
            if (line.startsWith("# JAVA_OPTS=") || line.startsWith("# RAPPORTEUR_ARGS=")) {
                env.add(line.substring(2));
            }
        }
        // the example's "--max-file-size 100MB", made small enough to show that the option arrived whole
        env.replaceAll(l -> l.replace("--max-file-size 100MB", "--max-file-size 100"));
        assertThat(env).contains("RAPPORTEUR_ARGS=--max-file-size 100", "JAVA_OPTS=-Xmx1g");
        Files.write(home.resolve("jobs/nightly.env"), env);
        String cron = Files.readAllLines(Path.of("jobs/crontab.example")).stream()
                .filter(l -> l.matches("^[0-9*].*")).findFirst().orElseThrow();
        String command = cron.split("\\s+", 6)[5].replace("/opt/rapporteur", home.toString());
        assertThat(home.resolve("output")).doesNotExist();

        Result run = cron(command);

        assertThat(run.code()).as(run.output()).isEqualTo(3);
        assertThat(ExportFiles.rows(home.resolve("output/data-quality.csv")))
                .extracting(r -> r.get("source") + " " + r.get("code"))
                .containsExactly("final-report-small.txt FILE_TOO_LARGE");
        assertThat(Files.readAllLines(home.resolve("output/logs/nightly-history.log")))
                .singleElement().satisfies(l -> assertThat(l).matches("\\S+Z \\S+Z exit=3"));
        try (Stream<Path> logs = Files.list(home.resolve("output/logs"))) {
            Path log = logs.filter(p -> p.getFileName().toString().matches("nightly-\\d{8}-.*\\.log")).findFirst()
                    .orElseThrow();
            List<String> lines = Files.readAllLines(log);
            assertThat(lines.get(lines.size() - 2)).contains("1 input(s) in all, 1 rejected;");
            assertThat(lines.get(lines.size() - 1)).endsWith("Exit code 3 (INPUTS_REJECTED)");
        }
    }

    @Test
    void failuresBeforeTheRunStartsAreRecordedInTheHistory() throws Exception {
        Path home = install();
        Files.write(home.resolve("jobs/nightly.env"), List.of("JAVA_HOME=/nonexistent/jdk"));
        Result noJava = cron(home.resolve("jobs/nightly.sh").toString());
        Files.delete(home.resolve("target/rapporteur.jar"));
        Result noJar = cron(home.resolve("jobs/nightly.sh").toString());

        assertThat(noJava.code()).isEqualTo(2);
        assertThat(noJar.code()).isEqualTo(2);
        assertThat(noJava.output()).contains("nightly.sh: no java at /nonexistent/jdk/bin/java");
        assertThat(Files.readAllLines(home.resolve("output/logs/nightly-history.log"))).satisfiesExactly(
                l -> assertThat(l).contains("exit=2 (not started: no java at /nonexistent/jdk/bin/java"),
                l -> assertThat(l).contains("exit=2 (not started: " + home.resolve("target/rapporteur.jar")
                        + " not found"));
    }

    /** A fresh install: the scripts, the built jar, one report; no output folder yet. */
    private Path install() throws IOException {
        Path home = Files.createDirectories(work.resolve("opt/rapporteur"));
        Files.createDirectories(home.resolve("jobs"));
        Files.copy(Path.of("jobs/nightly.sh"), home.resolve("jobs/nightly.sh"));
        Files.createDirectories(home.resolve("target"));
        Files.createSymbolicLink(home.resolve("target/rapporteur.jar"), Path.of("target/rapporteur.jar")
                .toAbsolutePath());
        Files.createDirectories(home.resolve("input/reports"));
        try (var in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, home.resolve("input/reports/final-report-small.txt"));
        }
        return home;
    }

    /** A command as cron runs it: /bin/sh, a short PATH, HOME, no terminal, another working directory. */
    private Result cron(String command) throws Exception {
        Path log = Files.createTempFile(work, "cron", ".log");
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", work.toString());
        builder.environment().put("SHELL", "/bin/sh");
        builder.environment().put("LOGNAME", "rapporteur");
        builder.directory(work.toFile());
        builder.redirectInput(new File("/dev/null"));
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Result(int code, String output) {
    }

    private Result runScript(Path input, Path output, String... settings) throws Exception {
        Path script = Path.of("jobs/nightly.sh").toAbsolutePath();
        Path log = Files.createTempFile(work, "cron", ".log");
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", script.toString());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", work.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("RAPPORTEUR_INPUT", input.toString());
        builder.environment().put("RAPPORTEUR_OUTPUT", output.toString());
        for (String setting : settings) {
            builder.environment().put(setting.substring(0, setting.indexOf('=')),
                    setting.substring(setting.indexOf('=') + 1));
        }
        builder.directory(work.toFile());
        builder.redirectInput(new File("/dev/null"));
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
