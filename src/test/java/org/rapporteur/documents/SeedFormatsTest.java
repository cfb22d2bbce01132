package org.rapporteur.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed report (a real UN report, extracted from PDF as text) converted to .docx (paragraphs, chapter and section
 * headings with Word's automatic numbering) and to .pdf (its printed lines on pages with a running header and footer)
 * gives the same figures as the seed .txt.
 */
class SeedFormatsTest {

    static final Path SEED = Path.of("src/test/resources/seed/000_df15103811212375.txt");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.\\s+(.*)");
    private static final Pattern CHAPTER = Pattern.compile("([IVX]+)\\.\\s+(.*)");
    private static final Pattern SECTION = Pattern.compile("([A-H])\\.\\s+(.*)");
    private static final Pattern ITEM = Pattern.compile("(\\([a-z]\\))\\s+(.*)");
    private static final Pattern FURNITURE = Pattern.compile("UNODC/CCPCJ/EG\\.4/2018/L\\.1|V\\.18-01878 \\d/\\d");

    static ThreeFormatsTest.Facts fromTxt;
    static ThreeFormatsTest.Facts fromDocx;
    static ThreeFormatsTest.Facts fromPdf;

    @BeforeAll
    static void convertTheSeed() throws Exception {
        String seed = Files.readString(SEED);
        List<String> printed = seed.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        ReportRenderer renderer = new ReportRenderer("UNODC/CCPCJ/EG.4/2018/L.1", "V.18-01878", wordText(printed));
        fromTxt = ThreeFormatsTest.facts(seed);
        DocumentText docx = ThreeFormatsTest.FILES.read("seed.docx", renderer.docx());
        DocumentText pdf = ThreeFormatsTest.FILES.read("seed.pdf", renderer.pdfOfLines(printed, 40));
        assertThat(docx.findings()).isEmpty();
        assertThat(pdf.findings()).isEmpty();
        fromDocx = ThreeFormatsTest.facts(docx.text());
        fromPdf = ThreeFormatsTest.facts(pdf.text());
    }

    @Test
    void theSeedAsDocxGivesTheSameFiguresAsTheSeedTxt() {
        assertThat(fromDocx).isEqualTo(fromTxt);
    }

    @Test
    void theSeedAsPdfGivesTheSameFiguresAsTheSeedTxt() {
        assertThat(fromPdf).isEqualTo(fromTxt);
    }

    @Test
    void theFiguresAreTheSeedsHandCheckedOnes() {
        var report = fromTxt.report();
        assertThat(report.sessionNumber()).isEqualTo(4);
        assertThat(report.attendance()).extracting(a -> a.category() + "=" + a.count()).contains("MEMBER_STATE=91");
        assertThat(report.participation().stream().filter(p -> p.role().name().equals("STATEMENT")
                && p.entity().type().name().equals("MEMBER_STATE")).map(p -> p.entity().code()).distinct())
                .hasSize(23);
    }

    /**
     * The seed's printed lines as Word would hold them: one paragraph per numbered paragraph, heading or list item,
     * continuation lines joined; paragraph numbers, chapter and section letters left to Word's numbering. A number
     * that does not continue the sequence is an agenda item inside a paragraph; the PDF's page furniture goes.
     */
    static String wordText(List<String> printed) {
        List<StringBuilder> blocks = new ArrayList<>();
        int last = 0;
        for (String line : printed) {
            if (FURNITURE.matcher(line).matches()) {
                continue;
            }
            Matcher m;
            if ((m = NUMBERED.matcher(line)).matches() && Integer.parseInt(m.group(1)) == last + 1) {
                last++;
                blocks.add(new StringBuilder(last + ".\t" + m.group(2)));
            } else if ((m = NUMBERED.matcher(line)).matches()) {
                blocks.add(new StringBuilder("\t" + m.group(1) + ".\t" + m.group(2)));
            } else if ((m = CHAPTER.matcher(line)).matches() || (m = SECTION.matcher(line)).matches()) {
                blocks.add(new StringBuilder(m.group(1) + ".\t" + m.group(2)));
            } else if ((m = ITEM.matcher(line)).matches()) {
                blocks.add(new StringBuilder("\t" + m.group(1) + "\t" + m.group(2)));
            } else if (line.startsWith("http") || blocks.isEmpty()) {
                blocks.add(new StringBuilder(line));
            } else {
                blocks.get(blocks.size() - 1).append(' ').append(line);
            }
        }
        StringBuilder out = new StringBuilder();
        blocks.forEach(b -> out.append(b).append('\n'));
        return out.toString();
    }
}
