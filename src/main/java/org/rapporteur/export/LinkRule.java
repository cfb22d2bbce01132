package org.rapporteur.export;

import java.util.List;

/**
 * Traceability in the workbook: the cells of {@code fromColumns} link to the first row of {@code targetTable} whose
 * {@code targetKeys} columns hold this row's {@code sourceKeys} values, so that an analyst clicks from a figure to the
 * evidence behind it. A source key {@link #HEADER} stands for the header of the linked cell's column (the matrix's
 * meeting columns). Empty cells and rows with no match get no link.
 *
 * @param fromColumns the columns whose cells carry the link
 * @param targetTable the table (sheet) linked to
 * @param sourceKeys  columns of this table (or {@link #HEADER}), one per target key
 * @param targetKeys  columns of the target table
 */
public record LinkRule(List<String> fromColumns, String targetTable, List<String> sourceKeys,
                       List<String> targetKeys) {

    /** As a source key: the header of the linked cell's column. */
    public static final String HEADER = "*";
    private static final String LITERAL = "\u0000";

    /** As a source key: this very value (e.g. the role STATEMENT), not a column's. */
    public static String literal(String value) {
        return LITERAL + value;
    }

    static boolean isLiteral(String key) {
        return key.startsWith(LITERAL);
    }

    public LinkRule {
        fromColumns = List.copyOf(fromColumns);
        sourceKeys = List.copyOf(sourceKeys);
        targetKeys = List.copyOf(targetKeys);
        if (sourceKeys.size() != targetKeys.size()) {
            throw new IllegalArgumentException("one target key per source key");
        }
    }

    /** Links a column to the first row of the target with the same values in columns of the same names. */
    public static LinkRule sameKeys(String fromColumn, String targetTable, List<String> keys) {
        return new LinkRule(List.of(fromColumn), targetTable, keys, keys);
    }
}
