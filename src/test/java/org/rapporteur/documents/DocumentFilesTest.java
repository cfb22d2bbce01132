package org.rapporteur.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/** Every kind of input file: the encodings of plain text, formats recognised by content, and each bad input refused. */
class DocumentFilesTest {

    static final DocumentFiles FILES = new DocumentFiles(ReadLimits.DEFAULT);
    static final String COTE = "Statements were made by C\u00f4te d\u2019Ivoire.";

    @TempDir
    Path dir;

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        assertThat(read("a.txt", utf8(COTE)).text()).isEqualTo(COTE);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(COTE));
        DocumentText withBom = read("b.txt", bom);
        assertThat(withBom.text()).isEqualTo(COTE);
        assertThat(withBom.findings()).isEmpty();
    }

    @Test
    void utf16WithByteOrderMarkInBothByteOrders() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, COTE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, COTE.getBytes(StandardCharsets.UTF_16BE));
        assertThat(read("le.txt", le).text()).isEqualTo(COTE);
        assertThat(read("be.txt", be).text()).isEqualTo(COTE);
        assertThat(read("le.txt", le).findings()).isEmpty();
    }

    @Test
    void windows1252IsReadAndReportedAsGuessed() {
        DocumentText text = read("ansi.txt", COTE.getBytes(Charset.forName("windows-1252")));
        assertThat(text.text()).isEqualTo(COTE).doesNotContain("\u00c3");
        assertThat(codes(text)).containsExactly(FindingCode.ENCODING_GUESSED);
        assertThat(text.findings().get(0).message()).contains("Windows-1252", "offset 25");
    }

    @Test
    void utf8ThatWasOnceMisreadAsWindows1252IsRepairedAndReported() {
        String mojibake = new String(utf8(COTE), Charset.forName("windows-1252"));
        assertThat(mojibake).contains("C\u00c3\u00b4te");
        DocumentText text = read("mojibake.txt", utf8(mojibake));
        assertThat(text.text()).isEqualTo(COTE);
        assertThat(codes(text)).containsExactly(FindingCode.ENCODING_GUESSED);
    }

    @Test
    void accentedCapitalsThatAreNotMojibakeStay() {
        String name = "S\u00c3O TOM\u00c9 and \u00c2ge";
        assertThat(read("caps.txt", utf8(name)).text()).isEqualTo(name);
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreAnEncodingError() {
        DocumentText text = read("broken.txt", new byte[] {'a', (byte) 0xC3, 0x28, (byte) 0x81});
        assertThat(text.readable()).isFalse();
        assertThat(codes(text)).containsExactly(FindingCode.ENCODING_ERROR);
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThat(codes(read("empty.txt", new byte[0]))).containsExactly(FindingCode.EMPTY_FILE);
        assertThat(codes(read("blank.txt", utf8("  \n\t\n")))).containsExactly(FindingCode.EMPTY_FILE);
        assertThat(codes(read("empty.pdf", new byte[0]))).containsExactly(FindingCode.EMPTY_FILE);
    }

    @Test
    void randomBytesNamedPdfAreNoFormat() {
        DocumentText text = read("scan.pdf", BadDocuments.randomBytes(4096));
        assertThat(codes(text)).containsExactly(FindingCode.UNSUPPORTED_FORMAT);
        assertThat(text.findings().get(0).message()).contains("although the name says .pdf");
    }

    @Test
    void aTextFileNamedDocxIsReadAsTextAndTheMismatchReported() {
        DocumentText text = read("report.docx", utf8(COTE));
        assertThat(text.text()).isEqualTo(COTE);
        assertThat(codes(text)).containsExactly(FindingCode.FORMAT_MISMATCH);
        assertThat(text.findings().get(0).message()).isEqualTo(
                "The name says .docx but the content is plain text; it was read as plain text");
    }

    @Test
    void aPdfNamedTxtIsReadAsPdf() throws Exception {
        DocumentText text = read("report.txt", BadDocuments.pdfWithText("The meeting was opened."));
        assertThat(text.text()).contains("The meeting was opened.");
        assertThat(codes(text)).containsExactly(FindingCode.FORMAT_MISMATCH);
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws Exception {
        DocumentText text = read("secret.pdf", BadDocuments.passwordProtectedPdf());
        assertThat(codes(text)).containsExactly(FindingCode.ENCRYPTED_DOCUMENT);
        assertThat(text.findings().get(0).message()).contains("password");
    }

    @Test
    void anImageOnlyPdfHasNoTextLayer() throws Exception {
        DocumentText text = read("scan.pdf", BadDocuments.imageOnlyPdf());
        assertThat(codes(text)).containsExactly(FindingCode.NO_TEXT_LAYER);
        assertThat(text.findings().get(0).message()).contains("no text layer", "OCR not supported");
    }

    @Test
    void aTruncatedPdfIsDamaged() throws Exception {
        assertThat(codes(read("cut.pdf", BadDocuments.truncatedPdf()))).containsExactly(FindingCode.DAMAGED_DOCUMENT);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsExpanded() throws Exception {
        byte[] bomb = BadDocuments.zipBombDocx();
        assertThat(bomb.length).isLessThan(100_000);
        assertThat(codes(read("bomb.docx", bomb))).containsExactly(FindingCode.UNSAFE_DOCUMENT);
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() throws Exception {
        DocumentText text = read("archive.docx", BadDocuments.plainZip());
        assertThat(text.readable()).isFalse();
        assertThat(codes(text)).hasSize(1).first().isIn(FindingCode.UNSUPPORTED_FORMAT, FindingCode.DAMAGED_DOCUMENT);
    }

    @Test
    void aWord97DocumentIsRefusedWithAdvice() {
        byte[] ole2 = concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, new byte[512]);
        DocumentText text = read("old.doc", ole2);
        assertThat(codes(text)).containsExactly(FindingCode.UNSUPPORTED_FORMAT);
        assertThat(text.findings().get(0).message()).contains(".docx");
    }

    @Test
    void aLineOfMegabytesIsRefused() {
        DocumentText text = new DocumentFiles(new ReadLimits(50L * 1024 * 1024, 1000))
                .read("long.txt", utf8("1.\tA paragraph.\n2.\tAnother.\n" + "x".repeat(2_000_000) + "\n3.\tLast."));
        assertThat(codes(text)).containsExactly(FindingCode.LINE_TOO_LONG);
        assertThat(text.findings().get(0).location()).isEqualTo("line 3");
        assertThat(text.findings().get(0).message()).contains("The line 3 has 2000000 characters", "limit of 1000",
                "--max-line-length");
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadAtAll() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[4096]);
        DocumentText text = new DocumentFiles(new ReadLimits(1000, 1000)).read(big);
        assertThat(codes(text)).containsExactly(FindingCode.FILE_TOO_LARGE);
        assertThat(text.sha256()).isEmpty();
    }

    @Test
    void theHashIsOfTheBytesWhateverTheFormat() {
        assertThat(read("a.txt", utf8("abc")).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static DocumentText read(String name, byte[] bytes) {
        return FILES.read(name, bytes);
    }

    private static java.util.List<FindingCode> codes(DocumentText text) {
        return text.findings().stream().map(Finding::code).toList();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
