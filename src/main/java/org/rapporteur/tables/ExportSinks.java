package org.rapporteur.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every table's output, opened in export order. The tables that take rows meeting by meeting are {@link Tracked}: the
 * rows and bytes each meeting gave are known ({@link #endMeeting}), and a meeting's rows of an earlier export can be
 * given again as bytes ({@link #copy}).
 */
final class ExportSinks {
    final Tracked<MeetingRow> meetings;
    final Tracked<AttendanceRow> attendance;
    final Tracked<ParticipationRow> participation;
    final List<RowSink<MatrixRow>> matrices = new ArrayList<>();
    final Tracked<DelegationRow> delegations;
    final Tracked<GroupAttendanceRow> byGroup;
    final Tracked<AttendanceGapRow> gaps;
    final Tracked<PositionRow> positions;
    final RowSink<PositionSummaryRow> summary;
    final RowSink<EntityPositionRow> byEntity;
    final Tracked<ReviewRow> review;
    final RowSink<DataQualityRow> quality;
    final RowSink<AboutRow> about;
    final Tracked<ParticipantRow> participants;
    private final List<Tracked<?>> perMeeting;
    private final boolean sliced;

    /** A table's output that knows where each meeting's rows are. */
    static final class Tracked<R> implements RowSink<R> {
        final String table;
        private final RowSink<R> sink;
        private long start;
        private int rows;

        Tracked(TableDef<R> table, RowSink<R> sink) {
            this.table = table.name();
            this.sink = sink;
        }

        @Override
        public void accept(R row) throws IOException {
            rows++;
            sink.accept(row);
        }

        @Override
        public void close() throws IOException {
            sink.close();
        }

        /** The meeting's rows so far. */
        int rows() {
            return rows;
        }
    }

    /** @param sliced whether each meeting's bytes are tracked (the output keeps files) */
    ExportSinks(TableOutput out, List<MeetingIndex.Series> series, boolean sliced) throws IOException {
        meetings = tracked(out, MeetingRow.TABLE, TableOutput.Audience.PUBLIC);
        attendance = tracked(out, AttendanceRow.TABLE, TableOutput.Audience.PUBLIC);
        participation = tracked(out, ParticipationRow.TABLE, TableOutput.Audience.PUBLIC);
        // a sheet for the series with the most meetings, those the Charts show; every series has its CSV file
        java.util.Set<String> sheeted = new java.util.HashSet<>();
        series.stream().sorted(Comparator.comparingInt((MeetingIndex.Series s) -> -s.meetings().size())
                        .thenComparing(MeetingIndex.Series::body))
                .limit(AnalystWorkbook.MAX_SERIES_CHARTED).forEach(s -> sheeted.add(s.body()));
        for (MeetingIndex.Series s : series) {
            matrices.add(out.open(MatrixRow.table(s.body(), s.meetingIds()), sheeted.contains(s.body())
                    ? TableOutput.Audience.PUBLIC : TableOutput.Audience.FILE));
        }
        delegations = tracked(out, DelegationRow.TABLE, TableOutput.Audience.PUBLIC);
        byGroup = tracked(out, GroupAttendanceRow.TABLE, TableOutput.Audience.PUBLIC);
        gaps = tracked(out, AttendanceGapRow.TABLE, TableOutput.Audience.PUBLIC);
        positions = tracked(out, PositionRow.TABLE, TableOutput.Audience.PUBLIC);
        summary = out.open(PositionSummaryRow.TABLE, TableOutput.Audience.PUBLIC);
        byEntity = out.open(EntityPositionRow.TABLE, TableOutput.Audience.PUBLIC);
        review = tracked(out, ReviewRow.TABLE, TableOutput.Audience.PUBLIC);
        quality = out.open(DataQualityRow.TABLE, TableOutput.Audience.PUBLIC);
        about = out.open(AboutRow.TABLE, TableOutput.Audience.WORKBOOK);
        participants = tracked(out, ParticipantRow.TABLE, TableOutput.Audience.RESTRICTED);
        perMeeting = List.of(meetings, attendance, participation, delegations, participants, byGroup, gaps,
                positions, review);
        this.sliced = sliced;
        if (sliced) {
            for (Tracked<?> t : perMeeting) {
                t.start = t.sink.position();
            }
        }
    }

    private static <R> Tracked<R> tracked(TableOutput out, TableDef<R> table, TableOutput.Audience audience)
            throws IOException {
        return new Tracked<>(table, out.openPerMeeting(table, audience));
    }

    /** Gives again a meeting's rows of the published files, as {@link #endMeeting} gave their places. */
    void copy(Map<String, ExportParts.Slice> slices) throws IOException {
        for (Tracked<?> t : perMeeting) {
            ExportParts.Slice slice = slices.get(t.table);
            if (slice != null && slice.rows() > 0) {
                t.sink.copy(slice.offset(), slice.length(), slice.rows());
                t.rows += slice.rows();
            }
        }
    }

    /**
     * Where the meeting's rows are in each table's file (by table name), counting from here for the next meeting;
     * only the rows when the output keeps no files.
     */
    Map<String, ExportParts.Slice> endMeeting() throws IOException {
        Map<String, ExportParts.Slice> slices = new LinkedHashMap<>();
        for (Tracked<?> t : perMeeting) {
            long end = sliced ? t.sink.position() : 0;
            slices.put(t.table, new ExportParts.Slice(t.start, end - t.start, t.rows));
            t.start = end;
            t.rows = 0;
        }
        return slices;
    }
}
