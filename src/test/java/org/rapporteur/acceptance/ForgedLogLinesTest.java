package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name cannot forge a log line (issue 17 point 13): a report named with a line break and a fake log line after
 * it is logged on one line, its control characters escaped, in the run's log file.
 */
class ForgedLogLinesTest {

    static final String FORGED = "2020-01-01 00:00:00.000 INFO  [o.r.j.InputIngestProcessor] Read forged.txt: all fine";

    @TempDir
    Path work;

    @Test
    void aLineBreakInAFileNameIsEscapedInTheLog() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        try (InputStream in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, input.resolve("reports/report\n" + FORGED + ".txt"));
        }
        Path output = work.resolve("output");

        RunOutput run = RunOutput.nightly(input, output);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines;
        try (Stream<Path> logs = Files.list(output.resolve("logs"))) {
            Path log = logs.filter(p -> p.getFileName().toString().startsWith("nightly-")).findFirst().orElseThrow();
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        }
        assertThat(lines).noneMatch(l -> l.startsWith("2020-01-01"));
        assertThat(lines).anyMatch(l -> l.contains("Read report\\n" + FORGED + ".txt: meeting XYZ/EG.1#3"));
    }
}
