package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.documents.BadDocuments;
import org.rapporteur.documents.ReportRenderer;

/**
 * One nightly run over good reports in all three formats and bad inputs of every kind (issue 4's acceptance): each bad
 * input gets exactly one data-quality row naming the file and the reason, the good reports are exported, exit code 3.
 */
class MixedFormatsRunTest {

    @TempDir
    Path work;

    @Test
    void badInputsAreEachReportedOnceAndTheGoodReportsInEveryFormatAreExported() throws Exception {
        Path reports = Files.createDirectories(work.resolve("input/reports"));
        String word = Files.readString(Path.of("src/test/resources/documents/three-formats-report.txt"));
        ReportRenderer wg3 = new ReportRenderer("CTOC/COP/WG.3/2024/2", "V.24-09876", word);
        Files.write(reports.resolve("CTOC_COP_WG.3_2024_2.docx"), wg3.docx());
        String seed = Files.readString(Path.of("src/test/resources/seed/000_df15103811212375.txt"));
        List<String> seedLines = seed.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        Files.write(reports.resolve("UNODC_CCPCJ_EG.4_2018_L.1.pdf"),
                new ReportRenderer("UNODC/CCPCJ/EG.4/2018/L.1", "V.18-01878", "").pdfOfLines(seedLines, 40));
        // a good report saved as text under a .docx name: read by its content, one FORMAT_MISMATCH row
        String wg2 = new ReportRenderer("CTOC/COP/WG.2/2024/2", "V.24-05555",
                word.replace("CTOC/COP/WG.3/", "CTOC/COP/WG.2/")).expectedWordText();
        Files.writeString(reports.resolve("saved-as-text.docx"), wg2, StandardCharsets.UTF_8);
        Files.write(reports.resolve("empty.txt"), new byte[0]);
        Files.write(reports.resolve("random.pdf"), BadDocuments.randomBytes(5000));
        Files.write(reports.resolve("protected.pdf"), BadDocuments.passwordProtectedPdf());
        Files.write(reports.resolve("bomb.docx"), BadDocuments.zipBombDocx());

        RunOutput run = RunOutput.nightly(work.resolve("input"), work.resolve("output"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.out()).contains("4 rejected");
        List<Map<String, String>> quality = ExportFiles.rows(work.resolve("output/data-quality.csv"));
        assertThat(quality).filteredOn(r -> isBad(r.get("source")) || r.get("source").startsWith("saved-as-text"))
                .extracting(r -> r.get("source") + " " + r.get("severity") + " " + r.get("code"))
                .containsExactlyInAnyOrder(
                        "empty.txt ERROR EMPTY_FILE",
                        "random.pdf ERROR UNSUPPORTED_FORMAT",
                        "protected.pdf ERROR ENCRYPTED_DOCUMENT",
                        "bomb.docx ERROR UNSAFE_DOCUMENT",
                        "saved-as-text.docx WARNING FORMAT_MISMATCH");
        assertThat(quality).filteredOn(r -> isBad(r.get("source")))
                .allSatisfy(r -> assertThat(r.get("location")).isEqualTo("file"))
                .allSatisfy(r -> assertThat(r.get("message")).isNotBlank());
        assertThat(ExportFiles.rows(work.resolve("output/meetings.csv")))
                .extracting(r -> r.get("report_symbol") + " " + r.get("source"))
                .containsExactlyInAnyOrder(
                        "CTOC/COP/WG.3/2024/2 CTOC_COP_WG.3_2024_2.docx",
                        "CTOC/COP/WG.2/2024/2 saved-as-text.docx",
                        "UNODC/CCPCJ/EG.4/2018/L.1 UNODC_CCPCJ_EG.4_2018_L.1.pdf");
        assertThat(ExportFiles.rows(work.resolve("output/attendance.csv")))
                .filteredOn(r -> r.get("meeting_id").equals("UNODC/CCPCJ/EG.4#4"))
                .extracting(r -> r.get("category") + "=" + r.get("count"))
                .contains("MEMBER_STATE=91");
    }

    private static boolean isBad(String source) {
        return List.of("empty.txt", "random.pdf", "protected.pdf", "bomb.docx").contains(source);
    }
}
