package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.participants.Columns.Column;

/**
 * How a sheet of a list is laid out, decided on its first {@link ParticipantListReader#HEADER_SEARCH_ROWS} rows:
 * <ul>
 * <li>a header row naming a delegation and a name column (the common form; the rows under it are the list);</li>
 * <li>a header naming a name column and another one but no delegation, with a <b>delegation heading row</b> under it
 * (a row holding only the name of a State or organisation, its members below it);</li>
 * <li>no header at all, delegation heading rows with their members below as "name | position" (a list laid out as
 * the secretariat prints it), or each person a block in one cell: read as if the header were "Name | Position".</li>
 * </ul>
 * A layout with heading rows is taken only where a heading row is seen within the first rows, so that a sheet of
 * something else is not read as a list.
 */
final class ListLayout {

    private static final List<String> PRINTED = List.of("Name", "Position");

    private final ParticipantListReader reader;
    private final List<TabularFile.Line> searched = new ArrayList<>();
    private int weakHeader = -1;
    /** The rows searched that hold something: blank lines and rules ("=====", "-----") do not use up the search. */
    private int counted;
    private boolean searching = true;
    private Columns columns;
    private boolean headings;
    /** Whether each person is written on one line, to be cut into columns ({@link OneLinePersons}). */
    private boolean oneLine;
    private List<TabularFile.Line> under = List.of();

    ListLayout(ParticipantListReader reader) {
        this.reader = reader;
    }

    boolean searching() {
        return searching;
    }

    /** Looks at one more row; the layout may be decided by it, or by the last row of the search. */
    void add(TabularFile.Line line) {
        searched.add(line);
        if (!line.isBlank() && !Groups.isRule(line.cells())) {
            counted++;
        }
        if (ParticipantListReader.isHeader(line.cells())) {
            take(Columns.of(line.cells()), false, List.of());
            return;
        }
        String only = Groups.onlyCell(line.cells());
        if (only != null && OneLinePersons.pieces(only).size() >= 2
                && ParticipantListReader.isHeader(OneLinePersons.pieces(only))) {
            // "Name, Title, Delegation" in one cell: the persons below are written one to a line
            Columns named = Columns.of(OneLinePersons.pieces(only));
            oneLine = true;
            take(Columns.of(List.of("Name", "Position", "Delegation", named.has(Column.GENDER) ? "Gender" : "",
                    named.has(Column.CHECKED_IN) ? "Checked in" : "")), false, List.of());
            return;
        }
        if (weakHeader < 0 && namesAPersonButNoDelegation(line.cells())) {
            weakHeader = searched.size() - 1;
        }
        if (counted >= ParticipantListReader.HEADER_SEARCH_ROWS) {
            end();
        }
    }

    /** No more rows to search: a layout with delegation heading rows, or none. */
    void end() {
        if (!searching) {
            return;
        }
        searching = false;
        if (weakHeader >= 0 && anyHeading(searched.subList(weakHeader + 1, searched.size()))) {
            take(Columns.of(searched.get(weakHeader).cells()), true,
                    searched.subList(weakHeader + 1, searched.size()));
        } else if (onePersonALine()) {
            oneLine = true;
            List<List<String>> split = searched.stream().map(l -> OneLinePersons.split(l.cells(), reader)).toList();
            take(Columns.of(OneLinePersons.header(split)), anyHeading(searched), searched);
        } else if (anyHeading(searched)) {
            // no header: the columns by what the rows under the headings hold, else "name | position"
            Columns found = ContentColumns.infer(searched, reader);
            take(found == null ? Columns.of(PRINTED) : found, true, searched);
        } else {
            // no header and no headings: the columns by what the cells hold, where they hold names and delegations
            Columns found = ContentColumns.infer(searched, reader);
            if (found != null && found.has(Column.DELEGATION)) {
                take(found, false, searched);
            }
        }
    }

    /** Whether the persons of the rows searched are written one to a line, in one cell, more of them than not. */
    private boolean onePersonALine() {
        int oneLine = 0;
        int wide = 0;
        boolean begun = false;
        for (TabularFile.Line line : searched) {
            String only = Groups.onlyCell(line.cells());
            String ticked = OneLinePersons.tickedLine(line.cells());
            if (ticked != null) {
                oneLine++; // "[x] Ms. A B, Counsellor" cut at its commas: one person still
                begun = true;
            } else if (only == null) {
                // a title line above the list ("Vienna, 12-13 May") is no row of columns
                wide += line.isBlank() || !begun ? 0 : 1;
            } else if (OneLinePersons.isPersonLine(only, reader)) {
                oneLine++;
                begun = true;
            } else {
                begun |= Groups.headingIn(only, reader) != null;
            }
        }
        return oneLine >= 2 && oneLine > wide;
    }

    /** Whether each row is a person written on one line, to be cut into the columns ({@link OneLinePersons}). */
    boolean oneLine() {
        return oneLine;
    }

    private void take(Columns found, boolean withHeadings, List<TabularFile.Line> rows) {
        searching = false;
        columns = found;
        headings = withHeadings;
        under = List.copyOf(rows);
        searched.clear();
    }

    /** The columns, once decided; null while searching or where the sheet is no list. */
    Columns columns() {
        return columns;
    }

    /** Whether delegations come from heading rows (no delegation column). */
    boolean headings() {
        return headings;
    }

    /** The rows already seen that belong under the header (all of them where there is none), to be read. */
    List<TabularFile.Line> rowsUnderHeader() {
        List<TabularFile.Line> rows = under;
        under = List.of();
        return rows;
    }

    private static boolean namesAPersonButNoDelegation(List<String> cells) {
        Columns columns = Columns.of(cells);
        return !columns.has(Column.DELEGATION) && (columns.has(Column.FIRST_NAME) || columns.has(Column.LAST_NAME))
                && columns.recognised() >= 2;
    }

    /**
     * A row with one filled cell naming a State or organisation, followed later by a row of two cells or more, by a
     * person's block in one cell ({@link PersonBlocks}) or by a person written on one line.
     */
    private boolean anyHeading(List<TabularFile.Line> rows) {
        for (int i = 0; i < rows.size(); i++) {
            String only = Groups.onlyCell(rows.get(i).cells());
            if (only != null && Groups.headingIn(only, reader) != null) {
                for (int j = i + 1; j < rows.size(); j++) {
                    if (rows.get(j).cells().stream().filter(c -> c != null && !c.isBlank()).count() >= 2
                            || PersonBlocks.isBlock(Groups.onlyCell(rows.get(j).cells()))
                            || OneLinePersons.isPersonLine(Groups.onlyCell(rows.get(j).cells()), reader)
                            || OneLinePersons.tickedLine(rows.get(j).cells()) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
