package org.rapporteur.positions;

import java.util.regex.Pattern;

/**
 * How many held a view, as the report words it, and its weight (6 "all speakers" … 1 "one speaker").
 *
 * @param id      a short name, e.g. MANY
 * @param pattern the phrase
 * @param weight  1 to 6, as in UN-REPORTS.md §5
 */
public record Quantifier(String id, Pattern pattern, int weight) {
}
