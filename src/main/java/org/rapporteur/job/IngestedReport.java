package org.rapporteur.job;

import org.rapporteur.participants.ParticipantList;
import org.rapporteur.participants.StatementsFile;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.store.InputRecord;

/**
 * An input read in this run, ready to be stored: its record and what reading it found: a report with the positions
 * voiced, a list of participants, or statements with their positions (exactly one of report, list and statements).
 */
record IngestedReport(InputRecord input, MeetingReport report, ReportPositions positions, ParticipantList list,
                      StatementsFile statements) {

    IngestedReport(InputRecord input, MeetingReport report, ReportPositions positions) {
        this(input, report, positions, null, null);
    }

    static IngestedReport list(InputRecord input, ParticipantList list) {
        return new IngestedReport(input, null, ReportPositions.NONE, list, null);
    }

    static IngestedReport statements(InputRecord input, StatementsFile statements, ReportPositions positions) {
        return new IngestedReport(input, null, positions, null, statements);
    }
}
