package org.rapporteur.tables;

import java.io.IOException;

/** Where the export tables go as they are built. */
public interface TableOutput {

    /** Who may see a table. */
    enum Audience {
        /** A CSV file and a sheet of the workbook. */
        PUBLIC,
        /** Personal data: a CSV file under {@code restricted/}; a sheet only when the operator asks for it. */
        RESTRICTED,
        /** A sheet of the workbook only (another view of a CSV table). */
        WORKBOOK,
        /** A CSV file only: a table the workbook leaves out, to stay within a person's reach. */
        FILE
    }

    /** Opens a table; its rows are accepted in order, and several tables may take rows at the same time. */
    <R> RowSink<R> open(TableDef<R> table, Audience audience) throws IOException;

    /**
     * Opens a table that takes rows meeting by meeting until {@link #settle}: its sheet may wait for all of them, and
     * stand as an earlier export wrote it when they are the same.
     */
    default <R> RowSink<R> openPerMeeting(TableDef<R> table, Audience audience) throws IOException {
        return open(table, audience);
    }

    /** The tables opened {@link #openPerMeeting per meeting} have all their rows: their sheets are settled now. */
    default void settle() throws IOException {
    }
}
