package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that repeats a paragraph many times counts its positions once (issue 17 point 13), through the whole run:
 * positions.csv and positions-summary.csv hold the paragraph's position once, and data-quality.csv has one
 * DUPLICATE_PARAGRAPH warning naming the first copy.
 */
class RepeatedParagraphsRunTest {

    static final String AGAINST = "Many speakers were of the view that a new instrument on cybercrime was not needed.";

    @TempDir
    Path work;

    @Test
    void aParagraphRepeatedThirtyTimesIsCountedOnceInTheExports() throws Exception {
        StringBuilder report = new StringBuilder("""
                United Nations XYZ/EG.2/2025/4
                Distr.: General
                Report on the second meeting of the Expert Group on Examples held in Nairobi from 3 to 5 March 2025
                I. Summary of deliberations
                1. %s
                2. The representative of Brazil expressed support for the Budapest Convention.
                """.formatted(AGAINST));
        for (int n = 3; n <= 32; n++) {
            report.append(n).append(". ").append(AGAINST).append('\n');
        }
        report.append("II. Organization of the meeting\n33. Statements were made by experts of the following States: "
                + "Brazil, Chile and Kenya.\n");
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        Files.writeString(input.resolve("reports/repeated.txt"), report);
        Path output = work.resolve("output");

        RunOutput run = RunOutput.nightly(input, output);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ExportFiles.rows(output.resolve("positions.csv")))
                .extracting(r -> r.get("paragraph") + " " + r.get("topic") + " " + r.get("stance") + " "
                        + r.get("weight"))
                .containsExactly("1 NEW_INSTRUMENT AGAINST 4", "2 BUDAPEST_CONVENTION FOR 1");
        assertThat(ExportFiles.rows(output.resolve("positions-summary.csv")))
                .filteredOn(r -> r.get("topic").equals("NEW_INSTRUMENT")).singleElement()
                .satisfies(r -> assertThat(List.of(r.get("mentions"), r.get("weighted_mentions")))
                        .containsExactly("1", "4"));
        List<Map<String, String>> quality = ExportFiles.rows(output.resolve("data-quality.csv"));
        assertThat(quality).extracting(r -> r.get("source") + " " + r.get("location") + " " + r.get("severity") + " "
                + r.get("code")).containsExactly("repeated.txt paragraph 3 WARNING DUPLICATE_PARAGRAPH");
        assertThat(quality.get(0).get("message")).startsWith("Paragraph 3 repeats paragraph 1 word for word, as do 29 "
                + "more");
    }
}
