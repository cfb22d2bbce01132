package org.rapporteur.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rapporteur.export.ChartSpec;
import org.rapporteur.export.LegendEntry;
import org.rapporteur.export.LinkRule;
import org.rapporteur.export.OverviewSection;
import org.rapporteur.export.Table;
import org.rapporteur.export.TableLayout;
import org.rapporteur.export.WorkbookContent;
import org.rapporteur.report.Role;
import org.rapporteur.store.FactStore;
import org.rapporteur.store.StoredFacts;

/**
 * What the analyst's workbook shows, built from the export tables alone (so every figure of the Overview and the
 * charts is one an analyst can recompute from the sheets behind it): the Overview's sections, the charts, the
 * participation matrix grouped by regional group, and how each table sheet looks (evidence wrapped, roles coloured,
 * figures linked to the rows behind them). Pure: the same tables and inputs give the same content.
 */
public final class AnalystWorkbook {

    public static final String MATRIX_BY_GROUP = "matrix-by-group";
    static final List<String> REGIONAL_GROUPS = List.of("African States", "Asia-Pacific States",
            "Eastern European States", "Latin American and Caribbean States", "Western European and other States");
    static final List<String> STANCES = List.of("FOR", "AGAINST", "NEUTRAL");
    /** Stances in every chart: FOR blue, AGAINST red, NEUTRAL grey. */
    static final Map<String, String> STANCE_COLOURS = Map.of("FOR", "2E75B6", "AGAINST", "C00000", "NEUTRAL",
            "A5A5A5");
    private static final Set<String> STATE_TYPES = Set.of("MEMBER_STATE", "OBSERVER_STATE");

    /** The colour of each role in the participation matrix, strongest role first. */
    static final List<LegendEntry> ROLE_COLOURS = List.of(
            new LegendEntry(Role.CHAIR.name(), "chaired the meeting", "F4B183"),
            new LegendEntry(Role.OFFICER.name(), "Vice-Chair, Rapporteur or other officer", "FFD966"),
            new LegendEntry(Role.PANELLIST.name(), "sat on a panel", "A9D08E"),
            new LegendEntry(Role.STATEMENT.name(), "made a statement", "9BC2E6"),
            new LegendEntry(Role.REPRESENTED.name(), "named as represented", "EDEDED"),
            new LegendEntry(Role.DELEGATION.name(), "on the list of participants", "CDC3E6"));

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Table> order;
    private final List<StoredFacts.Meeting> meetings;

    private AnalystWorkbook(List<Table> tables, List<StoredFacts.Meeting> meetings) {
        this.order = tables;
        tables.forEach(t -> this.tables.put(t.name(), t));
        this.meetings = meetings;
    }

    /**
     * @param export        the export tables
     * @param inputs        the register of inputs (what the run read, and when)
     * @param trackedTopics topics charted across meetings (the codebook's {@code tracked: true})
     * @param personal      the persons' table when the operator asked for it in the workbook, else null
     */
    public static WorkbookContent of(ExportTables export, List<FactStore.InputStatus> inputs,
                                     List<String> trackedTopics, Table personal) {
        List<Table> all = new ArrayList<>(export.all());
        AnalystWorkbook book = new AnalystWorkbook(all, export.meetings());
        List<Table> sheets = new ArrayList<>();
        for (Table table : all) {
            sheets.add(table);
            if (table.name().equals(ExportColumns.PARTICIPATION_MATRIX)) {
                sheets.add(book.matrixByGroup());
            }
        }
        if (personal != null) {
            sheets.add(personal);
        }
        List<ChartSpec> charts = new ArrayList<>(export.stanceCharts());
        charts.addAll(book.trackedTopicCharts(trackedTopics));
        book.regionalGroupChart().ifPresent(charts::add);
        return new WorkbookContent("Rapporteur: meetings, participation and positions", book.overview(inputs),
                charts, sheets, book.layouts());
    }

    private Table table(String name) {
        return tables.get(name);
    }

    private static String s(List<Object> row, Table table, String column) {
        Object value = row.get(table.header().indexOf(column));
        return value == null ? "" : value.toString();
    }

    private static long n(List<Object> row, Table table, String column) {
        Object value = row.get(table.header().indexOf(column));
        return value instanceof Number number ? number.longValue() : 0;
    }

    private List<OverviewSection> overview(List<FactStore.InputStatus> inputs) {
        return List.of(meetingsSection(), stancesSection(), qualitySection(), inputsSection(inputs));
    }

    private OverviewSection meetingsSection() {
        Table attendance = table(ExportColumns.ATTENDANCE);
        Table participation = table(ExportColumns.PARTICIPATION);
        Table delegations = table(DelegationTables.DELEGATIONS);
        List<List<Object>> rows = new ArrayList<>();
        for (StoredFacts.Meeting m : meetings) {
            String id = m.meetingId();
            // per report (the parts of a session may each count their own): the largest count
            Map<String, Long> countedByReport = new LinkedHashMap<>();
            boolean provisional = false;
            for (List<Object> row : attendance.rows()) {
                if (s(row, attendance, "meeting_id").equals(id)
                        && STATE_TYPES.contains(s(row, attendance, "category"))) {
                    String report = s(row, attendance, "source").replaceFirst("#[^#]*$", "");
                    countedByReport.merge(report, n(row, attendance, "count"), Long::sum);
                    provisional |= s(row, attendance, "provisional").equals("true");
                }
            }
            boolean reportCounts = !countedByReport.isEmpty();
            long counted = countedByReport.values().stream().mapToLong(Long::longValue).max().orElse(0);
            Set<String> named = new TreeSet<>();
            Set<String> speaking = new TreeSet<>();
            for (List<Object> row : participation.rows()) {
                if (!s(row, participation, "meeting_id").equals(id)
                        || !STATE_TYPES.contains(s(row, participation, "entity_type"))) {
                    continue;
                }
                String role = s(row, participation, "role");
                String entity = s(row, participation, "entity_code");
                if (role.equals(Role.STATEMENT.name())) {
                    speaking.add(entity);
                } else if (role.equals(Role.REPRESENTED.name()) || role.equals(Role.DELEGATION.name())) {
                    named.add(entity);
                }
            }
            Long attending = reportCounts ? Long.valueOf(counted) : named.isEmpty() ? null : Long.valueOf(named.size());
            Double share = attending == null || attending == 0 ? null : round((double) speaking.size() / attending);
            long delegates = 0;
            long women = 0;
            long men = 0;
            boolean listed = false;
            for (List<Object> row : delegations.rows()) {
                if (s(row, delegations, "meeting_id").equals(id)) {
                    listed = true;
                    delegates += n(row, delegations, "delegates");
                    women += n(row, delegations, "women");
                    men += n(row, delegations, "men");
                }
            }
            rows.add(Arrays.asList(id, m.body(), m.sessionNumber(), m.startDate(), m.endDate(), m.venue(),
                    m.reportStatus(), attending, attending == null ? null : provisional ? "yes" : "no",
                    (long) speaking.size(), share,
                    listed ? delegates : null,
                    listed && women + men > 0 ? round((double) women / (women + men)) : null));
        }
        List<String> header = List.of("meeting_id", "body", "session_number", "start_date", "end_date", "venue",
                "report_status", "states_attending", "attending_provisional", "states_speaking", "share_speaking",
                "delegates", "women_share");
        return new OverviewSection("Meetings covered", ExportColumns.MEETINGS, header, rows,
                Set.of("share_speaking", "women_share"),
                List.of(LinkRule.sameKeys("meeting_id", ExportColumns.MEETINGS, List.of("meeting_id")),
                        LinkRule.sameKeys("states_attending", ExportColumns.ATTENDANCE, List.of("meeting_id")),
                        new LinkRule(List.of("states_speaking"), ExportColumns.PARTICIPATION,
                                List.of("meeting_id", LinkRule.literal(Role.STATEMENT.name())),
                                List.of("meeting_id", "role")),
                        LinkRule.sameKeys("delegates", DelegationTables.DELEGATIONS, List.of("meeting_id"))),
                List.of("states_attending: the Member and observer States the report counts (attendance sheet); where "
                                + "it gives no count, the States it names as represented or the list of participants "
                                + "names (participation sheet); attending_provisional: the count rests on a draft's "
                                + "bracketed or placeholder value.",
                        "states_speaking: States with a STATEMENT row in the participation sheet (the report's "
                                + "statement lists and the statements files); share_speaking = states_speaking / "
                                + "states_attending.",
                        "delegates (every person on the list, States' and organisations' delegations alike), "
                                + "women_share: the delegations sheet, where a list of participants exists; "
                                + "women_share = women / (women + men), gender only from the honorific the list gives."));
    }

    /** (meeting, topic) → weighted mentions of FOR, AGAINST and NEUTRAL, from the positions-summary table. */
    private Map<List<String>, long[]> stanceWeights() {
        Table summary = table(PositionTables.SUMMARY);
        Map<List<String>, long[]> weights = new LinkedHashMap<>();
        for (List<Object> row : summary.rows()) {
            List<String> key = List.of(s(row, summary, "meeting_id"), s(row, summary, "topic"));
            int stance = STANCES.indexOf(s(row, summary, "stance"));
            if (stance >= 0) {
                weights.computeIfAbsent(key, k -> new long[3])[stance] += n(row, summary, "weighted_mentions");
            }
        }
        return weights;
    }

    private OverviewSection stancesSection() {
        Map<List<String>, long[]> weights = stanceWeights();
        Map<String, Integer> meetingOrder = new LinkedHashMap<>();
        meetings.forEach(m -> meetingOrder.put(m.meetingId(), meetingOrder.size()));
        List<List<Object>> rows = new ArrayList<>();
        weights.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<List<String>, long[]> e) ->
                                meetingOrder.getOrDefault(e.getKey().get(0), Integer.MAX_VALUE))
                        .thenComparing(e -> e.getKey().get(1)))
                .forEach(e -> {
                    long[] w = e.getValue();
                    long total = w[0] + w[1] + w[2];
                    rows.add(Arrays.asList(e.getKey().get(0), e.getKey().get(1), w[0], w[1], w[2],
                            total == 0 ? null : round((double) w[0] / total),
                            total == 0 ? null : round((double) w[1] / total)));
                });
        List<LinkRule> links = new ArrayList<>();
        for (String stance : STANCES) {
            links.add(new LinkRule(List.of(stance), PositionTables.POSITIONS,
                    List.of("meeting_id", "topic", LinkRule.literal(stance)), List.of("meeting_id", "topic", "stance")));
        }
        links.add(LinkRule.sameKeys("topic", PositionTables.SUMMARY, List.of("meeting_id", "topic")));
        return new OverviewSection("Balance of stances per topic (weighted mentions)", PositionTables.SUMMARY,
                List.of("meeting_id", "topic", "FOR", "AGAINST", "NEUTRAL", "for_share", "against_share"), rows,
                Set.of("for_share", "against_share"), links,
                List.of("FOR, AGAINST, NEUTRAL: weighted_mentions in the positions-summary sheet (each mention "
                                + "weighted by its quantifier, \"many speakers\" 4, \"some speakers\" 2); a figure "
                                + "links to its first sentence in the positions sheet.",
                        "for_share, against_share: the stance's weight / the weight of all three stances."));
    }

    private OverviewSection qualitySection() {
        Table quality = table(ExportColumns.DATA_QUALITY);
        Map<String, Long> counts = new LinkedHashMap<>();
        List.of("ERROR", "WARNING", "INFO").forEach(sv -> counts.put(sv, 0L));
        quality.rows().forEach(row -> counts.merge(s(row, quality, "severity"), 1L, Long::sum));
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((severity, count) -> rows.add(Arrays.asList(severity, count)));
        return new OverviewSection("Data-quality findings", ExportColumns.DATA_QUALITY, List.of("severity",
                "findings"), rows, Set.of(),
                List.of(LinkRule.sameKeys("findings", ExportColumns.DATA_QUALITY, List.of("severity"))),
                List.of("ERROR: an input or a row was rejected; WARNING: a fact to check (an unknown name, a "
                        + "placeholder); INFO: noted (a superseded draft, a provisional value). Rows in the "
                        + "data-quality sheet."));
    }

    private OverviewSection inputsSection(List<FactStore.InputStatus> inputs) {
        List<List<Object>> rows = new ArrayList<>();
        String last = "";
        for (FactStore.InputStatus input : inputs) {
            rows.add(Arrays.asList(input.source(), input.kind(), input.rejected() ? "REJECTED" : "USED",
                    readAt(input.readAt())));
            last = input.readAt().compareTo(last) > 0 ? input.readAt() : last;
        }
        return new OverviewSection("What the run read: " + inputs.size() + " input(s), the latest read at "
                + (last.isEmpty() ? "(unknown)" : last), "", List.of("source", "kind", "outcome", "read_at_utc"),
                rows, Set.of(),
                List.of(LinkRule.sameKeys("source", ExportColumns.DATA_QUALITY, List.of("source"))),
                List.of("Every input in the input folder when the run ended; read_at_utc: when its current content "
                                + "was read (an unchanged input is not read again); a source links to its first "
                                + "data-quality row, if it has one.",
                        "run-manifest.json beside this workbook records the run itself: start, end, and every "
                                + "input and output with its SHA-256."));
    }

    private Map<String, TableLayout> layouts() {
        Map<String, TableLayout> layouts = new LinkedHashMap<>();
        layouts.put(PositionTables.POSITIONS, TableLayout.PLAIN.wrap("sentence"));
        layouts.put(PositionTables.REVIEW, TableLayout.PLAIN.wrap("sentence"));
        layouts.put(ExportColumns.DATA_QUALITY, TableLayout.PLAIN.wrap("message"));
        layouts.put(PositionTables.SUMMARY, TableLayout.PLAIN.link(LinkRule.sameKeys("mentions",
                PositionTables.POSITIONS, List.of("meeting_id", "topic", "stance"))));
        layouts.put(PositionTables.BY_ENTITY, TableLayout.PLAIN.link(new LinkRule(List.of("mentions"),
                PositionTables.POSITIONS, List.of("meeting_id", "entity_code", "topic", "stance"),
                List.of("meeting_id", "attributed_entity_code", "topic", "stance"))));
        layouts.put(DelegationTables.BY_GROUP, TableLayout.PLAIN.percent("women_share"));
        Set<String> meetingColumns = new LinkedHashSet<>();
        meetings.forEach(m -> meetingColumns.add(m.meetingId()));
        LinkRule toParticipation = new LinkRule(List.copyOf(meetingColumns), ExportColumns.PARTICIPATION,
                List.of("entity_code", "entity_name", LinkRule.HEADER), List.of("entity_code", "entity_name",
                "meeting_id"));
        TableLayout matrix = TableLayout.PLAIN.colours(meetingColumns, ROLE_COLOURS).link(toParticipation)
                .freezeColumns(2); // the entity's code and name stay in view across many meetings
        layouts.put(ExportColumns.PARTICIPATION_MATRIX, matrix);
        layouts.put(MATRIX_BY_GROUP, matrix.groupedBy("regional_group"));
        return layouts;
    }

    /** The matrix again, its rows grouped by regional group (in the UN's order of the groups), others last. */
    private Table matrixByGroup() {
        Table matrix = table(ExportColumns.PARTICIPATION_MATRIX);
        int group = matrix.header().indexOf("regional_group");
        List<List<Object>> rows = new ArrayList<>(matrix.rows());
        rows.sort(java.util.Comparator.comparingInt(row -> {
            int at = REGIONAL_GROUPS.indexOf(row.get(group) == null ? "" : row.get(group).toString());
            return at < 0 ? REGIONAL_GROUPS.size() : at;
        }));
        return new Table(MATRIX_BY_GROUP, matrix.header(), rows);
    }

    /** Per tracked topic with positions: the share of FOR and of AGAINST weight at each meeting, in date order. */
    private List<ChartSpec> trackedTopicCharts(List<String> trackedTopics) {
        Map<List<String>, long[]> weights = stanceWeights();
        List<ChartSpec> charts = new ArrayList<>();
        List<String> categories = meetings.stream().map(StoredFacts.Meeting::meetingId).toList();
        for (String topic : trackedTopics) {
            List<Number> forShare = new ArrayList<>();
            List<Number> againstShare = new ArrayList<>();
            boolean any = false;
            for (String meeting : categories) {
                long[] w = weights.getOrDefault(List.of(meeting, topic), new long[3]);
                long total = w[0] + w[1] + w[2];
                any |= total > 0;
                forShare.add(total == 0 ? null : round((double) w[0] / total));
                againstShare.add(total == 0 ? null : round((double) w[1] / total));
            }
            if (any) {
                charts.add(new ChartSpec("Share of FOR and AGAINST weight across meetings: " + topic,
                        ChartSpec.Kind.LINE, "meeting", "share of weighted mentions", true, categories,
                        List.of(new ChartSpec.Series("FOR", forShare, STANCE_COLOURS.get("FOR")),
                                new ChartSpec.Series("AGAINST", againstShare, STANCE_COLOURS.get("AGAINST")))));
            }
        }
        return charts;
    }

    /** Member States taking part in any role, per regional group and meeting. */
    private java.util.Optional<ChartSpec> regionalGroupChart() {
        Table participation = table(ExportColumns.PARTICIPATION);
        if (meetings.isEmpty() || participation.rows().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> categories = meetings.stream().map(StoredFacts.Meeting::meetingId).toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (String group : REGIONAL_GROUPS) {
            List<Number> values = new ArrayList<>();
            for (String meeting : categories) {
                Set<String> states = new TreeSet<>();
                for (List<Object> row : participation.rows()) {
                    if (s(row, participation, "meeting_id").equals(meeting)
                            && s(row, participation, "regional_group").equals(group)
                            && s(row, participation, "entity_type").equals("MEMBER_STATE")) {
                        states.add(s(row, participation, "entity_code"));
                    }
                }
                values.add(states.size());
            }
            series.add(new ChartSpec.Series(group, values));
        }
        return java.util.Optional.of(new ChartSpec("Member States taking part, by regional group",
                ChartSpec.Kind.CLUSTERED_COLUMN, "meeting", "Member States", false, categories, series));
    }

    /** The stored ISO instant as a date and time (UTC) the workbook shows as one; null when unknown. */
    private static java.time.LocalDateTime readAt(String iso) {
        try {
            return iso.isEmpty() ? null : java.time.LocalDateTime.ofInstant(java.time.Instant.parse(iso),
                    java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
