package org.rapporteur.report;

import java.time.LocalDate;
import java.util.List;

import org.rapporteur.quality.Finding;

/**
 * Everything the parser learnt from one report: the meeting's identity, its paragraphs, attendance and participants,
 * and the problems found. Fields that the report does not state are null (dates, session) or "" (text).
 *
 * @param source            the input's name, e.g. {@code report.txt}; with a paragraph number it becomes a source reference
 * @param symbol            the report's document symbol, or null when none was found
 * @param status            draft or final, from the symbol, else from "Distr.: Limited/General"
 * @param jobNumber         e.g. {@code V.18-01878}, or ""
 * @param sessionNumber     the ordinal of this meeting or session ("fourth meeting" gives 4), or null
 * @param startDate         the first sitting or the opening date, or null
 * @param endDate           the last sitting or the closing date, or null
 * @param datesProvisional  true when a date rests on a bracketed draft value
 * @param venue             the place of this meeting when the text states it, else ""
 */
public record MeetingReport(String source, ReportSymbol symbol, ReportStatus status, String jobNumber, Integer sessionNumber,
                            LocalDate startDate, LocalDate endDate, boolean datesProvisional, String venue,
                            List<Paragraph> paragraphs, List<AgendaItem> agenda, List<AttendanceCount> attendance,
                            List<Participation> participation, List<Finding> findings) {

    /**
     * The stable, readable key of the meeting: series and session ("UNODC/CCPCJ/EG.4#4"), else the symbol, else the
     * source. A series that names only a principal organ ("E" of E/2023/28, "A" of A/77/41) names no body, so the
     * reports of two commissions' sixty-sixth sessions cannot share a key: such a report is keyed by its symbol.
     */
    public String meetingId() {
        if (symbol != null && sessionNumber != null && symbol.series().contains("/")) {
            return meetingId(symbol.series(), sessionNumber);
        }
        if (symbol != null) {
            return symbol.text();
        }
        return source;
    }

    /** The key of a body series' session ("CTOC/COP#13"), as {@link #meetingId()} makes it and lists name it. */
    public static String meetingId(String series, int sessionNumber) {
        return series + "#" + sessionNumber;
    }
}
