package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
 * exit code through and keeps its logs. Runs after {@code package} (it uses target/rapporteur.jar).
 */
class NightlyScriptIT {

    @TempDir
    Path work;

    @Test
    void runTwiceFromCronLikeConditionsItWorksBothTimes() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        try (var in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, input.resolve("reports/final-report-small.txt"));
        }
        Path output = work.resolve("output");

        Result first = runScript(input, output);
        Result second = runScript(input, output);

        assertThat(first.code()).as(first.output()).isZero();
        assertThat(first.output()).contains("Read 1 new or changed input(s)");
        assertThat(second.code()).as(second.output()).isZero();
        assertThat(second.output()).contains("Nothing changed since the last run");
        assertThat(output.resolve("meetings.csv")).exists();
        List<String> history = Files.readAllLines(output.resolve("logs/nightly-history.log"));
        assertThat(history).hasSize(2).allSatisfy(line -> assertThat(line).matches("\\S+Z \\S+Z exit=0"));
        try (Stream<Path> logs = Files.list(output.resolve("logs"))) {
            assertThat(logs.filter(p -> p.getFileName().toString().matches("nightly-\\d{8}-.*\\.log"))).hasSize(2);
        }

        Files.write(input.resolve("reports/empty.txt"), new byte[0]);
        assertThat(runScript(input, output).code()).as("the exit code passes through").isEqualTo(3);
    }

    private record Result(int code, String output) {
    }

    private Result runScript(Path input, Path output) throws Exception {
        Path script = Path.of("jobs/nightly.sh").toAbsolutePath();
        Path log = Files.createTempFile(work, "cron", ".log");
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", script.toString());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("HOME", work.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("RAPPORTEUR_INPUT", input.toString());
        builder.environment().put("RAPPORTEUR_OUTPUT", output.toString());
        builder.directory(work.toFile());
        builder.redirectInput(new File("/dev/null"));
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
