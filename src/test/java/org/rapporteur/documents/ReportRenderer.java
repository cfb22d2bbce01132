package org.rapporteur.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Test support: renders one report, written as Word saves text (one line per paragraph, "12.\t…" for numbered
 * paragraphs, "I.\t…" chapters, "A.\t…" sections, "|a|b|" table rows), as a .docx whose numbers are Word's automatic
 * numbering (with a running header, a footer with the page number, a footnote and a section break), and as a .pdf
 * laid out in lines on small pages (a running header that alternates sides, a footer with the job number and "n/N",
 * paragraphs broken across pages, long words hyphenated at line ends).
 */
public final class ReportRenderer {

    private static final Pattern CHAPTER = Pattern.compile("([IVXL]+)\\.\\t(.*)");
    private static final Pattern SECTION = Pattern.compile("([A-Z])\\.\\t(.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\.\\t(.*)");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^([^\\]]+)]");

    private final String header;
    private final String jobNumber;
    private final List<String> lines;
    /** Words the PDF broke at a line end with a hyphen, as they are written whole. */
    final Set<String> hyphenatedInPdf = new LinkedHashSet<>();
    int pdfPages;
    /** Page breaks that fall inside a paragraph in the PDF. */
    int pdfParagraphsBrokenAcrossPages;

    /**
     * @param header    the running header (the symbol)
     * @param jobNumber the job number printed in the footer
     * @param wordText  the report as Word saves it as text; "[^note text]" in a paragraph is a footnote
     */
    public ReportRenderer(String header, String jobNumber, String wordText) {
        this.header = header;
        this.jobNumber = jobNumber;
        this.lines = wordText.lines().filter(l -> !l.isBlank()).toList();
    }

    /**
     * The text a reader should give for the .docx: the first page's header and footer, then the body as Word saves
     * it, without footnotes.
     */
    public String expectedWordText() {
        StringBuilder out = new StringBuilder(header).append('\n').append(jobNumber).append('\n');
        for (String line : lines) {
            String text = FOOTNOTE_MARK.matcher(line).replaceAll("");
            if (text.startsWith("|")) {
                text = String.join("\t", cells(text));
            }
            out.append(text).append('\n');
        }
        return out.toString();
    }

    // ---- Word -------------------------------------------------------------------------------------------------

    public byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFHeader head = doc.createHeader(HeaderFooterType.DEFAULT);
            head.createParagraph().createRun().setText(header);
            XWPFFooter foot = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph footer = foot.createParagraph();
            footer.createRun().setText(jobNumber + " ");
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger headings = numbering.addNum(numbering.addAbstractNum(abstractNum(1,
                    new String[] {"upperRoman", "upperLetter"})));
            BigInteger paragraphs = numbering.addNum(numbering.addAbstractNum(abstractNum(2,
                    new String[] {"decimal", "lowerLetter"})));
            List<String[]> table = new ArrayList<>();
            int numbered = 0;
            for (String line : lines) {
                if (line.startsWith("|")) {
                    table.add(cells(line).toArray(String[]::new));
                    continue;
                }
                flushTable(doc, table);
                Matcher m;
                XWPFParagraph p = doc.createParagraph();
                String text = line;
                if ((m = NUMBERED.matcher(line)).matches()) {
                    number(p, paragraphs, 0);
                    text = m.group(2);
                    numbered++;
                    if (numbered == 3) {
                        // a section break after the third numbered paragraph: Word's numbering runs on across it
                        p.getCTP().getPPr().addNewSectPr();
                    }
                } else if ((m = CHAPTER.matcher(line)).matches()) {
                    number(p, headings, 0);
                    text = m.group(2);
                } else if ((m = SECTION.matcher(line)).matches()) {
                    number(p, headings, 1);
                    text = m.group(2);
                }
                writeWithFootnotes(doc, p, text);
            }
            flushTable(doc, table);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void writeWithFootnotes(XWPFDocument doc, XWPFParagraph p, String text) {
        Matcher m = FOOTNOTE_MARK.matcher(text);
        int at = 0;
        while (m.find()) {
            p.createRun().setText(text.substring(at, m.start()));
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText(m.group(1));
            p.addFootnoteReference(note);
            at = m.end();
        }
        p.createRun().setText(text.substring(at));
    }

    private static void flushTable(XWPFDocument doc, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                table.getRow(r).getCell(c).setText(c < rows.get(r).length ? rows.get(r)[c] : "");
            }
        }
        rows.clear();
    }

    private static void number(XWPFParagraph p, BigInteger numId, int level) {
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
    }

    private static XWPFAbstractNum abstractNum(int id, String[] formats) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < formats.length; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(formats[level]));
            lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
        }
        return new XWPFAbstractNum(definition);
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    // ---- PDF --------------------------------------------------------------------------------------------------

    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13;
    private static final float LEFT = 60;
    private static final float WIDTH = 360;

    public byte[] pdf(int linesPerPage) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        List<String> printed = new ArrayList<>();
        Set<Integer> paragraphStarts = new java.util.HashSet<>();
        for (String line : lines) {
            String text = FOOTNOTE_MARK.matcher(line).replaceAll("");
            paragraphStarts.add(printed.size());
            if (text.startsWith("|")) {
                printed.add(String.join("    ", cells(text)));
                continue;
            }
            int indent = 0;
            while (indent < text.length() && text.charAt(indent) == '\t') {
                indent++;
            }
            text = text.substring(indent).replaceFirst("^([IVXL]+|[A-Z]|\\d+)\\.\\t", "$1. ").replace('\t', ' ');
            String pad = "    ".repeat(indent);
            wrap(font, text).forEach(l -> printed.add(pad + l));
        }
        for (int top = linesPerPage; top < printed.size(); top += linesPerPage) {
            if (!paragraphStarts.contains(top)) {
                pdfParagraphsBrokenAcrossPages++;
            }
        }
        return layout(font, printed, linesPerPage);
    }

    /** The given lines as printed lines, unwrapped, on pages with the running header and footer. */
    public byte[] pdfOfLines(List<String> printed, int linesPerPage) throws IOException {
        return layout(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), printed, linesPerPage);
    }

    private byte[] layout(PDType1Font font, List<String> printed, int linesPerPage) throws IOException {
        int pages = (printed.size() + linesPerPage - 1) / linesPerPage;
        pdfPages = pages;
        float pageWidth = 120 + Math.max(WIDTH, (float) printed.stream().mapToDouble(l -> {
            try {
                return width(font, l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).max().orElse(0));
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int page = 0; page < pages; page++) {
                PDPage pdPage = new PDPage(new PDRectangle(pageWidth, 120 + linesPerPage * LEADING));
                doc.addPage(pdPage);
                float top = pdPage.getMediaBox().getHeight() - 40;
                try (PDPageContentStream content = new PDPageContentStream(doc, pdPage)) {
                    // running header: the symbol, left on odd pages and right on even ones
                    float headerX = page % 2 == 0 ? LEFT : LEFT + WIDTH - width(font, header);
                    show(content, font, headerX, top, header);
                    float y = top - 2 * LEADING;
                    for (int i = page * linesPerPage; i < Math.min(printed.size(), (page + 1) * linesPerPage); i++) {
                        show(content, font, LEFT, y, printed.get(i));
                        y -= LEADING;
                    }
                    String footer = jobNumber + "    " + (page + 1) + "/" + pages;
                    show(content, font, page % 2 == 0 ? LEFT + WIDTH - width(font, footer) : LEFT, 40, footer);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, FONT_SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static float width(PDType1Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * FONT_SIZE;
    }

    /** Greedy line filling; a long plain word that does not fit is broken with a hyphen when enough of it fits. */
    private List<String> wrap(PDType1Font font, String text) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, candidate) <= WIDTH) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (word.matches("\\p{Ll}{8,}[,.;]?") && line.length() > 0) {
                for (int cut = word.replaceAll("[,.;]$", "").length() - 3; cut >= 3; cut--) {
                    String head = line + " " + word.substring(0, cut) + "-";
                    if (width(font, head) <= WIDTH) {
                        out.add(head);
                        hyphenatedInPdf.add(word.replaceAll("[,.;]$", ""));
                        word = word.substring(cut);
                        line.setLength(0);
                        break;
                    }
                }
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
            line.setLength(0);
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
