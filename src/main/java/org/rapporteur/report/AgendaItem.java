package org.rapporteur.report;

/**
 * One item of the adopted agenda.
 *
 * @param number "1", or "1 (c)" for a sub-item
 * @param title  the item's title without its closing punctuation
 */
public record AgendaItem(String number, String title) {
}
