package org.rapporteur.participants;

import java.util.regex.Pattern;

/**
 * A cell a spreadsheet broke before the list was exported: an error value in place of the text ("#REF!", "#N/A",
 * "#VALUE!", "#NAME?", "#DIV/0!"), a column too narrow for its value shown as "####", or text whose characters were
 * lost in a conversion (the replacement character U+FFFD, shown as "�"). Such a cell names no person and no
 * delegation: its row is a bad row, never counted.
 */
final class BrokenCells {

    private static final Pattern ERROR_VALUE = Pattern.compile("(?i)#(?:REF!|N/?A\\b|VALUE!|NAME\\?|DIV/0!|NULL!|NUM!"
            + "|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA"
            // as French, Spanish and German Excel write them
            + "|VALEUR!|NOM\\?|NOMBRE\\?|¿NOMBRE\\?|¡REF!|VALOR!|NUL!|NOMBRE!|NÚM!|BEZUG!|WERT!|NV\\b|ZAHL!"
            + "|DIV/0!)");
    private static final Pattern HASHES = Pattern.compile("\\s*#{2,}\\s*");

    private BrokenCells() {
    }

    /** Whether the cell holds an error value, only hashes, or a character lost in a conversion. */
    static boolean broken(String cell) {
        return cell != null && !cell.isEmpty() && (cell.indexOf('\uFFFD') >= 0 || HASHES.matcher(cell).matches()
                || ERROR_VALUE.matcher(cell).find());
    }

    /** Why a row whose name or delegation cell is broken is left out, or null where neither is. */
    static String why(String first, String last, String delegation) {
        if (broken(first) || broken(last)) {
            return "The name cell holds a spreadsheet error (\"#REF!\", \"#N/A\", \"#VALUE!\"), a column too narrow "
                    + "(\"####\") or characters lost in a conversion (\"\uFFFD\"): no person can be read; the row is "
                    + "left out (correct the cell and export the list again)";
        }
        if (broken(delegation)) {
            return "The delegation cell holds a spreadsheet error (\"#REF!\", \"#N/A\"), a column too narrow (\"####\") "
                    + "or characters lost in a conversion (\"\uFFFD\"): no delegation can be read; the row is left out";
        }
        return null;
    }
}
