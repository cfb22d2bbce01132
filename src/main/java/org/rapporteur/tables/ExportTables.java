package org.rapporteur.tables;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.quality.Finding;
import org.rapporteur.reference.Bodies;
import org.rapporteur.report.AttendanceCategory;
import org.rapporteur.report.Capacity;
import org.rapporteur.store.FactSource;
import org.rapporteur.store.StoredFacts;

/**
 * Builds every export table once from the stored facts, meeting by meeting, and hands each row to its table's output
 * (CSV file and sheet) as it is made: the export holds one meeting's facts at a time, plus small per-meeting and
 * per-key tallies (the matrix's cells, the summaries, the Overview's figures). Pure: the same facts give the same rows.
 *
 * <p>Tables, in export order: meetings, attendance, participation, a participation matrix per body series,
 * delegations, attendance-by-group, attendance-gaps, positions,
 * positions-summary, positions-by-entity, review, data-quality; and the persons of the lists of participants, under
 * {@code restricted/} only.
 *
 * <p>When several reports describe one meeting (a draft and the final report), the final report's facts win; among
 * reports of equal standing all are used (the parts of one session), and a superseded report is noted in the
 * data-quality table as SUPERSEDED_REPORT.
 */
public final class ExportTables {

    /** The name data-quality rows give the analyst's overrides file. */
    public static final String OVERRIDES_SOURCE = "position-overrides.csv";

    private final FactSource facts;
    private final PositionOverrides overrides;
    private final Lookups lookups;

    /**
     * @param facts     the stored facts of the current inputs
     * @param overrides the analyst's corrections of positions
     * @param lookups   entities' names, types and codes, bodies' names
     */
    public ExportTables(FactSource facts, PositionOverrides overrides, Lookups lookups) {
        this.facts = facts;
        this.overrides = overrides;
        this.lookups = lookups;
    }

    /** Builds and writes every table; returns what the workbook's Overview and Charts show. */
    public WorkbookFigures write(TableOutput out) throws IOException {
        MeetingIndex index = new MeetingIndex(facts);
        List<MeetingIndex.Series> series = index.series();
        // each meeting's matrix and its column there
        Map<String, int[]> cellOf = new HashMap<>();
        List<Matrix> matrices = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            List<String> ids = series.get(s).meetingIds();
            for (int c = 0; c < ids.size(); c++) {
                cellOf.put(ids.get(c), new int[] {s, c});
            }
            matrices.add(new Matrix(lookups));
        }
        Sinks sinks = new Sinks(out, series);
        Delegations delegations = new Delegations();
        Positions positions = new Positions(overrides, lookups);
        WorkbookFigures figures = new WorkbookFigures(index.meetings(), lookups);
        int[] positionRows = new int[1];
        int participationRows = 0;
        try (MeetingsAhead ahead = new MeetingsAhead(facts, index)) {
            for (int i = 0; i < index.meetings().size(); i++) {
                participationRows = writeMeeting(ahead.next(), sinks, matrices, cellOf, delegations, positions,
                        figures, positionRows, participationRows);
            }
        }
        for (String id : index.awaiting()) {
            MeetingFacts meeting = MeetingFacts.read(facts, index, id, null);
            writeDelegations(sinks, meeting, delegations.of(meeting), lookups);
        }
        // statements files: their positions after the reports', each statement's in its own meeting
        for (String source : index.statementSources()) {
            Map<Integer, String> meetingOfLine = new HashMap<>();
            facts.statements(source).forEach(st -> meetingOfLine.putIfAbsent(st.line(),
                    index.meetingOf(st.meetingSymbol())));
            List<StoredFacts.ReviewRow> review = facts.review(source);
            for (PositionRow row : positions.ofFile(source, facts.positions(source), review, meetingOfLine::get)) {
                sinks.positions.accept(row);
                figures.position(row, positionRows[0]++);
            }
            for (ReviewRow row : positions.reviewOfFile(review, meetingOfLine::get)) {
                sinks.review.accept(row);
            }
        }
        for (int s = 0; s < series.size(); s++) {
            for (MatrixRow row : matrices.get(s).rows(series.get(s).meetings().size())) {
                sinks.matrices.get(s).accept(row);
            }
            sinks.matrices.get(s).close();
            matrices.set(s, null);
        }
        List<PositionSummaryRow> summary = positions.summary();
        for (PositionSummaryRow row : summary) {
            sinks.summary.accept(row);
        }
        figures.summary(summary);
        for (EntityPositionRow row : positions.byEntity()) {
            sinks.byEntity.accept(row);
        }
        writeQuality(sinks, index, delegations, positions, figures);
        for (AboutRow row : AboutRow.rows()) {
            sinks.about.accept(row);
        }
        return figures;
    }

    /** One meeting's rows to every table; returns the participation rows written so far. */
    private int writeMeeting(MeetingFacts meeting, Sinks sinks, List<Matrix> matrices, Map<String, int[]> cellOf,
                             Delegations delegations, Positions positions, WorkbookFigures figures,
                             int[] positionRows, int participationRows) throws IOException {
        StoredFacts.Meeting m = meeting.meeting();
        String id = m.meetingId();
        sinks.meetings.accept(meetingRow(m));
        List<AttendanceRow> attendance = meeting.attendance().stream()
                .sorted(Comparator.comparing((StoredFacts.Attendance a) -> AttendanceCategory.valueOf(a.category()))
                        .thenComparingInt(a -> a.capacity().isEmpty() ? -1 : Capacity.valueOf(a.capacity()).ordinal())
                        .thenComparing(StoredFacts.Attendance::source)
                        .thenComparingInt(StoredFacts.Attendance::seq))
                .map(a -> new AttendanceRow(id, a.category(), a.capacity(), a.count(), a.basis(), a.provisional(),
                        a.source(), a.paragraph())).toList();
        for (AttendanceRow row : attendance) {
            sinks.attendance.accept(row);
        }
        List<Delegations.Delegation> delegationsHere = delegations.of(meeting);
        List<ParticipationRow> participation = new ArrayList<>();
        for (StoredFacts.Participant p : Participation.of(meeting, delegationsHere)) {
            ParticipationRow row = Participation.row(id, p, lookups);
            sinks.participation.accept(row);
            participation.add(row);
            matrices.get(cellOf.get(id)[0]).add(cellOf.get(id)[1], p, participationRows++);
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
        for (Map.Entry<String, List<StoredFacts.PositionRow>> file : positionsByFile.entrySet()) {
            for (PositionRow row : positions.ofFile(file.getKey(), file.getValue(),
                    reviewByFile.getOrDefault(file.getKey(), List.of()), paragraph -> id)) {
                sinks.positions.accept(row);
                figures.position(row, positionRows[0]++);
            }
        }
        for (List<StoredFacts.ReviewRow> file : reviewByFile.values()) {
            for (ReviewRow row : positions.reviewOfFile(file, paragraph -> id)) {
                sinks.review.accept(row);
            }
        }
        figures.meeting(m, attendance, participation, delegationRows);
        return participationRows;
    }

    /** A meeting's row: the winning report's facts, the body's name, the year. */
    private MeetingRow meetingRow(StoredFacts.Meeting m) {
        LocalDate date = m.startDate() != null ? m.startDate() : m.endDate();
        return new MeetingRow(m.meetingId(), m.body(), lookups.bodies().of(m.body()).map(Bodies.Body::name).orElse(""),
                m.sessionNumber(), date == null ? null : date.getYear(), m.reportSymbol(), m.reportStatus(),
                m.jobNumber(), m.startDate(), m.endDate(), m.venue(), m.source());
    }

    /** A meeting's delegations, the persons on them, their regional groups and the gaps with who spoke. */
    private static List<DelegationRow> writeDelegations(Sinks sinks, MeetingFacts meeting,
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

    /**
     * The findings stored with the inputs and those of the export (lists awaiting their report, persons counted once
     * across files, the overrides file's, superseded reports), errors first, then warnings, then notes, each by source
     * and place. Sorted in memory: one small row per finding.
     */
    private void writeQuality(Sinks sinks, MeetingIndex index, Delegations delegations, Positions positions,
                              WorkbookFigures figures) throws IOException {
        List<DataQualityRow> rows = new ArrayList<>();
        facts.findings(f -> rows.add(new DataQualityRow(f.source(), f.location(), f.severity(), f.code(),
                f.message())));
        rows.addAll(index.awaitingFindings());
        rows.addAll(delegations.duplicateFindings());
        for (Finding f : positions.overrideFindings()) {
            rows.add(new DataQualityRow(OVERRIDES_SOURCE, f.location(), f.severity().name(), f.code().name(),
                    f.message()));
        }
        rows.addAll(index.supersededFindings());
        rows.sort(DataQualityRow.ORDER);
        for (DataQualityRow row : rows) {
            sinks.quality.accept(row);
            figures.finding(row);
        }
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
    }

    /** Every table's output, opened in export order. */
    private static final class Sinks {
        final RowSink<MeetingRow> meetings;
        final RowSink<AttendanceRow> attendance;
        final RowSink<ParticipationRow> participation;
        final List<RowSink<MatrixRow>> matrices = new ArrayList<>();
        final RowSink<DelegationRow> delegations;
        final RowSink<GroupAttendanceRow> byGroup;
        final RowSink<AttendanceGapRow> gaps;
        final RowSink<PositionRow> positions;
        final RowSink<PositionSummaryRow> summary;
        final RowSink<EntityPositionRow> byEntity;
        final RowSink<ReviewRow> review;
        final RowSink<DataQualityRow> quality;
        final RowSink<AboutRow> about;
        final RowSink<ParticipantRow> participants;

        Sinks(TableOutput out, List<MeetingIndex.Series> series) throws IOException {
            meetings = out.open(MeetingRow.TABLE, TableOutput.Audience.PUBLIC);
            attendance = out.open(AttendanceRow.TABLE, TableOutput.Audience.PUBLIC);
            participation = out.open(ParticipationRow.TABLE, TableOutput.Audience.PUBLIC);
            // a sheet for the series with the most meetings, those the Charts show; every series has its CSV file
            java.util.Set<String> sheeted = new java.util.HashSet<>();
            series.stream().sorted(Comparator.comparingInt((MeetingIndex.Series s) -> -s.meetings().size())
                            .thenComparing(MeetingIndex.Series::body))
                    .limit(AnalystWorkbook.MAX_SERIES_CHARTED).forEach(s -> sheeted.add(s.body()));
            for (MeetingIndex.Series s : series) {
                matrices.add(out.open(MatrixRow.table(s.body(), s.meetingIds()), sheeted.contains(s.body())
                        ? TableOutput.Audience.PUBLIC : TableOutput.Audience.FILE));
            }
            delegations = out.open(DelegationRow.TABLE, TableOutput.Audience.PUBLIC);
            byGroup = out.open(GroupAttendanceRow.TABLE, TableOutput.Audience.PUBLIC);
            gaps = out.open(AttendanceGapRow.TABLE, TableOutput.Audience.PUBLIC);
            positions = out.open(PositionRow.TABLE, TableOutput.Audience.PUBLIC);
            summary = out.open(PositionSummaryRow.TABLE, TableOutput.Audience.PUBLIC);
            byEntity = out.open(EntityPositionRow.TABLE, TableOutput.Audience.PUBLIC);
            review = out.open(ReviewRow.TABLE, TableOutput.Audience.PUBLIC);
            quality = out.open(DataQualityRow.TABLE, TableOutput.Audience.PUBLIC);
            about = out.open(AboutRow.TABLE, TableOutput.Audience.WORKBOOK);
            participants = out.open(ParticipantRow.TABLE, TableOutput.Audience.RESTRICTED);
        }
    }
}
