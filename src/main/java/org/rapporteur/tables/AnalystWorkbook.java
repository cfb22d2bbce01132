package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.rapporteur.export.ChartSpec;
import org.rapporteur.export.LegendEntry;
import org.rapporteur.export.LinkRule;
import org.rapporteur.export.OverviewSection;
import org.rapporteur.export.TableLayout;
import org.rapporteur.report.Role;
import org.rapporteur.store.FactStore;

/**
 * What the analyst's workbook shows beyond the tables, from the figures gathered while they were built: the Overview's
 * sections, the charts, and how each table sheet looks (evidence wrapped, roles coloured, figures linked to the rows
 * behind them). Pure: the same figures and inputs give the same content.
 */
public final class AnalystWorkbook {

    public static final String TITLE = "Rapporteur: meetings, participation and positions";
    static final List<String> STANCES = List.of("FOR", "AGAINST", "NEUTRAL");
    /** Stances in every chart: FOR blue, AGAINST red, NEUTRAL grey. */
    static final Map<String, String> STANCE_COLOURS = Map.of("FOR", "2E75B6", "AGAINST", "C00000", "NEUTRAL",
            "A5A5A5");

    /** The colour of each role in the participation matrix, strongest role first. */
    static final List<LegendEntry> ROLE_COLOURS = List.of(
            new LegendEntry(Role.CHAIR.name(), "chaired the meeting", "F4B183"),
            new LegendEntry(Role.OFFICER.name(), "Vice-Chair, Rapporteur or other officer", "FFD966"),
            new LegendEntry(Role.PANELLIST.name(), "sat on a panel", "A9D08E"),
            new LegendEntry(Role.STATEMENT.name(), "made a statement", "9BC2E6"),
            new LegendEntry(Role.REPRESENTED.name(), "named as represented", "EDEDED"),
            new LegendEntry(Role.DELEGATION.name(), "on the list of participants", "CDC3E6"));

    private static final String MEETINGS = MeetingRow.TABLE.name();
    private static final String ATTENDANCE = AttendanceRow.TABLE.name();
    private static final String PARTICIPATION = ParticipationRow.TABLE.name();
    private static final String DELEGATIONS = DelegationRow.TABLE.name();
    private static final String POSITIONS = PositionRow.TABLE.name();
    private static final String SUMMARY = PositionSummaryRow.TABLE.name();
    private static final String QUALITY = DataQualityRow.TABLE.name();

    private static final List<LinkRule> MEETING_LINKS = List.of(
            LinkRule.sameKeys("meeting_id", MEETINGS, List.of("meeting_id")),
            LinkRule.sameKeys("states_attending", ATTENDANCE, List.of("meeting_id")),
            new LinkRule(List.of("states_speaking"), PARTICIPATION,
                    List.of("meeting_id", LinkRule.literal(Role.STATEMENT.name())), List.of("meeting_id", "role")),
            LinkRule.sameKeys("delegates", DELEGATIONS, List.of("meeting_id")));
    private static final List<LinkRule> STANCE_LINKS;
    private static final List<LinkRule> QUALITY_LINKS = List.of(
            LinkRule.sameKeys("findings", QUALITY, List.of("severity")));
    private static final List<LinkRule> INPUT_LINKS = List.of(LinkRule.sameKeys("source", QUALITY, List.of("source")));
    private static final Map<String, TableLayout> LAYOUTS = new LinkedHashMap<>();

    static {
        List<LinkRule> stances = new ArrayList<>();
        for (String stance : STANCES) {
            stances.add(new LinkRule(List.of(stance), POSITIONS, List.of("meeting_id", "topic",
                    LinkRule.literal(stance)), List.of("meeting_id", "topic", "stance")));
        }
        stances.add(LinkRule.sameKeys("topic", SUMMARY, List.of("meeting_id", "topic")));
        STANCE_LINKS = List.copyOf(stances);
        LAYOUTS.put(POSITIONS, TableLayout.PLAIN.wrap("sentence"));
        LAYOUTS.put(ReviewRow.TABLE.name(), TableLayout.PLAIN.wrap("sentence"));
        LAYOUTS.put(QUALITY, TableLayout.PLAIN.wrap("message"));
        LAYOUTS.put(AboutRow.TABLE.name(), TableLayout.PLAIN.wrap("meaning"));
        LAYOUTS.put(SUMMARY, TableLayout.PLAIN.link(LinkRule.sameKeys("mentions", POSITIONS,
                List.of("meeting_id", "topic", "stance"))));
        LAYOUTS.put(EntityPositionRow.TABLE.name(), TableLayout.PLAIN.link(new LinkRule(List.of("mentions"),
                POSITIONS, List.of("meeting_id", "entity_code", "topic", "stance"),
                List.of("meeting_id", "attributed_entity_code", "topic", "stance"))));
        LAYOUTS.put(GroupAttendanceRow.TABLE.name(), TableLayout.PLAIN.percent("women_share"));
    }

    private AnalystWorkbook() {
    }

    /** Every link rule of the sheets and the Overview: their targets are indexed as the tables are written. */
    public static List<LinkRule> linkRules() {
        List<LinkRule> rules = new ArrayList<>();
        LAYOUTS.values().forEach(layout -> rules.addAll(layout.links()));
        rules.addAll(MEETING_LINKS);
        rules.addAll(STANCE_LINKS);
        rules.addAll(QUALITY_LINKS);
        rules.addAll(INPUT_LINKS);
        return rules;
    }

    /** How a table's sheet looks: evidence wrapped, shares as percentages, figures linked, the matrix coloured. */
    public static TableLayout layout(TableDef<?> table) {
        if (MatrixRow.isMatrix(table)) {
            List<String> meetingColumns = table.header().subList(MatrixRow.Column.values().length,
                    table.header().size());
            // the entity's code and name stay in view across many meetings; a heading row per regional group
            return TableLayout.PLAIN.colours(Set.copyOf(meetingColumns), ROLE_COLOURS).freezeColumns(2)
                    .groupedBy("regional_group");
        }
        return LAYOUTS.getOrDefault(table.name(), TableLayout.PLAIN);
    }

    /** The Overview: meetings covered, balance of stances, data-quality findings, and what the run read. */
    public static List<OverviewSection> overview(WorkbookFigures figures, List<FactStore.InputStatus> inputs) {
        return List.of(meetingsSection(figures), stancesSection(figures), qualitySection(figures),
                inputsSection(inputs));
    }

    private static OverviewSection meetingsSection(WorkbookFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (WorkbookFigures.Meeting f : figures.meetings()) {
            var m = f.meeting();
            Long attending = f.attending();
            Double share = attending == null || attending == 0 ? null : round((double) f.speaking() / attending);
            rows.add(Arrays.asList(m.meetingId(), m.body(), m.sessionNumber(), m.startDate(), m.endDate(), m.venue(),
                    m.reportStatus(), attending, attending == null ? null : f.provisional() ? "yes" : "no",
                    (long) f.speaking(), share, f.delegates(),
                    f.delegates() != null && f.women() + f.men() > 0
                            ? round((double) f.women() / (f.women() + f.men())) : null));
        }
        List<String> header = List.of("meeting_id", "body", "session_number", "start_date", "end_date", "venue",
                "report_status", "states_attending", "attending_provisional", "states_speaking", "share_speaking",
                "delegates", "women_share");
        return new OverviewSection("Meetings covered", MEETINGS, header, rows, Set.of("share_speaking", "women_share"),
                MEETING_LINKS,
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

    /** (meeting, topic) → weighted mentions of FOR, AGAINST and NEUTRAL, from the positions-summary rows. */
    private static Map<List<String>, long[]> stanceWeights(WorkbookFigures figures) {
        Map<List<String>, long[]> weights = new LinkedHashMap<>();
        for (PositionSummaryRow row : figures.summary()) {
            int stance = STANCES.indexOf(row.stance());
            if (stance >= 0) {
                weights.computeIfAbsent(List.of(row.meetingId(), row.topic()), k -> new long[3])[stance]
                        += row.weightedMentions();
            }
        }
        return weights;
    }

    private static OverviewSection stancesSection(WorkbookFigures figures) {
        Map<String, Integer> meetingOrder = new LinkedHashMap<>();
        figures.meetings().forEach(m -> meetingOrder.put(m.id(), meetingOrder.size()));
        List<List<Object>> rows = new ArrayList<>();
        stanceWeights(figures).entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<String>, long[]> e) ->
                                meetingOrder.getOrDefault(e.getKey().get(0), Integer.MAX_VALUE))
                        .thenComparing(e -> e.getKey().get(1)))
                .forEach(e -> {
                    long[] w = e.getValue();
                    long total = w[0] + w[1] + w[2];
                    rows.add(Arrays.asList(e.getKey().get(0), e.getKey().get(1), w[0], w[1], w[2],
                            total == 0 ? null : round((double) w[0] / total),
                            total == 0 ? null : round((double) w[1] / total)));
                });
        return new OverviewSection("Balance of stances per topic (weighted mentions)", SUMMARY,
                List.of("meeting_id", "topic", "FOR", "AGAINST", "NEUTRAL", "for_share", "against_share"), rows,
                Set.of("for_share", "against_share"), STANCE_LINKS,
                List.of("FOR, AGAINST, NEUTRAL: weighted_mentions in the positions-summary sheet (each mention "
                                + "weighted by its quantifier, \"many speakers\" 4, \"some speakers\" 2); a figure "
                                + "links to its first sentence in the positions sheet.",
                        "for_share, against_share: the stance's weight / the weight of all three stances."));
    }

    private static OverviewSection qualitySection(WorkbookFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.findings().forEach((severity, count) -> rows.add(Arrays.asList(severity, count)));
        return new OverviewSection("Data-quality findings", QUALITY, List.of("severity", "findings"), rows, Set.of(),
                QUALITY_LINKS,
                List.of("ERROR: an input or a row was rejected; WARNING: a fact to check (an unknown name, a "
                        + "placeholder); INFO: noted (a superseded draft, a provisional value). Rows in the "
                        + "data-quality sheet."));
    }

    private static OverviewSection inputsSection(List<FactStore.InputStatus> inputs) {
        List<List<Object>> rows = new ArrayList<>();
        String last = "";
        for (FactStore.InputStatus input : inputs) {
            rows.add(Arrays.asList(input.source(), input.kind(), input.rejected() ? "REJECTED" : "USED",
                    readAt(input.readAt())));
            last = input.readAt().compareTo(last) > 0 ? input.readAt() : last;
        }
        return new OverviewSection("What the run read: " + inputs.size() + " input(s), the latest read at "
                + (last.isEmpty() ? "(unknown)" : last), "", List.of("source", "kind", "outcome", "read_at_utc"),
                rows, Set.of(), INPUT_LINKS,
                List.of("Every input in the input folder when the run ended; read_at_utc: when its current content "
                                + "was read (an unchanged input is not read again); a source links to its first "
                                + "data-quality row, if it has one.",
                        "run-manifest.json beside this workbook records the run itself: start, end, and every "
                                + "input and output with its SHA-256."));
    }

    /**
     * The charts: stance by topic for each meeting with positions; per tracked topic, the share of FOR and AGAINST
     * weight across meetings; the Member States taking part per regional group and meeting.
     *
     * @param trackedTopics topics charted across meetings (the codebook's {@code tracked: true})
     */
    public static List<ChartSpec> charts(WorkbookFigures figures, List<String> trackedTopics) {
        List<ChartSpec> charts = new ArrayList<>(stanceCharts(figures));
        charts.addAll(trackedTopicCharts(figures, trackedTopics));
        if (!figures.meetings().isEmpty() && figures.anyParticipation()) {
            charts.add(regionalGroupChart(figures));
        }
        return charts;
    }

    /** One chart per meeting that has positions: the weight of FOR, AGAINST and NEUTRAL per topic. */
    private static List<ChartSpec> stanceCharts(WorkbookFigures figures) {
        Map<String, Map<String, Map<String, Integer>>> byMeeting = new LinkedHashMap<>();
        for (PositionSummaryRow row : figures.summary()) {
            byMeeting.computeIfAbsent(row.meetingId(), k -> new TreeMap<>())
                    .computeIfAbsent(row.topic(), k -> new TreeMap<>()).put(row.stance(), row.weightedMentions());
        }
        List<ChartSpec> charts = new ArrayList<>();
        for (WorkbookFigures.Meeting m : figures.meetings()) {
            Map<String, Map<String, Integer>> byTopic = byMeeting.get(m.id());
            if (byTopic == null) {
                continue;
            }
            List<ChartSpec.Series> series = new ArrayList<>();
            for (String stance : STANCES) {
                List<Number> values = new ArrayList<>();
                byTopic.values().forEach(v -> values.add(v.getOrDefault(stance, 0)));
                series.add(new ChartSpec.Series(stance, values, STANCE_COLOURS.get(stance)));
            }
            charts.add(new ChartSpec("Stance by topic (weighted mentions): " + m.id(),
                    ChartSpec.Kind.STACKED_COLUMN, "topic", "weighted mentions", false, List.copyOf(byTopic.keySet()),
                    series));
        }
        return charts;
    }

    /** Per tracked topic with positions: the share of FOR and of AGAINST weight at each meeting, in date order. */
    private static List<ChartSpec> trackedTopicCharts(WorkbookFigures figures, List<String> trackedTopics) {
        Map<List<String>, long[]> weights = stanceWeights(figures);
        List<ChartSpec> charts = new ArrayList<>();
        List<String> categories = figures.meetings().stream().map(WorkbookFigures.Meeting::id).toList();
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
    private static ChartSpec regionalGroupChart(WorkbookFigures figures) {
        List<String> categories = figures.meetings().stream().map(WorkbookFigures.Meeting::id).toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int g = 0; g < WorkbookFigures.REGIONAL_GROUPS.size(); g++) {
            List<Number> values = new ArrayList<>();
            for (WorkbookFigures.Meeting m : figures.meetings()) {
                values.add(m.byGroup()[g]);
            }
            series.add(new ChartSpec.Series(WorkbookFigures.REGIONAL_GROUPS.get(g), values));
        }
        return new ChartSpec("Member States taking part, by regional group", ChartSpec.Kind.CLUSTERED_COLUMN,
                "meeting", "Member States", false, categories, series);
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
