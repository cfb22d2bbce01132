package org.rapporteur.tables;

import java.io.IOException;

/** Where a table's rows go as they are built, in order: its CSV file and its sheet. */
public interface RowSink<R> {

    void accept(R row) throws IOException;

    /** The table is complete: no more rows (its file or sheet may be finished now rather than at the end). */
    default void close() throws IOException {
    }
}
