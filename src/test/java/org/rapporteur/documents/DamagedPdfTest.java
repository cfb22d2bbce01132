package org.rapporteur.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * A PDF that is not whole is refused (DAMAGED_DOCUMENT) rather than read in part: PDFBox alone reads the first pages
 * of a copy cut short and says nothing. Padding after the end marker and a cross-reference offset a few bytes off,
 * which writers leave in whole files, are accepted.
 */
class DamagedPdfTest {

    static final DocumentFiles FILES = new DocumentFiles(ReadLimits.DEFAULT);

    @Test
    void aWholePdfIsReadWithEveryPage() {
        DocumentText text = FILES.read("report.pdf", new WordStylePdf().bytes());

        assertThat(text.findings()).isEmpty();
        assertThat(text.text()).contains("1. alpha alpha", "217. bravo foxtrot").hasLineCount(217);
    }

    @Test
    void aPdfCutShortAnywhereIsRefusedNotReadInPart() {
        byte[] whole = new WordStylePdf().bytes();
        for (int percent = 10; percent < 100; percent += 10) {
            DocumentText text = FILES.read("report.pdf", Arrays.copyOf(whole, whole.length * percent / 100));

            assertThat(text.readable()).as("cut at %d%%", percent).isFalse();
            assertThat(text.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(FindingCode.DAMAGED_DOCUMENT);
                assertThat(f.message()).contains("no end-of-file marker (%%EOF)");
            });
        }
    }

    @Test
    void anUpdateCutShortAfterAWholeFileIsRefused() {
        byte[] whole = new WordStylePdf().bytes();
        // the whole file ends "%%EOF\n"; an update of 40 bytes follows, cut short
        byte[] updated = Arrays.copyOf(whole, whole.length + 40);
        System.arraycopy("4 0 obj\n<< /Type /Page /Parent 2 0 R /Med".getBytes(), 0, updated, whole.length, 40);

        assertThat(message(FILES.read("report.pdf", updated))).contains("41 bytes after its last end-of-file marker");
    }

    @Test
    void aBrokenCrossReferenceIsRefused() {
        DocumentText text = FILES.read("report.pdf", new WordStylePdf().startxrefShiftedBy(-400).bytes());

        assertThat(message(text)).contains("no cross-reference table where startxref says");
    }

    @Test
    void aMissingPageOrPageContentIsRefused() {
        assertThat(message(FILES.read("report.pdf", new WordStylePdf().withoutContentOfPage(5).bytes())))
                .contains("the content of page 5 of 31 is missing");
        assertThat(message(FILES.read("report.pdf", new WordStylePdf().countingPages(40).bytes())))
                .contains("its page tree counts 40 pages but 31 are there");
    }

    @Test
    void paddingAfterTheEndAndAnOffsetAFewBytesOffAreAccepted() {
        byte[] whole = new WordStylePdf().startxrefShiftedBy(3).bytes();
        byte[] padded = Arrays.copyOf(whole, whole.length + 2000);

        DocumentText text = FILES.read("report.pdf", padded);

        assertThat(text.findings()).isEmpty();
        assertThat(text.text()).hasLineCount(217);
    }

    private static String message(DocumentText text) {
        assertThat(text.readable()).isFalse();
        assertThat(text.findings()).extracting(Finding::code).containsExactly(FindingCode.DAMAGED_DOCUMENT);
        return text.findings().get(0).message();
    }
}
