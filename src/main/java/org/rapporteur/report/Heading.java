package org.rapporteur.report;

/**
 * A chapter ("IV", "Organization of the meeting") or lettered section ("D", "Attendance") heading.
 *
 * @param label the Roman numeral or letter as printed
 * @param title the heading text, joined when it wraps over lines
 */
public record Heading(String label, String title) {

    @Override
    public String toString() {
        return label + ". " + title;
    }
}
