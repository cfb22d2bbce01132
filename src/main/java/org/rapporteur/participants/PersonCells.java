package org.rapporteur.participants;

import java.util.List;
import java.util.Locale;

import org.rapporteur.participants.Columns.Column;

/**
 * What a person's row says of her beyond her name and delegation, in the columns of one sheet: her honorific (in a
 * Title column, or written before her name), gender, whether she heads the delegation and whether she came.
 */
final class PersonCells {

    private final Columns columns;
    private final AttendanceDays days;

    PersonCells(Columns columns, AttendanceDays days) {
        this.columns = columns;
        this.days = days;
    }

    /**
     * The honorific: the Title column's, else the one written in the name ("Ms. Ana Silva"), also where the Title
     * column holds a job title ("Deputy Minister").
     */
    String title(List<String> cells, String first, String last) {
        String title = columns.get(cells, Column.TITLE);
        String inName = Gender.leadingHonorific(first.isEmpty() ? last : first);
        if (title.isEmpty() || Gender.fromHonorific(title) == Gender.UNKNOWN && !inName.isEmpty()) {
            return inName.isEmpty() ? title : inName;
        }
        return title;
    }

    /**
     * The function: the Position column's, else what a Title column holds when it is a post ("Deputy Minister", "Legal
     * Officer, Head of Delegation"), not an honorific.
     */
    String position(List<String> cells) {
        if (columns.has(Column.POSITION)) {
            return columns.get(cells, Column.POSITION);
        }
        String title = columns.get(cells, Column.TITLE);
        return CellKind.namesAPost(title) && Gender.leadingHonorific(title + " Xy").isEmpty() ? title : "";
    }

    /** The gender a gender column states, where the list has one and the cell is filled; else the honorific's. */
    Gender gender(List<String> cells, String title) {
        Gender stated = columns.has(Column.GENDER)
                ? GenderColumn.of(columns.header(Column.GENDER)).read(columns.get(cells, Column.GENDER)) : null;
        return stated != null ? stated : Gender.fromHonorific(title);
    }

    /**
     * Whether the row's check-in cell is blank under a header that says only "Registered": it says "not checked in" only
     * where the list's column holds a date elsewhere (its check-ins), and nothing where it is a registration flag.
     */
    boolean blankRegistration(List<String> cells) {
        return columns.has(Column.CHECKED_IN) && HeaderWords.registrationAlone(columns.header(Column.CHECKED_IN))
                && columns.get(cells, Column.CHECKED_IN).isBlank();
    }

    /** Whether the row's cell under a header that says only "Registered" holds a date: the column holds check-ins. */
    boolean datedRegistration(List<String> cells) {
        return columns.has(Column.CHECKED_IN) && HeaderWords.registrationAlone(columns.header(Column.CHECKED_IN))
                && Boolean.TRUE.equals(checkedIn(cells));
    }

    /** Checked in by the check-in column, else by a daily mark; null where the list says neither. */
    Boolean checkedIn(List<String> cells) {
        if (columns.has(Column.CHECKED_IN)) {
            String cell = columns.get(cells, Column.CHECKED_IN);
            if (HeaderWords.registrationAlone(columns.header(Column.CHECKED_IN))) {
                // "Registered": a date is the check-in, an empty cell none (unless no row holds a date: then the list
                // undoes it, see ListRows); a yes or any other word says nothing
                return cell.isBlank() ? Boolean.FALSE : CellValues.checkedIn(cell) && !CellValues.yes(cell) ? Boolean.TRUE
                        : null;
            }
            return CellValues.checkedIn(cell);
        }
        return days.any() ? Boolean.valueOf(days.signed(cells)) : null;
    }

    /**
     * The head by the head column, else by a remark that names the head ("HoD" under "Remarks"), else by a mark after
     * the name ({@code markedHead}, null for none), else by position: the Position column's, or where there is none,
     * what a Title column holds when it is a job title ("Head of Delegation – Deputy Minister" under "Title").
     */
    boolean head(List<String> cells, Boolean markedHead) {
        String headCell = columns.get(cells, Column.HEAD);
        String position = columns.has(Column.POSITION) ? columns.get(cells, Column.POSITION)
                : columns.get(cells, Column.TITLE);
        if (!headCell.isEmpty()) {
            return CellValues.headByRole(headCell);
        }
        if (CellValues.headByRemark(columns.get(cells, Column.REMARKS))) {
            return true; // "HoD", "Chef de délégation" under "Remarks" / "Observaciones"
        }
        // "Counsellor (HoD)", "Ministre (Chef de délégation)": a head's mark after the post
        return markedHead != null ? markedHead : CellValues.headByPosition(position)
                || Boolean.TRUE.equals(HeadMarks.of(position).head());
    }

    /**
     * What makes two rows one person: the meeting, the delegation and the name, in any case and without the honorific
     * written before it (a person registered again as "Mrs." where she first was "Ms." is one person).
     */
    static String key(String symbol, String delegation, String first, String last) {
        return (symbol + "|" + delegation + "|" + withoutHonorific(first) + "|" + withoutHonorific(last))
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String withoutHonorific(String name) {
        String stripped = name.strip();
        String honorific = Gender.leadingHonorific(stripped);
        return (honorific.isEmpty() ? stripped : stripped.substring(honorific.length())).strip();
    }
}
