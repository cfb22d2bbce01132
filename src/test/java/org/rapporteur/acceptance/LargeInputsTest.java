package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.documents.WordStylePdf;

/**
 * Large inputs are never fatal, in a JVM given 512 MB as a small server would give it: beside a good report, a PDF cut
 * in half, a list of 300,000 rows as .xlsx and one of 45 MB as CSV (both over the row limit, rejected by name, the
 * rows they could hold never all in memory) and a list of 100,000 rows (at the limit, read whole: lists are read row
 * by row), the run completes with exit code 3 and publishes the good report and the list it could read.
 */
class LargeInputsTest {

    @TempDir
    Path work;

    @Test
    void largeListsAndACutPdfCostNothingElseInAJvmOf512Mb() throws Exception {
        Path input = work.resolve("input");
        Path reports = Files.createDirectories(input.resolve("reports"));
        Path lists = Files.createDirectories(input.resolve("participants"));
        try (InputStream in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, reports.resolve("final-report-small.txt"));
        }
        byte[] pdf = new WordStylePdf().bytes();
        Files.write(reports.resolve("cut.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        LargeInputs.xlsxList(lists.resolve("XYZ_EG.1_2024_3-registered.xlsx"), "R", 300_000);
        Path csv = lists.resolve("XYZ_EG.1_2024_3-badges.csv");
        LargeInputs.csvList(csv, "B", 420_000);
        LargeInputs.csvList(lists.resolve("XYZ_EG.1_2024_3-checked-in.csv"), "C", 100_000);
        assertThat(Files.size(csv)).isGreaterThan(45_000_000L);

        Path output = work.resolve("output");
        CrashRecoveryTest.Forked run = CrashRecoveryTest.Forked.start(List.of("-Xmx512m"), input, output);

        assertThat(run.waitFor()).as(run.output()).isEqualTo(3);
        assertThat(run.output()).doesNotContain("OutOfMemoryError");
        assertThat(ExportFiles.rows(output.resolve("meetings.csv"))).extracting(r -> r.get("meeting_id"))
                .containsExactly("XYZ/EG.1#3");
        List<Map<String, String>> findings = ExportFiles.rows(output.resolve("data-quality.csv"));
        assertThat(findings).filteredOn(r -> r.get("severity").equals("ERROR"))
                .extracting(r -> r.get("source") + " " + r.get("code"))
                .containsExactlyInAnyOrder("cut.pdf DAMAGED_DOCUMENT",
                        "participants/XYZ_EG.1_2024_3-badges.csv FILE_TOO_LARGE",
                        "participants/XYZ_EG.1_2024_3-registered.xlsx FILE_TOO_LARGE");
        assertThat(findings).filteredOn(r -> r.get("code").equals("FILE_TOO_LARGE"))
                .allSatisfy(r -> assertThat(r.get("message")).contains("more than 100,000 rows", "--max-rows"));
        assertThat(ExportFiles.rows(output.resolve("delegations.csv")).stream()
                .mapToInt(r -> Integer.parseInt(r.get("delegates"))).sum()).isEqualTo(100_000);
        assertThat(Files.lines(output.resolve("restricted/participants.csv")).count()).isEqualTo(100_001);
    }
}
