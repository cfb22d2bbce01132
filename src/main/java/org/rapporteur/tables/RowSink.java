package org.rapporteur.tables;

import java.io.IOException;

/** Where a table's rows go as they are built, in order: its CSV file and its sheet. */
public interface RowSink<R> {

    void accept(R row) throws IOException;
}
