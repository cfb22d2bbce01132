package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.store.FactSource;
import org.rapporteur.store.StoredFacts;

/**
 * Everything the current inputs say about one meeting, read together: its reports of the best standing (their
 * attendance counts, participation rows, positions and sentences to review, each in source order), and the rows of
 * the lists of participants and statements files that name it. The export holds one of these at a time.
 *
 * @param meetingId  the meeting
 * @param meeting    the report whose meeting facts are used; null for a meeting no report describes yet
 * @param attendance the reports' attendance counts
 * @param reported   the reports' participation rows
 * @param positions  the reports' positions
 * @param review     the reports' sentences to review
 * @param delegates  the persons the lists give for this meeting, by source and line
 * @param statements the statements given for this meeting, by source and line
 */
record MeetingFacts(String meetingId, StoredFacts.Meeting meeting, List<StoredFacts.Attendance> attendance,
                    List<StoredFacts.Participant> reported, List<StoredFacts.PositionRow> positions,
                    List<StoredFacts.ReviewRow> review, List<StoredFacts.DelegateRow> delegates,
                    List<StoredFacts.StatementRow> statements) {

    /** Reads a meeting's facts: {@code meeting} null for a meeting that only lists or statements name. */
    static MeetingFacts read(FactSource facts, MeetingIndex index, String meetingId, StoredFacts.Meeting meeting) {
        List<StoredFacts.Attendance> attendance = new ArrayList<>();
        List<StoredFacts.Participant> reported = new ArrayList<>();
        List<StoredFacts.PositionRow> positions = new ArrayList<>();
        List<StoredFacts.ReviewRow> review = new ArrayList<>();
        for (String source : index.reportSources(meetingId)) {
            attendance.addAll(facts.attendance(source));
            reported.addAll(facts.participation(source));
            positions.addAll(facts.positions(source));
            review.addAll(facts.review(source));
        }
        List<StoredFacts.DelegateRow> delegates = new ArrayList<>();
        for (String source : index.listSources(meetingId)) {
            facts.delegates(source).stream().filter(d -> index.meetingOf(d.meetingSymbol()).equals(meetingId))
                    .forEach(delegates::add);
        }
        List<StoredFacts.StatementRow> statements = new ArrayList<>();
        for (String source : index.statementSources(meetingId)) {
            facts.statements(source).stream().filter(s -> index.meetingOf(s.meetingSymbol()).equals(meetingId))
                    .forEach(statements::add);
        }
        return new MeetingFacts(meetingId, meeting, attendance, reported, positions, review, delegates, statements);
    }
}
