package org.rapporteur.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.rapporteur.quality.FindingCode;

/**
 * Word (.docx) with Apache POI XWPF. Writes what the report parser reads from text saved by Word: the first page's
 * header once at the top (it carries the symbol and the job number, as the running header of a PDF does), then one line
 * per body paragraph in document order, with the paragraph number Word draws from its automatic numbering rebuilt as
 * text and followed by a tab ("12.\tMany speakers …"), and one line per table row with the cells separated by tabs.
 * Other headers, footers, footnotes and comments are left out; footnote reference marks are removed from the text.
 * Numbering continues across sections, and across lists that share an abstract numbering, as Word does.
 */
final class DocxReader implements DocumentReader {

    private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+]");

    static {
        ZipLimits.apply();
    }

    @Override
    public Extraction read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            // the first page's header and footer, once, where the parser looks for the symbol and the job number
            for (String furniture : firstPageFurniture(document)) {
                if (!furniture.isBlank()) {
                    text.append(furniture.strip()).append('\n');
                }
            }
            Numbering numbering = new Numbering(document);
            appendBody(document.getBodyElements(), numbering, text);
            return new Extraction(text.toString(), List.of());
        } catch (EncryptedDocumentException e) {
            return Extraction.refused(FindingCode.ENCRYPTED_DOCUMENT,
                    "The Word document is protected by a password: " + e.getMessage());
        } catch (UnsupportedFileFormatException e) {
            return Extraction.refused(FindingCode.UNSUPPORTED_FORMAT,
                    "A zip archive that is not a Word document: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (ZipLimits.exceeded(e)) {
                return Extraction.refused(FindingCode.UNSAFE_DOCUMENT,
                        "The Word document would expand beyond safe limits when opened (a zip bomb?): " + firstLine(message));
            }
            if (e instanceof org.apache.poi.ooxml.POIXMLException || e.getCause() instanceof InvalidFormatException
                    || e instanceof IOException) {
                return Extraction.refused(FindingCode.DAMAGED_DOCUMENT,
                        "The Word document is damaged and cannot be opened: " + firstLine(message));
            }
            return Extraction.refused(FindingCode.DAMAGED_DOCUMENT,
                    "The Word document cannot be read (" + e.getClass().getSimpleName() + "): " + firstLine(message));
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void appendBody(List<IBodyElement> elements, Numbering numbering, StringBuilder text) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                String line = oneLine(paragraphText(paragraph));
                String number = numbering.next(paragraph);
                if (line.isBlank() && number.isEmpty()) {
                    continue;
                }
                // leading tabs typed in the text (indentation of list items inside a paragraph) are kept
                text.append(number.isEmpty() ? "" : number + "\t").append(stripSpaces(line)).append('\n');
            } else if (element instanceof XWPFTable table) {
                appendTable(table, text);
            } else if (element instanceof XWPFSDT sdt) {
                String content = sdt.getContent().getText();
                for (String line : content.split("\n")) {
                    if (!line.isBlank()) {
                        text.append(oneLine(line).strip()).append('\n');
                    }
                }
            }
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(oneLine(cell.getText()).strip());
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                text.append(String.join("\t", cells)).append('\n');
            }
        }
    }

    /** The text of the paragraph's runs (hyperlinks and fields included), without the footnotes POI appends. */
    private static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (var run : paragraph.getIRuns()) {
            if (run instanceof org.apache.poi.xwpf.usermodel.XWPFRun r) {
                text.append(r.text());
            } else if (run instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText());
            }
        }
        return text.toString();
    }

    /** Trailing white space and leading spaces go; leading tabs (indentation as Word saves it) stay. */
    private static String stripSpaces(String line) {
        String trimmed = line.stripTrailing();
        int start = 0;
        while (start < trimmed.length() && trimmed.charAt(start) == ' ') {
            start++;
        }
        return trimmed.substring(start);
    }

    /** A paragraph's text on one line: line breaks become spaces, footnote marks go. */
    private static String oneLine(String text) {
        return NOTE_MARK.matcher(text).replaceAll("").replace('\r', ' ').replace('\n', ' ');
    }

    /** The header and the footer of the first page (the first section's "first" ones when it has a title page). */
    private static List<String> firstPageFurniture(XWPFDocument document) {
        var policy = document.getHeaderFooterPolicy();
        if (policy == null) {
            return List.of();
        }
        CTSectPr sectPr = document.getDocument().getBody().getSectPr();
        boolean titlePage = sectPr != null && sectPr.isSetTitlePg();
        XWPFHeaderFooter header = titlePage && policy.getFirstPageHeader() != null ? policy.getFirstPageHeader()
                : policy.getDefaultHeader();
        XWPFHeaderFooter footer = titlePage && policy.getFirstPageFooter() != null ? policy.getFirstPageFooter()
                : policy.getDefaultFooter();
        return List.of(text(header), text(footer));
    }

    private static String text(XWPFHeaderFooter part) {
        if (part == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : part.getParagraphs()) {
            String line = oneLine(paragraphText(p)).strip();
            if (!line.isBlank()) {
                text.append(line).append('\n');
            }
        }
        for (XWPFTable t : part.getTables()) {
            appendTable(t, text);
        }
        return text.toString();
    }

    /**
     * Word's automatic numbering, rebuilt: one counter per level of each abstract numbering definition, levels below
     * reset when a level above advances, a start override honoured the first time its list is used.
     */
    static final class Numbering {

        private final XWPFNumbering numbering;
        private final XWPFDocument document;
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private final Map<BigInteger, Boolean> overridesApplied = new HashMap<>();

        Numbering(XWPFDocument document) {
            this.document = document;
            this.numbering = document.getNumbering();
        }

        /** The number Word shows before this paragraph, e.g. "12." or "(b)"; "" for none or a bullet. */
        String next(XWPFParagraph paragraph) {
            if (numbering == null) {
                return "";
            }
            CTNumPr numPr = numPr(paragraph);
            if (numPr == null || numPr.getNumId() == null) {
                return "";
            }
            BigInteger numId = numPr.getNumId().getVal();
            int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
            if (numId == null || BigInteger.ZERO.equals(numId) || level < 0 || level > 8) {
                return "";
            }
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return "";
            }
            BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
            if (abstractNum == null) {
                return "";
            }
            CTAbstractNum definition = abstractNum.getCTAbstractNum();
            CTLvl[] levels = new CTLvl[9];
            for (CTLvl lvl : definition.getLvlArray()) {
                int ilvl = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
                if (ilvl >= 0 && ilvl < 9) {
                    levels[ilvl] = lvl;
                }
            }
            int[] counter = counters.computeIfAbsent(abstractId, id -> new int[9]);
            boolean[] started = new boolean[9];
            if (!overridesApplied.containsKey(numId)) {
                overridesApplied.put(numId, true);
                for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                    int ilvl = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
                    if (override.getStartOverride() != null && ilvl >= 0 && ilvl < 9) {
                        counter[ilvl] = override.getStartOverride().getVal().intValue() - 1;
                        started[ilvl] = true;
                        for (int deeper = ilvl + 1; deeper < 9; deeper++) {
                            counter[deeper] = 0;
                        }
                    }
                }
            }
            CTLvl lvl = levels[level];
            if (lvl == null) {
                return "";
            }
            if (counter[level] == 0 && !started[level]) {
                counter[level] = start(lvl) - 1;
            }
            counter[level]++;
            for (int deeper = level + 1; deeper < 9; deeper++) {
                counter[deeper] = 0;
            }
            String format = format(lvl);
            if ("bullet".equals(format) || "none".equals(format)) {
                return "";
            }
            String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "%" + (level + 1) + "."
                    : lvl.getLvlText().getVal();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    int ref = text.charAt(i + 1) - '1';
                    if (ref >= 0 && ref < 9) {
                        CTLvl refLvl = levels[ref];
                        int value = counter[ref] == 0 && refLvl != null ? start(refLvl) : counter[ref];
                        out.append(formatNumber(value, refLvl == null ? "decimal" : format(refLvl)));
                    }
                    i++;
                } else {
                    out.append(c);
                }
            }
            return out.toString().strip();
        }

        private CTNumPr numPr(XWPFParagraph paragraph) {
            CTPPr ppr = paragraph.getCTP().getPPr();
            if (ppr != null && ppr.getNumPr() != null) {
                return ppr.getNumPr();
            }
            // numbering given by the paragraph's style (e.g. a "Numbered paragraph" style), followed up its chain
            String styleId = paragraph.getStyleID();
            for (int depth = 0; styleId != null && depth < 10 && document.getStyles() != null; depth++) {
                XWPFStyle style = document.getStyles().getStyle(styleId);
                if (style == null) {
                    return null;
                }
                CTPPrGeneral sppr = style.getCTStyle().getPPr();
                if (sppr != null && sppr.getNumPr() != null) {
                    return sppr.getNumPr();
                }
                styleId = style.getBasisStyleID();
            }
            return null;
        }

        private static int start(CTLvl lvl) {
            return lvl.getStart() == null || lvl.getStart().getVal() == null ? 1 : lvl.getStart().getVal().intValue();
        }

        private static String format(CTLvl lvl) {
            return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal"
                    : lvl.getNumFmt().getVal().toString();
        }

        static String formatNumber(int value, String format) {
            return switch (format) {
                case "lowerLetter" -> letters(value).toLowerCase(java.util.Locale.ROOT);
                case "upperLetter" -> letters(value);
                case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
                case "upperRoman" -> roman(value);
                case "decimalZero" -> value < 10 ? "0" + value : String.valueOf(value);
                default -> String.valueOf(value);
            };
        }

        private static String roman(int value) {
            if (value <= 0 || value >= 4000) {
                return String.valueOf(value);
            }
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder out = new StringBuilder();
            int rest = value;
            for (int i = 0; i < values.length; i++) {
                while (rest >= values[i]) {
                    out.append(symbols[i]);
                    rest -= values[i];
                }
            }
            return out.toString();
        }

        /** Word's letter numbering: a … z, then aa … zz, then aaa …. */
        private static String letters(int value) {
            if (value <= 0) {
                return String.valueOf(value);
            }
            char letter = (char) ('A' + (value - 1) % 26);
            return String.valueOf(letter).repeat((value - 1) / 26 + 1);
        }
    }
}
