package org.rapporteur.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.quality.Finding;
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
    private final Function<String, String> versionOf;

    /**
     * @param facts     the stored facts of the current inputs
     * @param overrides the analyst's corrections of positions
     * @param lookups   entities' names, types and codes, bodies' names
     */
    public ExportTables(FactSource facts, PositionOverrides overrides, Lookups lookups) {
        this(facts, overrides, lookups, source -> "");
    }

    /**
     * As above, knowing each input's version (its content's digest and the run that read it), which keys the
     * meetings' parts ({@link #write(TableOutput, ExportParts, ExportPartsWriter)}).
     */
    public ExportTables(FactSource facts, PositionOverrides overrides, Lookups lookups,
                        Function<String, String> versionOf) {
        this.versionOf = versionOf;
        this.facts = facts;
        this.overrides = overrides;
        this.lookups = lookups;
    }

    /** Builds and writes every table; returns what the workbook's Overview and Charts show. */
    public WorkbookFigures write(TableOutput out) throws IOException {
        return write(out, ExportParts.none(), null);
    }

    /**
     * Builds and writes every table, giving again the rows of each meeting whose part {@code earlier} holds under the
     * same key (what its rows are made from, {@link MeetingIndex#sourcesOf}) instead of reading and building them;
     * the bytes are those of a whole build. Returns what the workbook's Overview and Charts show.
     *
     * @param earlier the parts of the published set ({@link ExportParts#none()} to build every meeting)
     * @param kept    where this export's parts go; null to keep none
     */
    public WorkbookFigures write(TableOutput out, ExportParts earlier, ExportPartsWriter kept) throws IOException {
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
        ExportSinks sinks = new ExportSinks(out, series, kept != null);
        MeetingTables meetingTables = new MeetingTables(lookups);
        Delegations delegations = new Delegations();
        Positions positions = new Positions(overrides, lookups);
        WorkbookFigures figures = new WorkbookFigures(index.meetings(), lookups);
        Map<String, String> keys = new HashMap<>();
        List<StoredFacts.Meeting> toRead = new ArrayList<>();
        for (StoredFacts.Meeting m : index.meetings()) {
            String key = ExportParts.key(index.sourcesOf(m, versionOf));
            keys.put(m.meetingId(), key);
            if (earlier.entry(m.meetingId(), key).isEmpty()) {
                toRead.add(m);
            }
        }
        int positionRows = 0;
        int participationRows = 0;
        try (MeetingsAhead ahead = new MeetingsAhead(facts, index, toRead)) {
            for (StoredFacts.Meeting m : index.meetings()) {
                String id = m.meetingId();
                Optional<ExportParts.Entry> entry = earlier.entry(id, keys.get(id));
                byte[] bytes;
                MeetingPart part;
                if (entry.isPresent()) {
                    bytes = earlier.partBytes(entry.get());
                    part = MeetingPart.of(bytes);
                    sinks.copy(entry.get().slices());
                } else {
                    part = meetingTables.write(ahead.next(), sinks, positions, figures);
                    bytes = kept == null ? null : part.bytes();
                }
                Map<String, ExportParts.Slice> slices = sinks.endMeeting();
                MeetingPart.Figures f = part.figures();
                figures.add(new WorkbookFigures.Meeting(m, f.series(), f.label(), f.shortLabel(), f.counted(),
                        f.named(), f.provisional(), f.speaking(), f.delegates(), f.women(), f.men(), f.byGroup()));
                positions.absorb(id, part.summary(), part.byEntity());
                positions.markUsed(part.usedOverrides());
                for (MeetingPart.First first : part.firstPositions()) {
                    figures.position(id, first.topic(), first.stance(), positionRows + first.row());
                }
                matrices.get(cellOf.get(id)[0]).add(cellOf.get(id)[1], part.matrix(), participationRows);
                delegations.note(part.duplicates());
                positionRows += slices.get(PositionRow.TABLE.name()).rows();
                participationRows += slices.get(ParticipationRow.TABLE.name()).rows();
                if (kept != null) {
                    kept.add(id, keys.get(id), slices, bytes);
                }
            }
        } finally {
            earlier.close();
        }
        for (String id : index.awaiting()) {
            MeetingFacts meeting = MeetingFacts.read(facts, index, id, null);
            MeetingTables.writeDelegations(sinks, meeting, delegations.of(meeting), lookups);
        }
        // statements files: their positions after the reports', each statement's in its own meeting
        for (String source : index.statementSources()) {
            Map<Integer, String> meetingOfLine = new HashMap<>();
            facts.statements(source).forEach(st -> meetingOfLine.putIfAbsent(st.line(),
                    index.meetingOf(st.meetingSymbol())));
            List<StoredFacts.ReviewRow> review = facts.review(source);
            for (PositionRow row : positions.ofFile(source, facts.positions(source), review, meetingOfLine::get)) {
                sinks.positions.accept(row);
                positions.count(row);
                figures.position(row, positionRows++);
            }
            for (ReviewRow row : positions.reviewOfFile(review, meetingOfLine::get)) {
                sinks.review.accept(row);
            }
        }
        // every row of the tables taken meeting by meeting is given: their sheets are written now, or stand as the
        // published workbook has them, before the tables that link to their rows
        out.settle();
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

    /**
     * The findings stored with the inputs and those of the export (lists awaiting their report, persons counted once
     * across files, the overrides file's, superseded reports), errors first, then warnings, then notes, each by source
     * and place. Sorted in memory: one small row per finding.
     */
    private void writeQuality(ExportSinks sinks, MeetingIndex index, Delegations delegations, Positions positions,
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

}
