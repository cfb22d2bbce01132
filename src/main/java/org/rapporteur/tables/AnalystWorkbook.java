package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * What the analyst's workbook shows beyond the tables, from the figures gathered while they were built: the Overview
 * ({@link OverviewBlocks}: a page a person reads), the charts ({@link SeriesCharts}: per body series), the bounds that
 * keep both within a person's reach whatever the archive holds, and how each table sheet looks (evidence wrapped, roles
 * coloured, figures linked to the rows behind them). Pure: the same figures give the same content.
 */
public final class AnalystWorkbook {

    public static final String TITLE = "Rapporteur: meetings, participation and positions";
    /** The Overview lists this many meetings at most, the most recent. */
    static final int MAX_MEETINGS_LISTED = 60;
    /** The charts and the Overview's balance of stances cover this many body series at most, those with most meetings. */
    static final int MAX_SERIES_CHARTED = 12;
    static final int MAX_SERIES_LISTED = 40;
    static final int MAX_CODES_LISTED = 10;
    static final int MAX_REJECTED_LISTED = 20;
    static final List<String> STANCES = List.of("FOR", "AGAINST", "NEUTRAL");
    /** Stances in every chart: FOR blue, AGAINST red, NEUTRAL grey. */
    static final Map<String, String> STANCE_COLOURS = Map.of("FOR", "2E75B6", "AGAINST", "C00000", "NEUTRAL",
            "A5A5A5");
    /** The regional groups in charts, in the UN's order, each its colour. */
    static final List<String> GROUP_COLOURS = List.of("E69F00", "56B4E9", "009E73", "CC79A7", "0072B2");

    /** The colour of each role in the participation matrix, strongest role first. */
    static final List<LegendEntry> ROLE_COLOURS = List.of(
            new LegendEntry(Role.CHAIR.name(), "chaired the meeting", "F4B183"),
            new LegendEntry(Role.OFFICER.name(), "Vice-Chair, Rapporteur or other officer", "FFD966"),
            new LegendEntry(Role.PANELLIST.name(), "sat on a panel", "A9D08E"),
            new LegendEntry(Role.STATEMENT.name(), "made a statement", "9BC2E6"),
            new LegendEntry(Role.REPRESENTED.name(), "named as represented", "EDEDED"),
            new LegendEntry(Role.DELEGATION.name(), "on the list of participants", "CDC3E6"));

    private static final String POSITIONS = PositionRow.TABLE.name();
    private static final String SUMMARY = PositionSummaryRow.TABLE.name();
    private static final String QUALITY = DataQualityRow.TABLE.name();

    private static final Map<String, TableLayout> LAYOUTS = new LinkedHashMap<>();

    static {
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
        rules.addAll(OverviewBlocks.linkRules());
        return rules;
    }

    /** How a table's sheet looks: evidence wrapped, shares as percentages, figures linked, the matrix coloured. */
    public static TableLayout layout(TableDef<?> table) {
        if (MatrixRow.isMatrix(table)) {
            List<String> meetingColumns = table.header().subList(MatrixRow.Column.values().length,
                    table.header().size());
            // the entity's code and name stay in view across many meetings; a heading row per regional group
            return TableLayout.PLAIN.colours(Set.copyOf(meetingColumns), ROLE_COLOURS).freezeColumns(5)
                    .groupedBy("regional_group").describe(table.rowIs()).explain(meanings(table));
        }
        TableLayout layout = LAYOUTS.getOrDefault(table.name(), TableLayout.PLAIN);
        List<String> header = table.header();
        if (layout.frozenColumns() == 0 && !header.isEmpty() && header.get(0).equals("meeting_id")) {
            // a table of many columns keeps in view whose row it is when scrolled sideways: the meeting, and the
            // entity where the row is an entity's
            layout = layout.freezeColumns(header.size() > 1 && header.get(1).equals("entity_code") ? 2 : 1);
        }
        return layout.describe(table.rowIs()).explain(meanings(table));
    }

    /** What each column holds, by its header: what the "About these tables" sheet says of it. */
    private static Map<String, String> meanings(TableDef<?> table) {
        Map<String, String> meanings = new LinkedHashMap<>();
        for (TableColumn<?> column : table.columns()) {
            meanings.putIfAbsent(column.header(), column.meaning());
        }
        return meanings;
    }

    /** The line under the Overview's title: what the workbook covers. */
    public static List<String> intro(WorkbookFigures figures, List<FactStore.InputStatus> inputs) {
        return OverviewBlocks.intro(figures, inputs);
    }

    /** The Overview: meetings covered, body series, balance of stances, data-quality findings, what the run read. */
    public static List<OverviewSection> overview(WorkbookFigures figures, List<FactStore.InputStatus> inputs) {
        return OverviewBlocks.of(figures, inputs);
    }

    static String count(long n, String what) {
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 || what.endsWith("series") ? what : what + "s");
    }

    /** The lines above the charts: what they cover. */
    public static List<String> chartNotes(WorkbookFigures figures) {
        return SeriesCharts.notes(figures);
    }

    /**
     * The charts, per body series ({@link SeriesCharts}).
     *
     * @param trackedTopics topics charted across meetings (the codebook's {@code tracked: true})
     */
    public static List<ChartSpec> charts(WorkbookFigures figures, List<String> trackedTopics) {
        return SeriesCharts.of(figures, trackedTopics);
    }

    /** The series with the most meetings (then by symbol), at most {@code max}, in their own order. */
    static List<WorkbookFigures.Series> largest(List<WorkbookFigures.Series> series, int max) {
        List<WorkbookFigures.Series> kept = series.stream()
                .sorted(Comparator.comparingInt((WorkbookFigures.Series s) -> -s.meetings().size())
                        .thenComparing(WorkbookFigures.Series::symbol)).limit(max).toList();
        return series.stream().filter(kept::contains).toList();
    }

    /**
     * series → topic → weighted mentions of FOR, AGAINST and NEUTRAL over the series' meetings (positions the
     * classifier is sure of), then the weighted mentions to review, of any stance (left out of the balance).
     */
    static Map<String, Map<String, long[]>> seriesWeights(WorkbookFigures figures) {
        Map<String, String> seriesOf = new LinkedHashMap<>();
        figures.meetings().forEach(m -> seriesOf.put(m.id(), m.series()));
        Map<String, Map<String, long[]>> weights = new LinkedHashMap<>();
        for (PositionSummaryRow row : figures.summary()) {
            String series = seriesOf.get(row.meetingId());
            int stance = STANCES.indexOf(row.stance());
            if (series != null && stance >= 0) {
                long[] topic = weights.computeIfAbsent(series, k -> new TreeMap<>())
                        .computeIfAbsent(row.topic(), k -> new long[4]);
                topic[stance] += row.weightedMentions();
                topic[3] += row.weightedToReview();
            }
        }
        return weights;
    }

    /** The weight of all three stances (those to review not counted). */
    static long total(long[] weights) {
        return weights[0] + weights[1] + weights[2];
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
