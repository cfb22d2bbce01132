package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong input folder never empties the exports (issue 17 point 2): after a good run, a run pointed at the reports
 * folder itself, at an empty folder, or at a folder that lost most of its inputs exits with code 2, says why, and
 * leaves the exports as they were; --allow-retire (or --full) lets a deliberate removal through.
 */
class WrongInputFolderTest {

    @TempDir
    Path work;
    Path input;
    Path output;
    Map<String, String> before;

    @BeforeEach
    void aGoodRunOfThreeReports() throws IOException {
        input = work.resolve("input");
        Files.createDirectories(input.resolve("reports"));
        String report;
        try (InputStream in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            report = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (int i = 1; i <= 3; i++) {
            Files.writeString(input.resolve("reports/report-" + i + ".txt"), report.replace("XYZ/EG.1/",
                    "XYZ/EG." + i + "/"));
        }
        output = work.resolve("output");
        assertThat(RunOutput.nightly(input, output).exitCode()).isZero();
        before = exports(output);
        assertThat(before).containsKey("meetings.csv");
    }

    @Test
    void aRunPointedAtTheReportsFolderItselfIsRefused() throws IOException {
        RunOutput run = RunOutput.nightly(input.resolve("reports"), output);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has none of the folders reports/, participants/ and statements/",
                "Nothing was changed");
        assertThat(exports(output)).isEqualTo(before);
    }

    @Test
    void aRunPointedAtAnEmptyFolderIsRefused() throws IOException {
        Path empty = Files.createDirectories(work.resolve("empty"));

        assertThat(RunOutput.nightly(empty, output).exitCode()).isEqualTo(2);
        Files.createDirectories(empty.resolve("reports"));
        RunOutput run = RunOutput.nightly(empty, output);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("this run would retire 3 of the 3 inputs read before", "--allow-retire");
        assertThat(exports(output)).isEqualTo(before);
    }

    @Test
    void removingMoreThanHalfIsRefusedUnlessAllowedAndHalfGoesThrough() throws IOException {
        Files.delete(input.resolve("reports/report-1.txt"));
        Files.delete(input.resolve("reports/report-2.txt"));

        RunOutput refused = RunOutput.nightly(input, output);
        RunOutput allowed = RunOutput.of("nightly", "--input", input.toString(), "--output", output.toString(),
                "--allow-retire");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("would retire 2 of the 3 inputs");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(ExportFiles.rows(output.resolve("meetings.csv"))).extracting(r -> r.get("meeting_id"))
                .containsExactly("XYZ/EG.3#3");
        Files.writeString(input.resolve("reports/notes.txt"), "Not a report at all\n");
        assertThat(RunOutput.nightly(input, output).exitCode()).isEqualTo(3);
        Files.delete(input.resolve("reports/notes.txt"));
        // one of the two known: half, not more, goes through
        assertThat(RunOutput.nightly(input, output).exitCode()).isZero();
    }

    /** Each published file with the hash of its bytes. */
    static Map<String, String> exports(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(output)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                files.put(p.getFileName().toString(), org.rapporteur.inputs.ContentHash.of(p));
            }
        }
        return files;
    }
}
