package org.rapporteur.report;

/**
 * One line of a report's text after page cleaning.
 *
 * @param number the 1-based line number in the input, for messages
 * @param text   the line, trimmed
 */
record SourceLine(int number, String text) {
}
