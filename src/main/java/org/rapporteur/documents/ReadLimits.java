package org.rapporteur.documents;

/**
 * What a single input may cost. Reports are tens of kilobytes of text; anything far beyond these limits is not a
 * report, and reading it would only cost memory.
 *
 * @param maxFileBytes the largest file read at all
 * @param maxLineChars the longest line of extracted text (a paragraph, for Word documents)
 * @param maxRows      the most rows of a list of participants or statements file: memory holds what they give
 */
public record ReadLimits(long maxFileBytes, int maxLineChars, int maxRows) {

    /** The rows of a list of participants or statements file read at most, by default. */
    public static final int DEFAULT_MAX_ROWS = 100_000;

    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 100_000, DEFAULT_MAX_ROWS);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxLineChars <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ReadLimits(long maxFileBytes, int maxLineChars) {
        this(maxFileBytes, maxLineChars, DEFAULT_MAX_ROWS);
    }
}
