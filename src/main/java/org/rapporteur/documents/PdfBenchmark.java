package org.rapporteur.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Compares Rapporteur's PDF reading (text per page, furniture found by repetition, hyphens joined) with PDFBox's bare
 * {@link PDFTextStripper} on the same files, and prints both times and their ratio. Without files it reads a
 * generated report of the given number of pages.
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    /** A file given to the benchmark: its name and bytes. */
    public record Input(String name, byte[] bytes) {
    }

    /** Runs {@code rounds} timed rounds after {@code warmup} untimed ones; prints to {@code out}; returns the ratio. */
    public static double run(List<Input> inputs, int warmup, int rounds, PrintStream out) throws IOException {
        PdfReader ours = new PdfReader();
        long pages = 0;
        for (Input input : inputs) {
            try (PDDocument doc = Loader.loadPDF(input.bytes())) {
                pages += doc.getNumberOfPages();
            }
        }
        for (int i = 0; i < warmup; i++) {
            bare(inputs);
            ours(ours, inputs);
        }
        long[] bareTimes = new long[rounds];
        long[] ourTimes = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            // alternate the order so that neither side always runs on a warmer machine
            if (i % 2 == 0) {
                bareTimes[i] = bare(inputs);
                ourTimes[i] = ours(ours, inputs);
            } else {
                ourTimes[i] = ours(ours, inputs);
                bareTimes[i] = bare(inputs);
            }
        }
        double bare = median(bareTimes) / 1e6;
        double mine = median(ourTimes) / 1e6;
        double ratio = mine / bare;
        out.printf(java.util.Locale.ROOT, "files=%d pages=%d rounds=%d (median of each)%n", inputs.size(), pages,
                rounds);
        out.printf(java.util.Locale.ROOT, "pdfbox_text_stripper_ms=%.1f rapporteur_pdf_reader_ms=%.1f ratio=%.2f "
                + "(target <= 1.30)%n", bare, mine, ratio);
        return ratio;
    }

    private static long bare(List<Input> inputs) throws IOException {
        long start = System.nanoTime();
        long chars = 0;
        for (Input input : inputs) {
            try (PDDocument doc = Loader.loadPDF(input.bytes())) {
                chars += new PDFTextStripper().getText(doc).length();
            }
        }
        sink(chars);
        return System.nanoTime() - start;
    }

    private static long ours(PdfReader reader, List<Input> inputs) {
        long start = System.nanoTime();
        long chars = 0;
        for (Input input : inputs) {
            Extraction extraction = reader.read(input.bytes());
            chars += extraction.text() == null ? 0 : extraction.text().length();
        }
        sink(chars);
        return System.nanoTime() - start;
    }

    private static volatile long sink;

    private static void sink(long value) {
        sink += value;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /**
     * A report-like PDF of {@code pages} pages: a running header and footer on every page, numbered paragraphs of
     * deliberations that run across pages, and words hyphenated at line ends.
     */
    public static byte[] generatedReport(int pages) throws IOException {
        String[] sentences = {
            "Many speakers were of the opinion that existing international instruments were sufficient.",
            "Some speakers stressed the importance of technical assistance and capacity-building for developing "
                    + "countries.",
            "Other speakers called for the elaboration of a new comprehensive international convention.",
            "The representative of a regional organization described the cooperation among its member States.",
            "Several delegations expressed concern about the protection of personal data and human rights.",
        };
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        int linesPerPage = 45;
        List<String> lines = new ArrayList<>();
        int paragraph = 1;
        while (lines.size() < pages * linesPerPage) {
            StringBuilder text = new StringBuilder(paragraph++ + ". ");
            for (int s = 0; s < 4; s++) {
                text.append(sentences[(paragraph + s) % sentences.length]).append(' ');
            }
            lines.addAll(wrap(text.toString().strip(), 88));
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    line(content, font, p % 2 == 0 ? 72 : 400, 750, "UNODC/CCPCJ/EG.4/2099/2");
                    float y = 720;
                    for (int i = p * linesPerPage; i < (p + 1) * linesPerPage; i++) {
                        line(content, font, 72, y, lines.get(i));
                        y -= 14;
                    }
                    line(content, font, p % 2 == 0 ? 400 : 72, 40, "V.99-00001    " + (p + 1) + "/" + pages);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** Fills lines of about {@code width} characters, breaking long words with a hyphen as typesetters do. */
    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > width) {
                int room = width - line.length() - 2;
                if (word.length() >= 9 && room >= 4 && word.chars().allMatch(Character::isLetter)) {
                    line.append(' ').append(word, 0, room).append('-');
                    word = word.substring(room);
                }
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
