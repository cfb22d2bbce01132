package org.rapporteur.export;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;

/**
 * What a table's column holds, shown beside its header cell when the cell is selected (an input message, as a
 * spreadsheet's data validation shows one, on a validation that accepts any value). A sheet's headers are its CSV
 * file's column names ({@code sentence_index}, {@code code_system}): the reader learns what one means where they read
 * it, not only on the last sheet that lists every column.
 */
final class HeaderPrompts {

    /** Excel's limits: a message's title and its text longer than these make it "repair" the file. */
    static final int MAX_TITLE = 32;
    static final int MAX_TEXT = 255;

    private HeaderPrompts() {
    }

    /** Adds a message to each header cell (row 0) whose column has a meaning; none when there are none. */
    static void add(Sheet sheet, List<String> header, Map<String, String> meanings) {
        if (meanings.isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < header.size(); c++) {
            String meaning = meanings.get(header.get(c));
            if (meaning == null || meaning.isBlank()) {
                continue;
            }
            // (the helper makes no constraint of type ANY: it returns null for it)
            DataValidationConstraint any = new XSSFDataValidationConstraint(
                    DataValidationConstraint.ValidationType.ANY, (String) null);
            DataValidation prompt = helper.createValidation(any, new CellRangeAddressList(0, 0, c, c));
            prompt.setEmptyCellAllowed(true);
            prompt.setShowErrorBox(false);
            prompt.setShowPromptBox(true);
            prompt.createPromptBox(cut(header.get(c), MAX_TITLE), cut(meaning.strip(), MAX_TEXT));
            sheet.addValidationData(prompt);
        }
    }

    /** The text, or its first {@code max - 1} characters and "…". */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "\u2026";
    }
}
