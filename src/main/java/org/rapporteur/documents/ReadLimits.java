package org.rapporteur.documents;

/**
 * What a single input may cost. Reports are tens of kilobytes of text; anything far beyond these limits is not a
 * report, and reading it would only cost memory.
 *
 * @param maxFileBytes the largest file read at all
 * @param maxLineChars the longest line of extracted text (a paragraph, for Word documents)
 */
public record ReadLimits(long maxFileBytes, int maxLineChars) {

    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 100_000);

    public ReadLimits {
        if (maxFileBytes <= 0 || maxLineChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
