package org.rapporteur.export;

/**
 * One colour of a coloured sheet: cells whose value, or its first {@code ;}-separated part, is {@code value} are
 * filled with {@code rgb}; the legend shows {@code value} in that colour beside {@code meaning}.
 *
 * @param value   e.g. {@code STATEMENT}
 * @param meaning e.g. "made a statement"
 * @param rgb     six hex digits, e.g. {@code 9BC2E6}
 */
public record LegendEntry(String value, String meaning, String rgb) {
}
