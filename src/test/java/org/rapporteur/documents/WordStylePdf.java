package org.rapporteur.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: a PDF written as Word and Acrobat write one, catalog and page tree first, then the pages in order,
 * then the cross-reference table, so that a copy cut short still holds a page tree and its first pages (PDFBox then
 * reads those pages and nothing says the rest is gone). Each page holds seven numbered lines of distinct words.
 */
public final class WordStylePdf {

    private int pages = 31;
    private int missingContentOfPage;
    private int countedPages = -1;
    private int startxrefShift;

    public WordStylePdf pages(int pages) {
        this.pages = pages;
        return this;
    }

    /** Leaves out the content stream of one page (from 1), its cross-reference entry marked free. */
    public WordStylePdf withoutContentOfPage(int page) {
        this.missingContentOfPage = page;
        return this;
    }

    /** Writes another number than the pages' in the page tree's /Count. */
    public WordStylePdf countingPages(int count) {
        this.countedPages = count;
        return this;
    }

    /** Writes a startxref offset this many bytes off. */
    public WordStylePdf startxrefShiftedBy(int bytes) {
        this.startxrefShift = bytes;
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int objects = 3 + 2 * pages;
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            offsets.add(-1L);
        }
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        StringBuilder kids = new StringBuilder();
        for (int p = 0; p < pages; p++) {
            kids.append(4 + 2 * p).append(" 0 R ");
        }
        object(out, offsets, 1, "<< /Type /Catalog /Pages 2 0 R >>");
        object(out, offsets, 2, "<< /Type /Pages /Kids [" + kids + "] /Count "
                + (countedPages < 0 ? pages : countedPages) + " >>");
        object(out, offsets, 3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"};
        for (int p = 0; p < pages; p++) {
            int page = 4 + 2 * p;
            object(out, offsets, page, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
                    + "<< /F1 3 0 R >> >> /Contents " + (page + 1) + " 0 R >>");
            if (p + 1 == missingContentOfPage) {
                continue;
            }
            StringBuilder text = new StringBuilder("BT /F1 12 Tf 72 700 Td 14 TL ");
            for (int l = 0; l < 7; l++) {
                text.append('(').append(p * 7 + l + 1).append(". ").append(words[(p + l) % 7]).append(' ')
                        .append(words[(p * 3 + l) % 7]).append(" text of this line) Tj T* ");
            }
            text.append("ET");
            object(out, offsets, page + 1, "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(offset < 0 ? "0000000000 00001 f \n" : String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref + startxrefShift).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void object(ByteArrayOutputStream out, List<Long> offsets, int number, String body) {
        offsets.set(number - 1, (long) out.size());
        write(out, number + " 0 obj\n" + body + "\nendobj\n");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
