package org.rapporteur.export;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles, made once per combination and shared by every cell that looks alike (a workbook holds
 * at most 64,000 styles, so never one per cell). Made in the order first asked for, so the same content gives the same
 * styles part.
 */
final class WorkbookStyles {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String PERCENT_FORMAT = "0.0%";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    /** How a cell looks; {@code fill} is six hex digits or null; {@code right}: aligned right (a number's header). */
    record Look(boolean bold, String format, boolean wrap, String fill, boolean link, boolean quoted, boolean italic,
                boolean large, boolean right) {

        static final Look PLAIN = new Look(false, null, false, null, false, false, false, false, false);
        static final Look BOLD = PLAIN.withBold();

        Look withBold() {
            return new Look(true, format, wrap, fill, link, quoted, italic, large, right);
        }

        Look withFormat(String f) {
            return new Look(bold, f, wrap, fill, link, quoted, italic, large, right);
        }

        Look withWrap() {
            return new Look(bold, format, true, fill, link, quoted, italic, large, right);
        }

        Look withFill(String rgb) {
            return new Look(bold, format, wrap, rgb, link, quoted, italic, large, right);
        }

        Look withLink() {
            return new Look(bold, format, wrap, fill, true, quoted, italic, large, right);
        }

        Look withQuoted() {
            return new Look(bold, format, wrap, fill, link, true, italic, large, right);
        }

        Look withItalic() {
            return new Look(bold, format, wrap, fill, link, quoted, true, large, right);
        }

        Look withLarge() {
            return new Look(true, format, wrap, fill, link, quoted, italic, true, right);
        }

        Look withRight() {
            return new Look(bold, format, wrap, fill, link, quoted, italic, large, true);
        }
    }

    private final XSSFWorkbook workbook;
    private final Map<Look, CellStyle> styles = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** The style of a look; null for the plain look (the workbook's default style). */
    CellStyle of(Look look) {
        if (look.equals(Look.PLAIN)) {
            return null;
        }
        return styles.computeIfAbsent(look, this::create);
    }

    /** The number of a look's style in the workbook's styles part (0: the default style). */
    int number(Look look) {
        CellStyle style = of(look);
        return style == null ? 0 : style.getIndex();
    }

    private CellStyle create(Look look) {
        XSSFCellStyle style = workbook.createCellStyle();
        if (look.bold() || look.link() || look.italic() || look.large()) {
            style.setFont(font(look));
        }
        if (look.format() != null) {
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(look.format()));
        }
        if (look.wrap()) {
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
        }
        if (look.fill() != null) {
            // ARGB, as the schema wants: opaque
            style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex("FF" + look.fill()), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (look.quoted()) {
            style.setQuotePrefixed(true);
        }
        if (look.right()) {
            style.setAlignment(HorizontalAlignment.RIGHT);
        }
        return style;
    }

    private Font font(Look look) {
        String key = look.bold() + "/" + look.link() + "/" + look.italic() + "/" + look.large();
        return fonts.computeIfAbsent(key, k -> {
            XSSFFont font = workbook.createFont();
            font.setBold(look.bold());
            font.setItalic(look.italic());
            if (look.large()) {
                font.setFontHeightInPoints((short) 14);
            }
            if (look.link()) {
                font.setUnderline(Font.U_SINGLE);
                font.setColor(IndexedColors.BLUE.getIndex());
            }
            return font;
        });
    }
}
