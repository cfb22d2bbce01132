package org.rapporteur.tables;

import java.io.IOException;

/** Where a table's rows go as they are built, in order: its CSV file and its sheet. */
public interface RowSink<R> {

    void accept(R row) throws IOException;

    /**
     * Where the next row begins in the table's CSV file, every row given so far written out; -1 when the table has no
     * file.
     */
    default long position() throws java.io.IOException {
        return -1;
    }

    /**
     * Gives again {@code rows} rows that an earlier export wrote: {@code length} bytes from {@code offset} of the
     * table's published CSV file, copied as they are (its sheet takes them as values read back from that text).
     */
    default void copy(long offset, long length, int rows) throws IOException {
        throw new UnsupportedOperationException("this output keeps no published files");
    }

    /** The table is complete: no more rows (its file or sheet may be finished now rather than at the end). */
    default void close() throws IOException {
    }
}
