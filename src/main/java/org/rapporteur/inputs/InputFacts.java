package org.rapporteur.inputs;

import java.util.List;

import org.rapporteur.participants.ParticipantList;
import org.rapporteur.participants.StatementsFile;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.quality.Finding;
import org.rapporteur.report.MeetingReport;

/** The facts of one input that was read, one record per kind of input. */
public sealed interface InputFacts {

    /** The problems found while reading (with their paragraph or line), to be stored with the facts. */
    List<Finding> findings();

    /** One line for the run's log: what was read, never a person's name. */
    String summary();

    /** A meeting report and the positions voiced in its deliberations. */
    record OfReport(MeetingReport report, ReportPositions positions) implements InputFacts {

        @Override
        public List<Finding> findings() {
            return report.findings();
        }

        @Override
        public String summary() {
            return "meeting " + report.meetingId() + ", " + report.paragraphs().size() + " paragraphs, "
                    + report.participation().size() + " participation rows, " + positions.positions().size()
                    + " positions, " + report.findings().size() + " findings";
        }
    }

    /** A list of participants: its delegates (the good rows). */
    record OfList(ParticipantList list) implements InputFacts {

        @Override
        public List<Finding> findings() {
            return list.findings();
        }

        @Override
        public String summary() {
            return list.delegates().size() + " delegate(s), " + list.findings().size() + " finding(s)";
        }
    }

    /** A statements file: its statements (the good rows) and the positions they voice. */
    record OfStatements(StatementsFile statements, ReportPositions positions) implements InputFacts {

        @Override
        public List<Finding> findings() {
            return statements.findings();
        }

        @Override
        public String summary() {
            return statements.statements().size() + " statement(s), " + positions.positions().size()
                    + " position(s), " + statements.findings().size() + " finding(s)";
        }
    }
}
