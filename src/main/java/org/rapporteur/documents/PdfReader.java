package org.rapporteur.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.rapporteur.quality.FindingCode;

/**
 * PDF with Apache PDFBox: the text of each page in reading order; running headers and footers (the symbol, the job
 * number, "4/5") found by their repetition at the top or bottom of the pages, not by a list of known strings, and
 * written once at the top, where the parser reads the symbol and job number from them; words hyphenated at line ends
 * joined (keeping the hyphen only where the document writes the word with one); one line per printed line otherwise,
 * which the parser joins into paragraphs across line and page breaks. Encrypted, damaged and image-only PDFs are
 * refused with a finding.
 */
final class PdfReader implements DocumentReader {

    /** How many lines at the top and at the bottom of a page can be running headers or footers. */
    static final int FURNITURE_LINES = 3;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TRAILING_BROKEN_WORD = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{Ll}\\p{L}*)(\\S*)\\s*");

    @Override
    public Extraction read(byte[] bytes) {
        List<String> pages;
        var frameDamage = PdfStructure.frameDamage(bytes);
        if (frameDamage.isPresent()) {
            return damaged(frameDamage.get());
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                return Extraction.refused(FindingCode.DAMAGED_DOCUMENT, "The PDF has no pages");
            }
            var pageDamage = PdfStructure.pageDamage(document);
            if (pageDamage.isPresent()) {
                return damaged(pageDamage.get());
            }
            PageCollector stripper = new PageCollector();
            stripper.collect(document);
            pages = stripper.pages;
        } catch (InvalidPasswordException e) {
            return Extraction.refused(FindingCode.ENCRYPTED_DOCUMENT,
                    "The PDF is protected by a password; save an unprotected copy");
        } catch (IOException | RuntimeException e) {
            return Extraction.refused(FindingCode.DAMAGED_DOCUMENT,
                    "The PDF is damaged and cannot be read: " + e.getMessage());
        }
        if (pages.stream().allMatch(String::isBlank)) {
            return Extraction.refused(FindingCode.NO_TEXT_LAYER,
                    "The PDF has no text layer (" + pages.size() + " page(s) of images?); OCR not supported");
        }
        return new Extraction(assemble(pages), List.of());
    }

    private static Extraction damaged(String what) {
        return Extraction.refused(FindingCode.DAMAGED_DOCUMENT, "The PDF is damaged: " + what + ". It is not read, "
                + "so that no part of it is taken for the whole report; save or download it again");
    }

    /** The text of the pages without their running headers and footers, hyphenated line ends joined. */
    static String assemble(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        for (String page : pages) {
            List<String> pageLines = new ArrayList<>();
            for (String line : page.split("\\r?\\n")) {
                if (!line.isBlank()) {
                    pageLines.add(line.strip());
                }
            }
            lines.add(pageLines);
        }
        Set<String> furniture = furniture(lines);
        Set<String> header = new LinkedHashSet<>();
        List<String> body = new ArrayList<>();
        for (List<String> pageLines : lines) {
            for (int i = 0; i < pageLines.size(); i++) {
                String line = pageLines.get(i);
                boolean edge = i < FURNITURE_LINES || i >= pageLines.size() - FURNITURE_LINES;
                if (edge && furniture.contains(key(line))) {
                    if (header.stream().noneMatch(h -> key(h).equals(key(line)))) {
                        header.add(line);
                    }
                } else {
                    body.add(line);
                }
            }
        }
        List<String> joined = joinHyphenated(body);
        StringBuilder text = new StringBuilder();
        header.forEach(h -> text.append(h).append('\n'));
        joined.forEach(l -> text.append(l).append('\n'));
        return text.toString();
    }

    /**
     * The lines that repeat at the top or the bottom of the pages, compared with their digits masked ("V.18-01878 4/5"
     * and "V.18-01878 5/5" are one): on at least two pages and at least a third of them (UN reports alternate the
     * running header between odd and even pages).
     */
    static Set<String> furniture(List<List<String>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> lines : pages) {
            Set<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i < FURNITURE_LINES || i >= lines.size() - FURNITURE_LINES) {
                    keys.add(key(lines.get(i)));
                }
            }
            keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        Set<String> furniture = new LinkedHashSet<>();
        int needed = Math.max(2, (int) Math.ceil(pages.size() / 3.0));
        pagesWith.forEach((k, n) -> {
            if (n >= needed) {
                furniture.add(k);
            }
        });
        return furniture;
    }

    static String key(String line) {
        return DIGITS.matcher(line.strip().replaceAll("\\s+", " ")).replaceAll("#").toLowerCase(Locale.ROOT);
    }

    /** "organiza-" at the end of a line and "tion of …" on the next become "organization" and "of …". */
    static List<String> joinHyphenated(List<String> lines) {
        Hyphenation hyphenation = new Hyphenation(lines);
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i + 1 < out.size(); i++) {
            Matcher broken = TRAILING_BROKEN_WORD.matcher(out.get(i));
            Matcher next = LEADING_WORD.matcher(out.get(i + 1));
            if (broken.find() && next.find()) {
                String head = broken.group(1);
                String tail = next.group(1);
                String glue = hyphenation.keepsHyphen(head, tail) ? "-" : "";
                String line = out.get(i);
                out.set(i, line.substring(0, line.length() - 1) + glue + tail + next.group(2));
                out.set(i + 1, out.get(i + 1).substring(next.end()));
                if (out.get(i + 1).isBlank()) {
                    out.remove(i + 1);
                }
            }
        }
        return out;
    }

    /** PDFBox's own text stripper, keeping each page's text apart. */
    private static final class PageCollector extends PDFTextStripper {

        final List<String> pages = new ArrayList<>();
        private final StringWriter writer = new StringWriter();
        private int mark;

        void collect(PDDocument document) throws IOException {
            writeText(document, writer);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            mark = writer.getBuffer().length();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            pages.add(writer.getBuffer().substring(mark));
        }
    }
}
