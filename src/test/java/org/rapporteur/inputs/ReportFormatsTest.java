package org.rapporteur.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.documents.WordStylePdf;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/** A file in reports/ of a format that is not read is rejected with one finding saying what to do with it. */
public class ReportFormatsTest {

    @TempDir
    Path folder;

    @Test
    void aWord97DocumentIsRefusedWithAdviceToSaveItAsDocx() throws IOException {
        byte[] ole2 = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);

        assertThat(refusal("report.doc", ole2)).contains("Word 97–2003 (.doc)", "save the report as .docx or PDF");
    }

    @Test
    void anOpenDocumentTextIsRefusedWithAdvice() throws IOException {
        assertThat(refusal("report.odt", odt())).contains("OpenDocument", "save the report as .docx or PDF");
    }

    @Test
    void richTextAndWebPagesAreRefusedWithAdviceWhateverTheirName() throws IOException {
        assertThat(refusal("report.rtf", "{\\rtf1\\ansi Report of the meeting}".getBytes(StandardCharsets.US_ASCII)))
                .contains("Rich Text Format");
        assertThat(refusal("report.txt", "{\\rtf1\\ansi Report of the meeting}".getBytes(StandardCharsets.US_ASCII)))
                .contains("Rich Text Format");
        assertThat(refusal("report.html", "<!-- saved -->\n<!DOCTYPE html><html><body>1. Text</body></html>"
                .getBytes(StandardCharsets.UTF_8))).contains("A web page (HTML)", "save the report as PDF");
    }

    @Test
    void textUnderAnotherNameThanTxtIsRefusedWithAdviceToRenameIt() throws IOException {
        assertThat(refusal("notes.md", "# Notes\n\n1. Something.\n".getBytes(StandardCharsets.UTF_8)))
                .contains("Text in a file named .md", "rename a plain-text report to .txt");
        assertThat(refusal("README", "Read me".getBytes(StandardCharsets.UTF_8)))
                .contains("Text in a file without an extension");
    }

    @Test
    void aPdfUnderAnotherNameIsReadByItsContentWithAWarning() throws IOException {
        Path file = Files.write(folder.resolve("report.download"), new WordStylePdf().pages(2).bytes());

        ReadOutcome outcome = InputReadersTest.READERS.read(new InputFile(InputKind.REPORT, "report.download", file));

        assertThat(outcome.findings()).extracting(Finding::code).contains(FindingCode.FORMAT_MISMATCH);
        assertThat(outcome.findings().get(0).message()).contains("ends in .download", "was read as such");
    }

    private String refusal(String name, byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve(name), bytes);
        ReadOutcome outcome = InputReadersTest.READERS.read(new InputFile(InputKind.REPORT, name, file));
        assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(outcome.findings()).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo(FindingCode.UNSUPPORTED_FORMAT));
        return outcome.findings().get(0).message();
    }

    /** An OpenDocument text as LibreOffice writes it: the type in a first, stored entry "mimetype". */
    public static byte[] odt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
