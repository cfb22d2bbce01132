package org.rapporteur.report;

/**
 * How many entities of one category attended, as the report states it or as its lists give it.
 *
 * @param paragraph   the paragraph the count comes from
 * @param category    the attendance category
 * @param count       the number of entities
 * @param provisional true when the number rests on a draft's bracketed value
 */
public record AttendanceCount(int paragraph, AttendanceCategory category, int count, boolean provisional) {
}
