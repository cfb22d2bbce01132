package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word table saved as CSV, or a sheet typed without merging, writes a delegation on the first row of its block only,
 * the cell empty on the rows below (no merged cell, or the merge lost). A row with an empty delegation right under a
 * person's row is held; once
 * {@link #BLOCKS} such rows are seen in a sheet, the sheet is taken for such a table and every held row, and every
 * later one, takes the delegation of the row above it. Where fewer are seen, a delegation merely left out by mistake
 * is as likely, and the held rows are rejected with their lines at the end of the sheet. A row after a blank line or
 * under no person is never given the delegation above.
 */
final class WordTableBlocks {

    /** Rows with an empty delegation under a person that make a sheet a Word table's blocks. */
    static final int BLOCKS = 3;

    private boolean on;
    /** Held rows by line, with the delegation of the person above each. */
    private final Map<Integer, String> held = new LinkedHashMap<>();
    private final List<TabularFile.Line> heldLines = new ArrayList<>();

    /**
     * The delegation a row with an empty delegation cell takes: the one {@code above} (that of the person on the line
     * right above, null for none) once the sheet is known for blocks; "" to reject the row now; null when the row is
     * held until the sheet is known.
     */
    String carried(TabularFile.Line line, String above) {
        if (held.containsKey(line.number())) {
            return on ? held.get(line.number()) : null;
        }
        if (above == null) {
            return "";
        }
        if (on) {
            return above;
        }
        held.put(line.number(), above);
        heldLines.add(line);
        return null;
    }

    /** The held rows to read again now that the sheet is known for blocks; none before that or after. */
    List<TabularFile.Line> decided() {
        if (on || held.size() < BLOCKS) {
            return List.of();
        }
        on = true;
        return List.copyOf(heldLines);
    }

    /** The end of a sheet: the rows still held, to be rejected (none where the sheet was blocks). */
    List<TabularFile.Line> end() {
        List<TabularFile.Line> rejected = on ? List.of() : List.copyOf(heldLines);
        on = false;
        held.clear();
        heldLines.clear();
        return rejected;
    }
}
