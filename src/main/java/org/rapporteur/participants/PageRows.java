package org.rapporteur.participants;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.rapporteur.participants.Columns.Column;

/**
 * Rows a printed list carries over when it is converted (PDF or Word to Excel or CSV) that hold no person of their own:
 * <ul>
 * <li><b>page furniture</b>: the running header (the document's symbol alone), the job number and page ("26-01234",
 * "3/9", "Page 3 of 9"), the column header repeated at the top of each page;</li>
 * <li><b>continuation lines</b>: a Word table's cell wrapped onto a row of its own when saved, the name cell empty and
 * only the rest of the function filled, right under the person it belongs to.</li>
 * </ul>
 * Neither ends the delegation the rows are grouped under, and neither is a bad row.
 */
final class PageRows {

    /** A UN job number ("26-01234", "V.26-01234"), a page number ("3/9", "- 3 -", "Page 3 of 9"). */
    private static final Pattern JOB_OR_PAGE = Pattern.compile("(?i)\\s*(?:[A-Z]\\.)?\\d{2}-\\d{5}(?:\\s*\\(E\\))?"
            + "|\\s*\\d{1,3}\\s*/\\s*\\d{1,3}\\s*|\\s*-\\s*\\d{1,3}\\s*-\\s*|\\s*(?:page|p\\.)\\s*\\d{1,3}"
            + "(?:\\s*(?:of|de|sur)\\s*\\d{1,3})?\\s*");

    private PageRows() {
    }

    /** Whether the row is page furniture: filled cells that are all job numbers and pages, a symbol alone, the header. */
    static boolean furniture(List<String> cells, Columns columns) {
        List<String> filled = cells.stream().filter(c -> c != null && !c.isBlank()).toList();
        if (filled.isEmpty()) {
            return false;
        }
        if (filled.stream().allMatch(c -> JOB_OR_PAGE.matcher(c).matches())) {
            return true;
        }
        if (filled.size() == 1 && !TitleRows.symbol(filled).isEmpty()) {
            return true;
        }
        return repeatsTheHeader(cells, columns.headers());
    }

    private static boolean repeatsTheHeader(List<String> cells, List<String> header) {
        int same = 0;
        for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (!Columns.key(cell).equals(Columns.key(header.get(i)))) {
                return false;
            }
            same += cell.isBlank() ? 0 : 1;
        }
        return same >= 2;
    }

    /** The end of a function cut in the middle: a comma, hyphen, slash or opening bracket, or a joining word. */
    private static final Pattern UNFINISHED = Pattern.compile("(?iu)(?:[,;:\\-–/&(]|\\b(?:of|and|for|to|the|on|in|"
            + "at|with|de|du|des|la|le|les|et|pour|aux?|à|del|y|para|en|los|las|el))\\s*$");

    /**
     * A row opening with an institution ("Ministry of …", "Permanent Mission of …", "Département …"): where a person's
     * post is followed by her institution on the next row, never a function of its own.
     */
    static final Pattern INSTITUTION_FIRST = Pattern.compile("(?iu)^\\s*(?:the\\s+)?(?:permanent\\s+|"
            + "national\\s+|federal\\s+)?(?:ministry|minist[èe]re|ministerio|mission|misi[óo]n|department|"
            + "d[ée]partement|departamento|directorate|direction|direcci[óo]n|division|divisi[óo]n|embassy|ambassade|"
            + "embajada|office|bureau|oficina|agency|agence|agencia|unit|unit[ée]|unidad|section|secci[óo]n|service|"
            + "servicio|institute|institut|instituto|university|universit[ée]|universidad|centre|center|centro|"
            + "council|conseil|consejo|commission|comisi[óo]n|government|gouvernement|gobierno|secretariat|"
            + "secr[ée]tariat|secretar[íi]a|delegation|d[ée]l[ée]gation|delegaci[óo]n|consulate|consulat|consulado)\\b");

    /**
     * The text of a continuation line, or null: the row's only filled cell is in the position column, and the row
     * right above it was a person (or a continuation line under her), unless that person's function reads as finished
     * and the row's own text is a whole function ("Second Secretary" under "…, Head of Delegation"): that row is a
     * person whose name is missing, not the rest of the function above.
     */
    static String continuation(List<String> cells, Columns columns, boolean rightUnderAPerson, String positionAbove) {
        if (!rightUnderAPerson) {
            return null;
        }
        String only = Groups.onlyCell(cells);
        if (only == null) {
            return null;
        }
        Optional<Integer> position = columns.position(Column.POSITION);
        if (position.isEmpty() || !only.equals(columns.get(cells, Column.POSITION))) {
            return null;
        }
        boolean finishedAbove = positionAbove != null && !positionAbove.isBlank()
                && !UNFINISHED.matcher(positionAbove.strip()).find();
        boolean wholeFunction = Character.isUpperCase(only.strip().codePointAt(0)) && CellKind.namesAPost(only)
                && !only.strip().matches("(?s).*[,(]\\s*$") && !INSTITUTION_FIRST.matcher(only).find();
        return finishedAbove && wholeFunction ? null : only;
    }

    /** The person above a continuation line, her function completed by it (and the head, where it now says so). */
    static Delegate completed(Delegate d, String rest, boolean headColumn) {
        String position = (d.position() + " " + rest).strip();
        return d.withPosition(position, d.headOfDelegation() || !headColumn && CellValues.headByPosition(position));
    }
}
