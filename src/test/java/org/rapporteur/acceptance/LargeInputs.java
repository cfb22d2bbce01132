package org.rapporteur.acceptance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test support: lists of participants far larger than any fixture, written in seconds. The workbook is written part
 * by part as Excel writes one (names in the shared strings table, cells referring to them), without POI, so that
 * writing it costs the test neither minutes nor memory.
 */
public final class LargeInputs {

    static final String[] STATES = {"Brazil", "Chile", "Egypt", "Kenya", "France", "Germany", "India", "Japan",
            "Mexico", "Nigeria", "Peru", "Spain"};
    private static final String[] HEADER = {"Title", "First Name", "Last Name", "Position", "Delegation"};
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private LargeInputs() {
    }

    /** A CSV list of {@code rows} persons, "Given{n} Family{n}" of {@code prefix}, spread over twelve States. */
    public static void csvList(Path file, String prefix, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER) + "\n");
            for (int i = 1; i <= rows; i++) {
                out.write((i % 2 == 0 ? "Ms." : "Mr.") + "," + prefix + "Given" + i + "," + prefix + "Family" + i
                        + ",Delegate of the Permanent Mission to the United Nations Office at Vienna,"
                        + STATES[i % STATES.length] + "\n");
            }
        }
    }

    /** An .xlsx list of {@code rows} persons on one sheet, as {@link #csvList}. */
    public static void xlsxList(Path file, String prefix, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            part(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
                    + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>"
                    + "<sheet name=\"Participants\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" "
                    + "Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
                    + "Type=\"" + DOC_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            // shared strings: the header, the titles, the position, the States, then two names per person
            int fixed = HEADER.length + 3 + STATES.length;
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer strings = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            strings.write("<sst xmlns=\"" + MAIN + "\" uniqueCount=\"" + (fixed + 2L * rows) + "\">");
            for (String h : HEADER) {
                string(strings, h);
            }
            string(strings, "Ms.");
            string(strings, "Mr.");
            string(strings, "Delegate");
            for (String state : STATES) {
                string(strings, state);
            }
            for (int i = 1; i <= rows; i++) {
                string(strings, prefix + "Given" + i);
                string(strings, prefix + "Family" + i);
            }
            strings.write("</sst>");
            strings.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            sheet.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            row(sheet, 1, 0, 1, 2, 3, 4);
            for (int i = 1; i <= rows; i++) {
                int given = fixed + 2 * (i - 1);
                row(sheet, i + 1, HEADER.length + (i % 2 == 0 ? 0 : 1), given, given + 1, HEADER.length + 2,
                        HEADER.length + 3 + i % STATES.length);
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
    }

    private static void row(Writer sheet, int number, int... strings) throws IOException {
        sheet.write("<row r=\"" + number + "\">");
        for (int c = 0; c < strings.length; c++) {
            sheet.write("<c r=\"" + (char) ('A' + c) + number + "\" t=\"s\"><v>" + strings[c] + "</v></c>");
        }
        sheet.write("</row>");
    }

    private static void string(Writer out, String text) throws IOException {
        out.write("<si><t>" + text + "</t></si>");
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
