package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * What the rows of a tabular file gave so far, with the bounds a very large file must not cross: at most
 * {@code maxRows} rows under the header are read (more end the reading: {@link TooManyRows}), and at most {@link #LISTED} findings of
 * one code are listed, the others counted in one finding at the end, so that a file of bad rows cannot fill memory
 * or data-quality.csv.
 */
final class RowsRead<T> {

    /** Findings of one code listed one by one; beyond, they are counted. */
    static final int LISTED = 1000;

    /** Thrown from a row handler to stop reading a file with more rows than the limit. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private final int maxRows;
    final List<T> read = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<FindingCode, Integer> unlisted = new EnumMap<>(FindingCode.class);
    private final Map<FindingCode, Integer> listed = new EnumMap<>(FindingCode.class);
    private int rows;

    RowsRead(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Counts a row; throws {@link TooManyRows} past the limit. */
    void countRow() {
        if (++rows > maxRows) {
            throw new TooManyRows();
        }
    }

    void add(Finding finding) {
        int n = listed.merge(finding.code(), 1, Integer::sum);
        if (n <= LISTED || finding.location().equals("file")) {
            findings.add(finding);
        } else {
            unlisted.merge(finding.code(), 1, Integer::sum);
        }
    }

    /** The findings, with one at the end per code for those not listed. */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>(findings);
        unlisted.forEach((code, n) -> all.add(Finding.inFile(code, n + " more row(s) with the finding " + code
                + " (the first " + LISTED + " are listed one by one)")));
        return all;
    }

    /** The finding of a file with more rows than the limit, which is not read. */
    static Finding tooManyRows(int maxRows) {
        return Finding.inFile(FindingCode.FILE_TOO_LARGE, "The file has more than "
                + String.format(java.util.Locale.ROOT, "%,d", maxRows) + " rows under its header, the limit "
                + "(--max-rows): it is not read; split it, or raise the limit (and the memory the run is given)");
    }
}
