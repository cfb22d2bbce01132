package org.rapporteur.report;

/**
 * How many entities of one category attended, in one capacity, as the report states it or as its lists give it.
 *
 * @param paragraph   the paragraph the count comes from
 * @param category    the attendance category
 * @param capacity    the capacity the report counts them in ("States parties", "observers for"), or null when it does
 *                    not say
 * @param count       the number of entities
 * @param provisional true when the number rests on a draft's bracketed value
 * @param basis       whether the report prints the number or it was counted from the report's list
 */
public record AttendanceCount(int paragraph, AttendanceCategory category, Capacity capacity, int count,
                              boolean provisional, Basis basis) {

    /** Where a count comes from: a secretariat checks a PRINTED count against the text, a LIST count against a list. */
    public enum Basis {
        /** The number as the report prints it ("91 Member States"). */
        PRINTED,
        /** The number the report prints as a bound or an estimate ("more than 600 non-governmental organizations"). */
        APPROXIMATE,
        /** Counted from the names a report lists without giving their number. */
        LIST
    }

    /** The same count in another category. */
    AttendanceCount inCategory(AttendanceCategory other) {
        return new AttendanceCount(paragraph, other, capacity, count, provisional, basis);
    }

    /** The same count in another capacity. */
    AttendanceCount inCapacity(Capacity other) {
        return new AttendanceCount(paragraph, category, other, count, provisional, basis);
    }
}
