package org.rapporteur.report;

import java.time.LocalDate;

/** The identity of the meeting a report describes; see {@link MeetingReport} for the meaning of each field. */
record MeetingFacts(ReportSymbol symbol, ReportStatus status, String jobNumber, Integer sessionNumber,
                    LocalDate startDate, LocalDate endDate, boolean datesProvisional, String venue) {
}
