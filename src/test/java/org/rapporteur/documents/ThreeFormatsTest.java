package org.rapporteur.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.positions.CodebookReader;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.ReportParser;

/**
 * One report as .txt (as Word saves text), as .docx (automatic numbering, a running header, a footer with the page
 * number, a footnote, a section break, a table) and as .pdf (a running header that alternates sides, a footer with
 * the job number and "n/N", paragraphs broken across pages, hyphenated words): the same facts from all three.
 */
class ThreeFormatsTest {

    static final NameResolver RESOLVER = new NameResolver(ReferenceData.loadDefault());
    static final PositionClassifier CLASSIFIER = new PositionClassifier(CodebookReader.readDefault(),
            name -> RESOLVER.resolve(name).map(Entity::code));
    static final DocumentFiles FILES = new DocumentFiles(ReadLimits.DEFAULT);

    static ReportRenderer renderer;
    static String txt;
    static DocumentText fromDocx;
    static DocumentText fromPdf;

    @BeforeAll
    static void renderTheReportInThreeFormats() throws Exception {
        String word = Files.readString(Path.of("src/test/resources/documents/three-formats-report.txt"));
        renderer = new ReportRenderer("CTOC/COP/WG.3/2024/2", "V.24-09876", word);
        txt = renderer.expectedWordText();
        fromDocx = FILES.read("report.docx", renderer.docx());
        fromPdf = FILES.read("report.pdf", renderer.pdf(14));
    }

    @Test
    void theDocxGivesTheTextWordSavesWithNumbersRebuiltAndFootnotesLeftOut() {
        assertThat(fromDocx.findings()).isEmpty();
        assertThat(fromDocx.text()).isEqualTo(txt);
        assertThat(fromDocx.text()).contains("15.\tThe Working Group had before it the following documents:\n"
                        + "Symbol\tTitle\nCTOC/COP/WG.3/2024/1\tAnnotated provisional agenda\n")
                .contains("III.\tOrganization of the meeting\nA.\tOpening of the meeting\n")
                .doesNotContain("Decision 11/2 is contained", "footnoteRef");
        // the first page's header and footer once, at the top, where the parser reads the symbol and job number
        assertThat(fromDocx.text()).startsWith("CTOC/COP/WG.3/2024/2\nV.24-09876\n");
        assertThat(fromDocx.text().split("V\\.24-09876", -1)).hasSize(2);
    }

    @Test
    void thePdfLosesItsRunningHeaderAndFooterOnEveryPageAndJoinsHyphenatedWords() {
        assertThat(renderer.pdfPages).isGreaterThanOrEqualTo(4);
        assertThat(renderer.hyphenatedInPdf).isNotEmpty();
        assertThat(renderer.pdfParagraphsBrokenAcrossPages).isGreaterThanOrEqualTo(1);
        String text = fromPdf.text();
        assertThat(fromPdf.findings()).isEmpty();
        // the furniture is written once, at the top, where the parser reads symbol and job number from it
        assertThat(text.lines().limit(3)).contains("CTOC/COP/WG.3/2024/2");
        assertThat(text.split("V\\.24-09876", -1)).hasSize(2);
        assertThat(text).doesNotContainPattern("(?m)^\\d+/\\d+$");
        for (String word : renderer.hyphenatedInPdf) {
            assertThat(text).as("hyphenated at a line end: %s", word).contains(word);
        }
    }

    @Test
    void allThreeFormatsGiveTheSameFacts() {
        Facts fromText = facts(txt);
        assertThat(fromText.report().symbol().text()).isEqualTo("CTOC/COP/WG.3/2024/2");
        assertThat(fromText.report().sessionNumber()).isEqualTo(15);
        assertThat(fromText.report().participation()).hasSizeGreaterThan(15);
        assertThat(fromText.positions().positions()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(facts(fromDocx.text())).isEqualTo(fromText);
        assertThat(facts(fromPdf.text())).isEqualTo(fromText);
    }

    /** The facts a report gives, without the paragraph texts (which differ in line breaks) and the source. */
    record Facts(MeetingReport report, ReportPositions positions) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Facts f && summary().equals(f.summary());
        }

        @Override
        public int hashCode() {
            return summary().hashCode();
        }

        List<Object> summary() {
            return List.of(String.valueOf(report.symbol()), report.status(), report.jobNumber(),
                    String.valueOf(report.sessionNumber()), String.valueOf(report.startDate()),
                    String.valueOf(report.endDate()), report.venue(), report.attendance(), report.participation(),
                    report.findings(), positions.positions().stream()
                            .map(p -> p.paragraph() + "/" + p.sentenceIndex() + " " + p.position()).toList());
        }

        @Override
        public String toString() {
            return summary().toString();
        }
    }

    static Facts facts(String text) {
        MeetingReport report = new ReportParser(RESOLVER).parse("report", text);
        return new Facts(report, ReportPositions.of(report, CLASSIFIER));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
