package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sign-in sheet's daily marks: a column per day of the meeting, headed by its date ("16/03", "2026-03-17", "18 March",
 * "Day 3", "D3", "Jour 2", "Mon 2", "Tue") and marked "x" (or "✓", "P", "Yes") on the days the person signed. A person who signed on any day
 * was there. Read only where the list has no check-in column of its own.
 */
final class AttendanceDays {

    private static final String MONTH = "(?:jan|feb|fév|fev|mar|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|ago|aoû|aou|"
            + "sep|oct|nov|dec|déc|dic)[a-zéû]*\\.?";
    /** A day of the week, in English, French or Spanish, in full or cut short ("Mon", "Tue.", "Mer", "Jue"). */
    private static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|mi[eé]|jeu|"
            + "jue|ven|vie|sam|s[aá]b|dim|dom)(?:[a-zéá]*)\\.?";
    private static final Pattern DAY = Pattern.compile("(?iu)\\s*(?:"
            + "\\d{1,2}[/.\\-]\\d{1,2}(?:[/.\\-]\\d{2,4})?"
            + "|\\d{4}-\\d{2}-\\d{2}"
            + "|(?:[a-z]{3,9}\\.?,?\\s+)?\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?"
            + "|(?:day|jour|d[ií]a|tag|d)\\s*\\d{1,2}"
            + "|" + WEEKDAY + "(?:\\s+\\d{1,2}(?:[/.]\\d{1,2})?)?)\\s*");
    /** A mark of presence: the words of a check-in cell, or "P" (present). */
    private static final Pattern PRESENT = Pattern.compile("(?i)\\s*p\\s*");

    private final List<Integer> columns;

    private AttendanceDays(List<Integer> columns) {
        this.columns = columns;
    }

    /** The day columns of a header; none unless at least two headers are days. */
    static AttendanceDays of(List<String> header) {
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && DAY.matcher(header.get(i)).matches()) {
                days.add(i);
            }
        }
        return new AttendanceDays(days.size() >= 2 ? List.copyOf(days) : List.of());
    }

    boolean any() {
        return !columns.isEmpty();
    }

    /** Whether the row is marked on any day. */
    boolean signed(List<String> cells) {
        for (int i : columns) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
            if (!cell.isEmpty() && (CellValues.checkedIn(cell) || PRESENT.matcher(cell).matches())) {
                return true;
            }
        }
        return false;
    }
}
