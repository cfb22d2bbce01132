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
import org.rapporteur.export.SheetColumns;
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

    /** How a table's sheet looks, with the CSV file's columns only: see {@link #layout(TableDef, WorkbookNames)}. */
    public static TableLayout layout(TableDef<?> table) {
        return layout(table, WorkbookNames.NONE);
    }

    /**
     * How a table's sheet looks: columns headed in words, evidence wrapped, shares as percentages, figures linked, the
     * matrix coloured; an entity's name beside its code, a topic's title beside its code and the sentence beside an
     * attendance or participation row, as far as {@code names} can say them.
     */
    public static TableLayout layout(TableDef<?> table, WorkbookNames names) {
        List<String> header = table.header();
        SheetColumns columns = sheetColumns(table, names);
        if (MatrixRow.isMatrix(table)) {
            List<String> meetingColumns = header.subList(MatrixRow.Column.values().length, header.size());
            // the entity's code and name stay in view across many meetings; a heading row per regional group
            return TableLayout.PLAIN.colours(Set.copyOf(meetingColumns), ROLE_COLOURS).freezeColumns(2)
                    .groupedBy("regional_group").describe(table.rowIs()).explain(meanings(table))
                    .label(labels(table)).columns(columns);
        }
        TableLayout layout = LAYOUTS.getOrDefault(table.name(), TableLayout.PLAIN);
        if (names.evidence() != null && header.containsAll(EVIDENCE_PLACE) && !header.contains("sentence")) {
            layout = layout.wrap(EVIDENCE);
        }
        if (layout.frozenColumns() == 0 && !header.isEmpty() && header.get(0).equals("meeting_id")) {
            // a table of many columns keeps in view whose row it is when scrolled sideways: the meeting, and the
            // entity (its code and name) where the row is an entity's
            boolean entity = header.size() > 1 && header.get(1).equals("entity_code");
            layout = layout.freezeColumns(entity ? (header.contains("entity_name") ? 3 : 2) : 1);
        }
        return layout.describe(table.rowIs()).explain(meanings(table)).label(labels(table)).columns(columns);
    }

    /** The sheet's own column of the sentence a row comes from. */
    static final String EVIDENCE = "evidence";
    static final List<String> EVIDENCE_PLACE = List.of("source_file", "paragraph", "sentence_index");
    /**
     * The sheet's own columns of names, each after the column of codes it names: a speaker's code and a topic's in
     * every table, the group spoken for where it is a code (in positions; participation's on_behalf_of is a name).
     */
    static final Map<String, String> NAME_OF = new LinkedHashMap<>();

    static {
        NAME_OF.put("attributed_entity_code", "speaker_name");
        NAME_OF.put("on_behalf_of", "on_behalf_of_name");
        NAME_OF.put("topic", "topic_title");
    }

    /** Columns of codes only in these tables. */
    private static final Map<String, String> CODES_ONLY_IN = Map.of("on_behalf_of", PositionRow.TABLE.name());

    /** The sheet's own column names, with their headings. */
    static final Map<String, String> OWN_LABELS = Map.of("speaker_name", "Speaker", "on_behalf_of_name",
            "On behalf of (name)", "topic_title", "Topic", EVIDENCE, "Sentence (from the report)");

    /**
     * Where the sheet's columns differ from the CSV file's: an entity's name moved beside its code; a name beside each
     * other code and a topic's title beside its code; the sentence after the place a row names.
     */
    static SheetColumns sheetColumns(TableDef<?> table, WorkbookNames names) {
        List<String> header = table.header();
        SheetColumns columns = SheetColumns.SAME;
        if (header.contains("entity_code") && header.contains("entity_name")) {
            columns = columns.move("entity_name", "entity_code");
        }
        Lookups lookups = names.lookups();
        if (lookups != null) {
            for (Map.Entry<String, String> code : NAME_OF.entrySet()) {
                if (!header.contains(code.getKey()) || !CODES_ONLY_IN.getOrDefault(code.getKey(), table.name())
                        .equals(table.name())) {
                    continue;
                }
                String column = code.getKey();
                if (column.equals("topic")) {
                    columns = columns.add(code.getValue(), column, "the topic's title in the codebook (on the "
                            + "workbook only; the CSV file has the topic's code)", row -> text(row.apply(column))
                            .isEmpty() ? "" : lookups.topic(text(row.apply(column))));
                } else {
                    columns = columns.add(code.getValue(), column, "the UN short name (or the organisation's or "
                            + "group's name) of the code beside it (on the workbook only)",
                            row -> nameOf(lookups, text(row.apply(column))));
                }
            }
        }
        Evidence evidence = names.evidence();
        if (evidence != null && header.containsAll(EVIDENCE_PLACE) && !header.contains("sentence")) {
            columns = columns.add(EVIDENCE, "sentence_index", "the sentence the row comes from (sentence_index of "
                    + "paragraph), else its paragraph, cut at " + Evidence.MAX_CHARS + " characters; empty for a "
                    + "list's or statements file's line (on the workbook only)", row -> evidence.at(
                    row.apply("source_file"), row.apply("paragraph"), row.apply("sentence_index")));
        }
        return columns;
    }

    /** The names of codes, joined as the codes are ("G77;EU"). */
    private static String nameOf(Lookups lookups, String codes) {
        if (codes.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String code : codes.split(";")) {
            names.add(code.isBlank() ? "" : lookups.names().apply(code.strip()));
        }
        return String.join("; ", names);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Each column's heading in words, by its name ({@link TableColumn#label}). */
    private static Map<String, String> labels(TableDef<?> table) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (TableColumn<?> column : table.columns()) {
            labels.putIfAbsent(column.header(), column.label());
        }
        labels.putAll(OWN_LABELS);
        return labels;
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
