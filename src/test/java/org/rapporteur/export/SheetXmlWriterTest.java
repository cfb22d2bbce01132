package org.rapporteur.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

class SheetXmlWriterTest {

    @Test
    void writesTheCharactersPoiWritesForEveryKindOfCell() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            SXSSFSheet sheet = workbook.createSheet();
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(workbook.createFont());
            SXSSFRow row = sheet.createRow(41);
            row.setHeightInPoints(30f);
            sheet.setRowOutlineLevel(41, 1);
            row.createCell(0).setCellValue("Côte d'Ivoire <and> \"Ghana\" & Togo\tone\ntwo\rthree\u00a0four");
            row.createCell(1).setCellValue(" leading space");
            row.createCell(2).setCellValue("bell\u0007, U+FFFE \ufffe, U+FFFD \ufffd, pair \ud83d\ude00, lone \ud83d end");
            row.createCell(3).setCellValue(1234.5);
            row.createCell(4).setCellValue(7);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellValue(false);
            row.createCell(7).setCellStyle(bold); // blank, styled
            row.createCell(8).setCellFormula("SUM(D42:E42)");
            row.createCell(27).setCellValue("column AB, trailing space ");
            row.getCell(3).setCellStyle(bold);

            String poi = written(new GZIPSheetDataWriter(), row);
            String ours = written(new SheetXmlWriter(null), row);

            assertThat(ours).isEqualTo(poi);
            assertThat(ours).contains("<c r=\"A42\" t=\"inlineStr\"><is><t>Côte d'Ivoire &lt;and&gt; &quot;Ghana&quot; "
                    + "&amp; Togo&#x9;one&#xa;two&#xd;three&#xa0;four</t></is></c>");
            assertThat(ours).contains("<c r=\"AB42\" t=\"inlineStr\"><is><t xml:space=\"preserve\">column AB");
            assertThat(ours).contains("bell?, U+FFFE ?, U+FFFD \ufffd, pair \ud83d\ude00, lone ? end");
        }
    }

    private static String written(SheetDataWriter writer, SXSSFRow row) throws IOException {
        try {
            writer.writeRow(41, row);
            writer.close();
            try (InputStream in = writer.getWorksheetXMLInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(tempFile(writer));
        }
    }

    /** The writer's temporary file (POI deletes it only through the workbook). */
    private static java.nio.file.Path tempFile(SheetDataWriter writer) {
        try {
            java.lang.reflect.Method file = SheetDataWriter.class.getDeclaredMethod("getTempFile");
            file.setAccessible(true);
            return ((java.io.File) file.invoke(writer)).toPath();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
