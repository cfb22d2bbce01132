package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.documents.WordStylePdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Everything in the input tree is accounted for, and none of it stops the run (issue 17 points 3, 9 and 10): beside a
 * good report, a Word 97 document, an OpenDocument text, a Markdown note, a file without an extension, a PDF cut in
 * half, a symbolic link to nothing, one that loops back to its folder, and a subfolder that cannot be listed each get
 * one row in data-quality.csv and an entry in the manifest; the good report is published, and the run ends with exit
 * code 3. Hidden files are not inputs. (The run is forked without the capabilities that let root read any folder, so
 * that the locked folder is locked for it too.)
 */
class InputTreeRunTest {

    @TempDir
    Path work;

    @Test
    void everyEntryOfTheInputTreeIsReadOrReportedOnceAndNoneStopsTheRun() throws Exception {
        Path input = work.resolve("input");
        Path reports = Files.createDirectories(input.resolve("reports"));
        try (InputStream in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, reports.resolve("final-report-small.txt"));
        }
        byte[] ole2 = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        Files.write(reports.resolve("report.doc"), ole2);
        Files.write(reports.resolve("report.odt"), org.rapporteur.inputs.ReportFormatsTest.odt());
        Files.writeString(reports.resolve("notes.md"), "# Notes for the team\n");
        Files.writeString(reports.resolve("README"), "What this folder holds\n");
        byte[] pdf = new WordStylePdf().bytes();
        Files.write(reports.resolve("cut.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
        Files.writeString(reports.resolve(".DS_Store"), "hidden");
        Files.createSymbolicLink(reports.resolve("gone.txt"), work.resolve("nowhere.txt"));
        Files.createSymbolicLink(reports.resolve("loop"), reports);
        Path locked = Files.createDirectories(reports.resolve("locked"));
        Files.copy(reports.resolve("final-report-small.txt"), locked.resolve("copy.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path output = work.resolve("output");
        CrashRecoveryTest.Forked run;
        try {
            run = CrashRecoveryTest.Forked.start(withoutRootsReadAnything(), List.of(), input, output);
            assertThat(run.waitFor()).as(run.output()).isEqualTo(3);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }

        List<Map<String, String>> quality = ExportFiles.rows(output.resolve("data-quality.csv"));
        assertThat(quality).filteredOn(r -> r.get("severity").equals("ERROR"))
                .extracting(r -> r.get("source") + " " + r.get("code")).containsExactlyInAnyOrder(
                        "README UNSUPPORTED_FORMAT", "cut.pdf DAMAGED_DOCUMENT", "gone.txt BROKEN_LINK",
                        "locked/ UNREADABLE_FOLDER", "loop/ LINK_LOOP", "notes.md UNSUPPORTED_FORMAT",
                        "report.doc UNSUPPORTED_FORMAT", "report.odt UNSUPPORTED_FORMAT");
        assertThat(quality).filteredOn(r -> r.get("source").equals("report.odt")).singleElement()
                .satisfies(r -> assertThat(r.get("message")).contains("save the report as .docx or PDF"));
        assertThat(ExportFiles.rows(output.resolve("meetings.csv"))).extracting(r -> r.get("source"))
                .containsExactly("final-report-small.txt");
        JsonNode manifest = new ObjectMapper().readTree(output.resolve("run-manifest.json").toFile());
        assertThat(manifest.path("inputs").findValuesAsText("source")).containsExactlyInAnyOrder(
                "README", "cut.pdf", "final-report-small.txt", "gone.txt", "locked/", "loop/", "notes.md",
                "report.doc", "report.odt");
        assertThat(run.output()).contains("9 input(s) in all, 8 rejected");
    }

    /** As root, the command that drops the capabilities which let root read a folder its mode forbids; else none. */
    static List<String> withoutRootsReadAnything() throws Exception {
        Path probe = Files.createTempFile("uid", ".probe");
        try {
            if ((Integer) Files.getAttribute(probe, "unix:uid") != 0) {
                return List.of();
            }
        } finally {
            Files.delete(probe);
        }
        return List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search");
    }
}
