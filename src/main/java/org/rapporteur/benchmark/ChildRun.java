package org.rapporteur.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of a Rapporteur command in a JVM of its own, started as an operator starts it (a {@link Launch}: as
 * jobs/nightly.sh does, or {@code java -Xmx512m -jar rapporteur.jar nightly …}), measured from outside: wall time, peak resident memory (the kernel's high-water mark,
 * polled), the heap in use before and after each collection (from the JVM's GC log), and the time of each step (from
 * Spring Batch's "Step: [name] executed in …" lines).
 */
final class ChildRun {

    /** Linux's USER_HZ, the unit of /proc's CPU times, 100 on every common architecture. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern STEP_LINE = Pattern.compile("Step: \\[([^\\]:]+)\\] executed in (\\S+)");
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");

    /**
     * What a run measured.
     *
     * @param peakHeapMb the most heap in use seen before a collection (0 when no collection ran)
     * @param liveHeapMb the most heap still in use after a collection (old garbage not yet marked included)
     * @param markedLiveMb the most heap in use after a marking cycle's mixed collections or a full one: the live set
     *                   as the collector found it (0 when it never marked)
     * @param peakRssMb  the process's peak resident set (0 where /proc is not available)
     * @param cpuSeconds the CPU time the process used, all its threads, user and system (0 where /proc is not
     *                   available): on a shared machine a steadier measure than the wall time
     * @param steps      seconds per step of the job, in the order they ran
     */
    record Measured(int exitCode, double wallSeconds, long peakHeapMb, long liveHeapMb, long markedLiveMb,
                    long peakRssMb, double cpuSeconds, Map<String, Double> steps, String output) {

        double step(String name) {
            return steps.getOrDefault(name, 0.0);
        }
    }

    private ChildRun() {
    }

    /**
     * Runs {@code java <the launch's options> <jvmOptions> <the launch's application> <arguments>}; its console output
     * goes to {@code log}.
     */
    static Measured run(Launch launch, List<String> jvmOptions, List<String> arguments, Path log) throws IOException,
            InterruptedException {
        Path gcLog = log.resolveSibling(log.getFileName() + ".gc");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(launch.jvmOptions());
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(launch.application());
        command.addAll(arguments);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AtomicLong rssKb = new AtomicLong();
        AtomicLong cpuTicks = new AtomicLong();
        Thread poller = new Thread(() -> poll(process, rssKb, cpuTicks), "rss-poller");
        poller.setDaemon(true);
        poller.start();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        poller.join(1000);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        long[] heap = heap(gcLog);
        return new Measured(exit, wall, heap[0], heap[1], heap[2], rssKb.get() / 1024, cpuTicks.get() / TICKS_PER_SECOND,
                steps(output), output);
    }

    /** How to start this application again: its jar, or its class path and main class when run from classes. */
    static List<String> application() {
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return List.of("-jar", classPath);
        }
        return List.of("-cp", classPath, "org.rapporteur.RapporteurApplication");
    }

    /** Polls the process's peak resident set and its CPU time until it ends (the last reading stands). */
    private static void poll(Process process, AtomicLong rssKb, AtomicLong cpuTicks) {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        Path stat = status.resolveSibling("stat");
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        rssKb.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
                    }
                }
                cpuTicks.accumulateAndGet(cpuTicks(Files.readString(stat)), Math::max);
                Thread.sleep(50);
            } catch (IOException | RuntimeException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * User and system time, in clock ticks, from a line of {@code /proc/PID/stat}: its 14th and 15th fields, counted
     * after the command's name in parentheses (which may hold spaces).
     */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * From a {@code -Xlog:gc} file, in MB: the most heap in use before a collection, the most still in use after one,
     * and the most in use once a marking cycle's mixed collections (or a full collection) had reclaimed the old
     * generation's garbage. A young collection leaves the old generation's garbage where it is, so the first two
     * figures grow with how long G1 waits before it marks (it lets the heap fill towards {@code -Xmx}), not only with
     * what the run holds; the third is the live set as the collector found it when it looked (0 when it never did).
     */
    static long[] heap(Path gcLog) throws IOException {
        long before = 0;
        long after = 0;
        long marked = 0;
        long lastMixed = -1;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
                Matcher m = GC_LINE.matcher(line);
                if (!m.find() || !line.contains("Pause")) {
                    continue;
                }
                long used = Long.parseLong(m.group(2));
                before = Math.max(before, Long.parseLong(m.group(1)));
                after = Math.max(after, used);
                if (line.contains("Pause Young (Mixed)")) {
                    lastMixed = used; // the mixed phase goes on: its last collection tells
                    continue;
                }
                if (lastMixed >= 0) {
                    marked = Math.max(marked, lastMixed);
                    lastMixed = -1;
                }
                if (line.contains("Pause Full")) {
                    marked = Math.max(marked, used);
                }
            }
        }
        marked = Math.max(marked, lastMixed);
        return new long[] {before, after, marked};
    }

    /** Seconds per step from Spring Batch's log lines ("Step: [exportTablesStep] executed in 1m2s30ms"). */
    static Map<String, Double> steps(String output) {
        Map<String, Double> steps = new LinkedHashMap<>();
        Matcher m = STEP_LINE.matcher(output);
        while (m.find()) {
            steps.merge(m.group(1), seconds(m.group(2)), Double::sum);
        }
        return steps;
    }

    static double seconds(String duration) {
        Matcher m = DURATION.matcher(duration);
        if (!m.matches()) {
            return 0;
        }
        return part(m.group(1)) * 3600 + part(m.group(2)) * 60 + part(m.group(3)) + part(m.group(4)) / 1000.0;
    }

    private static long part(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
