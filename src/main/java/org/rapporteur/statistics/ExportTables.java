package org.rapporteur.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rapporteur.export.ChartSpec;
import org.rapporteur.export.Table;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;
import org.rapporteur.report.AttendanceCategory;
import org.rapporteur.report.ReportStatus;
import org.rapporteur.report.Role;
import org.rapporteur.store.StoredFacts;

/**
 * Builds the export tables from the stored facts. Pure: the same facts give the same tables, row for row.
 *
 * <p>When several reports describe one meeting (a draft and the final report), the final report's facts win; among
 * reports of equal standing the one whose source sorts last (the later file) wins, and the others are noted in the
 * data-quality table as SUPERSEDED_REPORT.
 */
public final class ExportTables {

    private static final Comparator<String> UN_ORDER = UnOrder.names();
    /** The name data-quality rows give the analyst's overrides file. */
    public static final String OVERRIDES_SOURCE = "position-overrides.csv";

    private final StoredFacts facts;
    private final List<StoredFacts.Meeting> meetings;
    private final Map<String, String> meetingOfSource = new LinkedHashMap<>();
    private final PositionTables positions;
    private final DelegationTables delegations;

    /**
     * @param facts       the stored facts of the current inputs
     * @param overrides   the analyst's corrections of positions
     * @param entityNames the official name of an entity code
     */
    public ExportTables(StoredFacts facts, PositionOverrides overrides, Function<String, String> entityNames) {
        this.facts = facts;
        this.meetings = winners(facts.meetings());
        // every report of the best standing is used: the parts and addenda of one report, or the reports of the
        // parts of one session, complete each other; a draft gives way to the final report
        Map<String, Integer> best = new LinkedHashMap<>();
        meetings.forEach(m -> best.put(m.meetingId(), standing(m)));
        for (StoredFacts.Meeting winner : meetings) {
            facts.meetings().stream()
                    .filter(m -> m.meetingId().equals(winner.meetingId()) && standing(m) == best.get(m.meetingId()))
                    .map(StoredFacts.Meeting::source).sorted()
                    .forEach(source -> meetingOfSource.put(source, winner.meetingId()));
        }
        this.delegations = new DelegationTables(facts, meetings);
        this.positions = new PositionTables(facts, meetingOfSource, overrides, entityNames,
                delegations::statementMeeting);
    }

    /**
     * The tables in export order: meetings, attendance, participation, participation-matrix, delegations,
     * attendance-by-group, attendance-gaps, positions, positions-summary, positions-by-entity, review, data-quality.
     * None holds the names of persons from lists of participants: see {@link #restrictedParticipants()}.
     */
    public List<Table> all() {
        return List.of(meetingsTable(), attendanceTable(), participationTable(), matrixTable(),
                delegations.delegationsTable(), delegations.byGroupTable(facts.participation(), meetingOfSource),
                delegations.gapsTable(facts.participation(), meetingOfSource, speakerNames()), positions.positions(),
                positions.summary(), positions.byEntity(), positions.review(), dataQualityTable());
    }

    /**
     * The persons on the lists of participants, with their names: personal data, written only to
     * {@code output/restricted/participants.csv} (and to the workbook when the operator asks for it).
     */
    public Table restrictedParticipants() {
        return delegations.participantsTable();
    }

    /** Entity key → {name, type, code} of everyone who spoke, for the gaps table. */
    private Map<String, String[]> speakerNames() {
        Map<String, String[]> names = new LinkedHashMap<>();
        for (StoredFacts.Participant p : facts.participation()) {
            String key = p.entityCode().isEmpty() ? p.entityType() + ":" + p.entityName() : p.entityCode();
            names.putIfAbsent(key, new String[] {p.entityName(), p.entityType(), p.entityCode()});
        }
        for (StoredFacts.StatementRow st : facts.statements()) {
            String key = st.speakerCode().isEmpty() ? st.speakerType() + ":" + st.speakerName() : st.speakerCode();
            names.putIfAbsent(key, new String[] {st.speakerName(), st.speakerType(), st.speakerCode()});
        }
        return names;
    }

    /**
     * One chart per meeting that has positions: the weight of FOR, AGAINST and NEUTRAL (weighted mentions) per topic.
     */
    public List<ChartSpec> stanceCharts() {
        Table summary = positions.summary();
        List<ChartSpec> charts = new ArrayList<>();
        for (StoredFacts.Meeting m : meetings) {
            Map<String, Map<String, Integer>> byTopic = new TreeMap<>();
            for (List<Object> row : summary.rows()) {
                if (row.get(0).equals(m.meetingId())) {
                    byTopic.computeIfAbsent((String) row.get(1), k -> new TreeMap<>())
                            .put((String) row.get(2), (Integer) row.get(5));
                }
            }
            if (byTopic.isEmpty()) {
                continue;
            }
            List<ChartSpec.Series> series = new ArrayList<>();
            for (String stance : List.of("FOR", "AGAINST", "NEUTRAL")) {
                List<Number> values = new ArrayList<>();
                byTopic.values().forEach(v -> values.add(v.getOrDefault(stance, 0)));
                series.add(new ChartSpec.Series(stance, values, AnalystWorkbook.STANCE_COLOURS.get(stance)));
            }
            charts.add(new ChartSpec("Stance by topic (weighted mentions): " + m.meetingId(),
                    ChartSpec.Kind.STACKED_COLUMN, "topic", "weighted mentions", false, List.copyOf(byTopic.keySet()),
                    series));
        }
        return charts;
    }

    /** The meetings covered, one per meeting_id, in date order. */
    public List<StoredFacts.Meeting> meetings() {
        return meetings;
    }

    private static List<StoredFacts.Meeting> winners(List<StoredFacts.Meeting> all) {
        Map<String, StoredFacts.Meeting> best = new TreeMap<>();
        for (StoredFacts.Meeting m : all) {
            best.merge(m.meetingId(), m, (a, b) -> standing(b) > standing(a)
                    || (standing(b) == standing(a) && b.source().compareTo(a.source()) > 0) ? b : a);
        }
        return best.values().stream()
                .sorted(Comparator.comparing(StoredFacts.Meeting::startDate,
                                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(StoredFacts.Meeting::meetingId))
                .toList();
    }

    private static int standing(StoredFacts.Meeting m) {
        return m.reportStatus().equals(ReportStatus.FINAL.name()) ? 2
                : m.reportStatus().equals(ReportStatus.DRAFT.name()) ? 1 : 0;
    }

    private Table meetingsTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (StoredFacts.Meeting m : meetings) {
            rows.add(Arrays.asList(m.meetingId(), m.body(), m.sessionNumber(), m.reportSymbol(),
                    m.reportStatus(), m.jobNumber(), m.startDate(), m.endDate(), m.venue(), m.source()));
        }
        return new Table(ExportColumns.MEETINGS, ExportColumns.MEETINGS_COLUMNS, rows);
    }

    private Table attendanceTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (StoredFacts.Meeting m : meetings) {
            facts.attendance().stream()
                    .filter(a -> m.meetingId().equals(meetingOfSource.get(a.source())))
                    .sorted(Comparator.comparing(a -> AttendanceCategory.valueOf(a.category())))
                    .forEach(a -> rows.add(Arrays.asList(m.meetingId(), a.category(), a.count(), a.provisional(),
                            a.source() + "#" + a.paragraph())));
        }
        return new Table(ExportColumns.ATTENDANCE, ExportColumns.ATTENDANCE_COLUMNS, rows);
    }

    private List<StoredFacts.Participant> participantsOf(StoredFacts.Meeting m) {
        return java.util.stream.Stream.concat(facts.participation().stream()
                                .filter(p -> m.meetingId().equals(meetingOfSource.get(p.source()))),
                        delegations.participation(m.meetingId()).stream())
                .sorted(Comparator.comparing((StoredFacts.Participant p) -> Role.valueOf(p.role()))
                        .thenComparing(p -> EntityType.valueOf(p.entityType()))
                        .thenComparing(StoredFacts.Participant::entityName, UN_ORDER)
                        .thenComparing(StoredFacts.Participant::person)
                        .thenComparing(StoredFacts.Participant::seq))
                .toList();
    }

    private Table participationTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (StoredFacts.Meeting m : meetings) {
            for (StoredFacts.Participant p : participantsOf(m)) {
                rows.add(Arrays.asList(m.meetingId(), p.entityCode(), p.entityName(), p.entityType(),
                        p.regionalGroup(), p.role(), p.nameAsWritten(), p.person(), p.onBehalfOf(), p.provisional(),
                        p.source() + "#" + p.paragraph()));
            }
        }
        return new Table(ExportColumns.PARTICIPATION, ExportColumns.PARTICIPATION_COLUMNS, rows);
    }

    /** Entities × meetings; a cell lists what the entity did there ("PANELLIST;STATEMENT"), in role order. */
    private Table matrixTable() {
        Map<String, StoredFacts.Participant> entities = new LinkedHashMap<>();
        Map<String, Map<String, Set<Role>>> roles = new LinkedHashMap<>();
        for (StoredFacts.Meeting m : meetings) {
            for (StoredFacts.Participant p : participantsOf(m)) {
                String key = p.entityCode().isEmpty() ? p.entityType() + ":" + p.entityName() : p.entityCode();
                entities.putIfAbsent(key, p);
                roles.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(m.meetingId(), k -> new java.util.TreeSet<>()).add(Role.valueOf(p.role()));
            }
        }
        List<String> header = new ArrayList<>(ExportColumns.MATRIX_FIXED_COLUMNS);
        meetings.forEach(m -> header.add(m.meetingId()));
        List<List<Object>> rows = new ArrayList<>();
        entities.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, StoredFacts.Participant> e) ->
                                EntityType.valueOf(e.getValue().entityType()))
                        .thenComparing(e -> e.getValue().entityName(), UN_ORDER))
                .forEach(e -> {
                    StoredFacts.Participant p = e.getValue();
                    List<Object> row = new ArrayList<>(Arrays.asList(p.entityCode(), p.entityName(), p.entityType(),
                            p.regionalGroup()));
                    for (StoredFacts.Meeting m : meetings) {
                        Set<Role> did = roles.get(e.getKey()).getOrDefault(m.meetingId(), Set.of());
                        row.add(did.stream().map(Role::name).collect(Collectors.joining(";")));
                    }
                    rows.add(row);
                });
        return new Table(ExportColumns.PARTICIPATION_MATRIX, header, rows);
    }

    private Table dataQualityTable() {
        List<List<Object>> rows = new ArrayList<>();
        Set<String> winners = new LinkedHashSet<>(meetingOfSource.keySet());
        for (StoredFacts.QualityFinding f : facts.findings()) {
            rows.add(Arrays.asList(f.source(), f.location(), f.severity(), f.code(), f.message()));
        }
        rows.addAll(delegations.awaitingFindings());
        rows.addAll(delegations.crossFileDuplicateFindings());
        for (Finding f : positions.overrideFindings()) {
            rows.add(Arrays.asList(OVERRIDES_SOURCE, f.location(), f.severity().name(), f.code().name(), f.message()));
        }
        for (StoredFacts.Meeting m : facts.meetings()) {
            if (!winners.contains(m.source())) {
                String winner = meetings.stream().filter(w -> w.meetingId().equals(m.meetingId()))
                        .map(StoredFacts.Meeting::source).findFirst().orElse("");
                rows.add(Arrays.asList(m.source(), "file", FindingCode.SUPERSEDED_REPORT.severity().name(),
                        FindingCode.SUPERSEDED_REPORT.name(), "Meeting " + m.meetingId() + " is also described by "
                                + winner + " (" + standingName(winner) + "), whose facts are exported instead"));
            }
        }
        return new Table(ExportColumns.DATA_QUALITY, ExportColumns.DATA_QUALITY_COLUMNS, rows);
    }

    private String standingName(String source) {
        return meetings.stream().filter(m -> m.source().equals(source)).map(StoredFacts.Meeting::reportStatus)
                .findFirst().orElse("");
    }
}
