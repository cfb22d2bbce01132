package org.rapporteur.tables;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.rapporteur.reference.Bodies;
import org.rapporteur.report.AttendanceCategory;
import org.rapporteur.report.Capacity;
import org.rapporteur.store.StoredFacts;

/**
 * The builder of one meeting's rows of the per-meeting tables (meetings, attendance, participation, delegations and
 * their persons, attendance-by-group, attendance-gaps, positions, review) from its facts, which gives them to the
 * tables' outputs and returns what the meeting adds to the tables built across meetings ({@link MeetingPart}).
 */
final class MeetingTables {

    private final Lookups lookups;

    MeetingTables(Lookups lookups) {
        this.lookups = lookups;
    }

    /**
     * One meeting's rows to every table; returns what the meeting adds to the tables built across meetings, its
     * rows counted from its first.
     */
    MeetingPart write(MeetingFacts meeting, ExportSinks sinks, Positions positions,
                      WorkbookFigures figures) throws IOException {
        StoredFacts.Meeting m = meeting.meeting();
        String id = m.meetingId();
        sinks.meetings.accept(meetingRow(m));
        List<AttendanceRow> attendance = meeting.attendance().stream()
                .sorted(Comparator.comparing((StoredFacts.Attendance a) -> AttendanceCategory.valueOf(a.category()))
                        .thenComparingInt(a -> a.capacity().isEmpty() ? -1 : Capacity.valueOf(a.capacity()).ordinal())
                        .thenComparing(StoredFacts.Attendance::source)
                        .thenComparingInt(StoredFacts.Attendance::seq))
                .map(a -> new AttendanceRow(id, a.category(), a.capacity(),
                        a.basis().equals("PLACEHOLDER") ? null : a.count(), a.basis(), a.named(), a.provisional(),
                        a.source(), a.paragraph(), a.sentence() > 0 ? a.sentence() : null)).toList();
        for (AttendanceRow row : attendance) {
            sinks.attendance.accept(row);
        }
        List<MeetingPart.Duplicate> repeated = new ArrayList<>();
        List<Delegations.Delegation> delegationsHere = Delegations.of(meeting, repeated);
        List<ParticipationRow> participation = new ArrayList<>();
        List<StoredFacts.Participant> participants = Participation.of(meeting, delegationsHere);
        for (StoredFacts.Participant p : participants) {
            ParticipationRow row = Participation.row(id, p, lookups);
            sinks.participation.accept(row);
            participation.add(row);
        }
        List<DelegationRow> delegationRows = writeDelegations(sinks, meeting, delegationsHere, lookups);
        Map<String, List<StoredFacts.ReviewRow>> reviewByFile = new LinkedHashMap<>();
        for (List<StoredFacts.ReviewRow> file : byFile(meeting.review(), StoredFacts.ReviewRow::source)) {
            reviewByFile.put(file.get(0).source(), file);
        }
        Map<String, List<StoredFacts.PositionRow>> positionsByFile = new LinkedHashMap<>();
        for (List<StoredFacts.PositionRow> file : byFile(meeting.positions(), StoredFacts.PositionRow::source)) {
            positionsByFile.put(file.get(0).source(), file);
        }
        reviewByFile.keySet().forEach(f -> positionsByFile.putIfAbsent(f, List.of()));
        BitSet usedBefore = positions.used();
        Positions.Tallies tallies = new Positions.Tallies();
        Map<List<String>, MeetingPart.First> firsts = new LinkedHashMap<>();
        int positionRow = 0;
        for (Map.Entry<String, List<StoredFacts.PositionRow>> file : positionsByFile.entrySet()) {
            for (PositionRow row : positions.ofFile(file.getKey(), file.getValue(),
                    reviewByFile.getOrDefault(file.getKey(), List.of()), paragraph -> id)) {
                sinks.positions.accept(row);
                tallies.count(row);
                if (!row.toReview()) { // the sentence a stance's figure links to is one the figure counts
                    firsts.putIfAbsent(List.of(row.topic(), row.stance()),
                            new MeetingPart.First(row.topic(), row.stance(), positionRow));
                }
                positionRow++;
            }
        }
        for (List<StoredFacts.ReviewRow> file : reviewByFile.values()) {
            for (ReviewRow row : positions.reviewOfFile(file, paragraph -> id)) {
                sinks.review.accept(row);
            }
        }
        WorkbookFigures.Meeting f = figures.of(m, attendance, participation, delegationRows);
        return new MeetingPart(new MeetingPart.Figures(f.series(), f.label(), f.shortLabel(), f.counted(), f.named(),
                f.provisional(), f.speaking(), f.delegates(), f.women(), f.men(), f.byGroup()), tallies.summary(),
                tallies.byEntity(), List.copyOf(firsts.values()), Matrix.cells(participants), repeated,
                positions.usedSince(usedBefore));
    }

    /** A meeting's row: the winning report's facts, the body's name, the year. */
    private MeetingRow meetingRow(StoredFacts.Meeting m) {
        LocalDate date = m.startDate() != null ? m.startDate() : m.endDate();
        return new MeetingRow(m.meetingId(), m.body(), lookups.bodies().of(m.body()).map(Bodies.Body::name).orElse(""),
                m.sessionNumber(), date == null ? null : date.getYear(), m.reportSymbol(), m.reportStatus(),
                m.jobNumber(), m.startDate(), m.endDate(), m.venue(), m.source());
    }

    /** A meeting's delegations, the persons on them, their regional groups and the gaps with who spoke. */
    static List<DelegationRow> writeDelegations(ExportSinks sinks, MeetingFacts meeting,
                                                        List<Delegations.Delegation> delegations, Lookups lookups)
            throws IOException {
        List<DelegationRow> rows = new ArrayList<>();
        for (Delegations.Delegation d : delegations) {
            DelegationRow row = Delegations.row(d, lookups);
            sinks.delegations.accept(row);
            rows.add(row);
            for (ParticipantRow person : Delegations.participants(d, lookups)) {
                sinks.participants.accept(person);
            }
        }
        Map<String, StoredFacts.Participant> speakers = Participation.speakers(meeting);
        for (GroupAttendanceRow row : Delegations.byGroup(meeting.meetingId(), delegations, speakers.keySet())) {
            sinks.byGroup.accept(row);
        }
        for (AttendanceGapRow row : Participation.gaps(meeting.meetingId(), delegations, speakers, lookups)) {
            sinks.gaps.accept(row);
        }
        return rows;
    }

    /** Rows of consecutive runs of the same file. */
    private static <T> List<List<T>> byFile(List<T> rows, Function<T, String> file) {
        List<List<T>> files = new ArrayList<>();
        for (T row : rows) {
            if (files.isEmpty() || !file.apply(files.get(files.size() - 1).get(0)).equals(file.apply(row))) {
                files.add(new ArrayList<>());
            }
            files.get(files.size() - 1).add(row);
        }
        return files;
    }}
