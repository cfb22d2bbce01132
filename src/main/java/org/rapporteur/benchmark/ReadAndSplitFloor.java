package org.rapporteur.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The floor of a nightly run: the work no run can avoid, a bare loop that reads every report, decodes it and splits
 * it into lines (and, as a second figure, tries one regular expression on every line). {@code benchmark-nightly} runs
 * it as a program of its own ({@link #once}, in a fresh JVM, like the nightly run it is compared with) and, for
 * information, as a loop in its own JVM (best of three rounds, after the files have been read once).
 */
public final class ReadAndSplitFloor {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})\\.\\s");

    /** Seconds of the bare loop and of the loop with one regular expression per line, and what they read. */
    record Result(int files, long bytes, long lines, double seconds, double secondsWithRegex) {
    }

    /** Keeps the results alive, so that the JIT cannot drop the work. */
    static volatile long sink;

    private ReadAndSplitFloor() {
    }

    /** One pass of the bare loop over the files under {@code reports}: what the floor program does. */
    public static String once(Path reports) throws IOException {
        long[] counts = loop(files(reports), false);
        return "files read and split: bytes=" + counts[0] + " lines=" + counts[1];
    }

    static Result measure(Path reports) throws IOException {
        List<Path> files = files(reports);
        long[] counts = loop(files, true);
        double best = Double.MAX_VALUE;
        double bestRegex = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            sink += loop(files, false)[1];
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            sink += loop(files, true)[2];
            bestRegex = Math.min(bestRegex, (System.nanoTime() - start) / 1e9);
        }
        return new Result(files.size(), counts[0], counts[1], best, bestRegex);
    }

    private static List<Path> files(Path reports) throws IOException {
        try (Stream<Path> walk = Files.walk(reports)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Returns the bytes read, the lines split and (with the regex) the numbered lines found. */
    private static long[] loop(List<Path> files, boolean regex) throws IOException {
        long bytes = 0;
        long lines = 0;
        long numbered = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            bytes += content.length;
            String[] split = new String(content, StandardCharsets.UTF_8).split("\n", -1);
            lines += split.length;
            if (regex) {
                for (String line : split) {
                    if (NUMBERED.matcher(line).find()) {
                        numbered++;
                    }
                }
            }
        }
        return new long[] {bytes, lines, numbered};
    }
}
