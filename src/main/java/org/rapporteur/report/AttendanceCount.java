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
 * @param named       how many of the entities counted the report names (as represented, in a list or in the count's
 *                    own sentence); 0 where it gives only their number, so that the count is all a table has of them
 * @param sentence    the sentence of the paragraph that gives the count (for a LIST count, that lists its first
 *                    entity), from 1 as positions count them; 0 where no one sentence does
 */
public record AttendanceCount(int paragraph, AttendanceCategory category, Capacity capacity, int count,
                              boolean provisional, Basis basis, int named, int sentence) {

    /** A count before the report's names are matched with it and its sentence is known. */
    public AttendanceCount(int paragraph, AttendanceCategory category, Capacity capacity, int count,
                           boolean provisional, Basis basis) {
        this(paragraph, category, capacity, count, provisional, basis, 0, 0);
    }

    /** Where a count comes from: a secretariat checks a PRINTED count against the text, a LIST count against a list. */
    public enum Basis {
        /** The number as the report prints it ("91 Member States"). */
        PRINTED,
        /** The number the report prints as a bound or an estimate ("more than 600 non-governmental organizations"). */
        APPROXIMATE,
        /** Counted from the names a report lists without giving their number. */
        LIST,
        /**
         * A draft's placeholder where the number will be ("[…] non-governmental organizations"): the category
         * attended, its number is not known yet; {@code count} is 0 and means nothing.
         */
        PLACEHOLDER
    }

    /** The same count in another category. */
    AttendanceCount inCategory(AttendanceCategory other) {
        return new AttendanceCount(paragraph, other, capacity, count, provisional, basis, named, sentence);
    }

    /** The same count in another capacity. */
    AttendanceCount inCapacity(Capacity other) {
        return new AttendanceCount(paragraph, category, other, count, provisional, basis, named, sentence);
    }

    /** The same count with {@code how many} of its entities named by the report. */
    AttendanceCount withNamed(int howMany) {
        return new AttendanceCount(paragraph, category, capacity, count, provisional, basis, howMany, sentence);
    }

    /** The same count, given by sentence {@code index} of its paragraph. */
    AttendanceCount inSentence(int index) {
        return new AttendanceCount(paragraph, category, capacity, count, provisional, basis, named, index);
    }
}
