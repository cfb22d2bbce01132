package org.rapporteur.job;

import org.rapporteur.positions.ReportPositions;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.store.InputRecord;

/** A report input read in this run, ready to be stored: its record, what parsing found and the positions voiced. */
record IngestedReport(InputRecord input, MeetingReport report, ReportPositions positions) {
}
