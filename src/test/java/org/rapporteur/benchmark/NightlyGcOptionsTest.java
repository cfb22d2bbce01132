package org.rapporteur.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector's settings every nightly run gets: jobs/nightly.sh puts them on the java command line before
 * JAVA_OPTS (so an option there wins), nightly.env's RAPPORTEUR_GC_OPTS replaces them, and the benchmark's runs carry
 * the same ones in the same place. The script runs a stand-in java that writes down its arguments.
 */
class NightlyGcOptionsTest {

    @TempDir
    Path work;

    @Test
    void theNightlyScriptLaunchesWithTheCollectorSettingsBeforeJavaOpts() throws Exception {
        List<String> line = launchLine(List.of("JAVA_OPTS=-Xmx1g -XX:MaxNewSize=200m"));

        List<String> expected = new ArrayList<>(Launch.NIGHTLY_GC_OPTIONS);
        expected.addAll(List.of("-Xmx1g", "-XX:MaxNewSize=200m", "-jar"));
        assertThat(line.subList(0, line.indexOf("-jar") + 1)).containsExactlyElementsOf(expected);
        assertThat(Launch.NIGHTLY_GC_OPTIONS).containsExactly("-XX:MaxNewSize=80m",
                "-XX:InitiatingHeapOccupancyPercent=25", "-XX:-G1UseAdaptiveIHOP");
    }

    @Test
    void nightlyEnvReplacesTheCollectorSettingsOrDropsThemWhenEmpty() throws Exception {
        List<String> replaced = launchLine(List.of("RAPPORTEUR_GC_OPTS=-XX:+UseParallelGC"));
        List<String> dropped = launchLine(List.of("RAPPORTEUR_GC_OPTS="));

        assertThat(replaced.subList(0, replaced.indexOf("-jar"))).containsExactly("-XX:+UseParallelGC");
        assertThat(dropped.indexOf("-jar")).isZero();
    }

    @Test
    void theBenchmarksNightlyRunsCarryTheSameSettingsBeforeItsJvmOptions() {
        NightlyBenchmark.Options options = new NightlyBenchmark.Options(10, 3, 1, null, "512m", List.of(),
                List.of("-XX:TieredStopAtLevel=1"), false, false, null, false);

        assertThat(NightlyBenchmark.nightlyJvm(options)).containsExactly("-Xmx512m", "-XX:MaxNewSize=80m",
                "-XX:InitiatingHeapOccupancyPercent=25", "-XX:-G1UseAdaptiveIHOP", "-XX:TieredStopAtLevel=1");
    }

    /** The arguments jobs/nightly.sh gives java, run as it is with {@code nightlyEnv} and no class data sharing. */
    private List<String> launchLine(List<String> nightlyEnv) throws Exception {
        Path home = Files.createDirectories(work.resolve("home-" + nightlyEnv.hashCode()));
        Files.createDirectories(home.resolve("jobs"));
        Files.copy(Path.of("jobs/nightly.sh"), home.resolve("jobs/nightly.sh"));
        List<String> env = new ArrayList<>(nightlyEnv);
        env.add("RAPPORTEUR_CDS=off");
        env.add("JAVA_HOME=" + home.resolve("jdk"));
        Files.write(home.resolve("jobs/nightly.env"), env);
        Files.createDirectories(home.resolve("target"));
        Files.write(home.resolve("target/rapporteur.jar"), new byte[0]);
        Path java = Files.createDirectories(home.resolve("jdk/bin")).resolve("java");
        Path arguments = home.resolve("arguments.txt");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + arguments + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", home.resolve("jobs/nightly.sh").toString());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.redirectInput(new File("/dev/null")).redirectErrorStream(true)
                .redirectOutput(home.resolve("console.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(home.resolve("console.txt"))).isZero();
        return Files.readAllLines(arguments, StandardCharsets.UTF_8);
    }
}
