package org.rapporteur.job;

import org.rapporteur.report.MeetingReport;
import org.rapporteur.store.InputRecord;

/** A report input read in this run, ready to be stored: its record and what parsing found (facts or rejection). */
record IngestedReport(InputRecord input, MeetingReport report) {
}
