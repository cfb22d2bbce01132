package org.rapporteur.tables;

import java.util.Locale;

/**
 * A column of an export table: its header (the CSV's and the sheet's) and its value in a row. A table's fixed columns
 * are an enum implementing this, whose constant names give the headers ({@code MEETING_ID} is {@code meeting_id}).
 *
 * @param <R> the table's row record
 */
public interface TableColumn<R> {

    /** The value of this column in a row: text, a number, a boolean, a date, or null for an empty cell. */
    Object value(R row);

    /** What the column holds, for the "About these tables" sheet and the README. */
    String meaning();

    /** The header: the enum constant's name in lower case. */
    default String header() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }
}
