package org.rapporteur.tables;

import static org.rapporteur.tables.AnalystWorkbook.GROUP_COLOURS;
import static org.rapporteur.tables.AnalystWorkbook.MAX_SERIES_CHARTED;
import static org.rapporteur.tables.AnalystWorkbook.STANCES;
import static org.rapporteur.tables.AnalystWorkbook.STANCE_COLOURS;
import static org.rapporteur.tables.AnalystWorkbook.count;
import static org.rapporteur.tables.AnalystWorkbook.largest;
import static org.rapporteur.tables.AnalystWorkbook.round;
import static org.rapporteur.tables.AnalystWorkbook.seriesWeights;
import static org.rapporteur.tables.AnalystWorkbook.total;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapporteur.export.ChartSpec;

/**
 * The workbook's charts, per body series and bounded whatever the archive holds: for the series with the most
 * meetings, the balance of stances by topic, the tracked topics' trends meeting by meeting, and the Member States named
 * by regional group. Pure: the same figures give the same charts.
 */
final class SeriesCharts {

    /**
     * The regional-group chart's title after the series' name: the Member States with a row of any role in the
     * participation sheet (represented, on a list, speaking, presiding, on a panel), not the reports' counts.
     */
    static final String GROUPS_TITLE = "Member States named in any role (represented, listed, speaking, in office, "
            + "on a panel), by regional group; not the reports' counts";

    private SeriesCharts() {
    }

    /** The lines above the charts: what they cover. */
    static List<String> notes(WorkbookFigures figures) {
        int series = figures.series().size();
        List<String> notes = new ArrayList<>();
        notes.add(series <= MAX_SERIES_CHARTED ? "Charts for each body series."
                : "Charts for the " + MAX_SERIES_CHARTED + " body series with the most meetings, of " + series
                        + "; every series' figures are in the sheets.");
        notes.add("Each chart stands beside the small table it plots; trends are drawn for a series with two meetings "
                + "or more.");
        return notes;
    }

    /**
     * The charts, per body series (those with the most meetings): the balance of stances by topic over its meetings;
     * per tracked topic, the share of FOR and AGAINST weight meeting by meeting (where two meetings or more mention it);
     * the Member States named in any role, by regional group, meeting by meeting.
     *
     * @param trackedTopics topics charted across meetings (the codebook's {@code tracked: true})
     */
    static List<ChartSpec> of(WorkbookFigures figures, List<String> trackedTopics) {
        Map<String, Map<String, long[]>> weights = seriesWeights(figures);
        Map<List<String>, long[]> byMeeting = new LinkedHashMap<>();
        for (PositionSummaryRow row : figures.summary()) {
            int stance = STANCES.indexOf(row.stance());
            if (stance >= 0) {
                byMeeting.computeIfAbsent(List.of(row.meetingId(), row.topic()), k -> new long[3])[stance]
                        += row.weightedMentions();
            }
        }
        List<ChartSpec> charts = new ArrayList<>();
        for (WorkbookFigures.Series s : largest(figures.series(), MAX_SERIES_CHARTED)) {
            Map<String, long[]> topics = new java.util.TreeMap<>(weights.getOrDefault(s.symbol(), Map.of()));
            topics.values().removeIf(w -> total(w) == 0); // only positions to review: nothing to draw
            if (!topics.isEmpty()) {
                List<String> categories = new ArrayList<>();
                List<List<Number>> values = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                // from the least discussed topic to the most: the chart draws the last at the top
                topics.entrySet().stream()
                        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> total(e.getValue()))
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .forEach(e -> {
                            categories.add(figures.topic(e.getKey()));
                            for (int i = 0; i < 3; i++) {
                                values.get(i).add(e.getValue()[i]);
                            }
                        });
                List<ChartSpec.Series> series = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    series.add(new ChartSpec.Series(label(STANCES.get(i)), values.get(i),
                            STANCE_COLOURS.get(STANCES.get(i))));
                }
                charts.add(new ChartSpec(s.name() + ": stance by topic over " + count(s.meetings().size(), "meeting"),
                        ChartSpec.Kind.STACKED_BAR, "Topic", "Weighted mentions", false, categories, series));
            }
            List<String> meetings = s.meetings().stream().map(WorkbookFigures.Meeting::shortLabel).toList();
            for (String topic : trackedTopics) {
                List<Number> forShare = new ArrayList<>();
                List<Number> againstShare = new ArrayList<>();
                int mentioned = 0;
                for (WorkbookFigures.Meeting m : s.meetings()) {
                    long[] w = byMeeting.getOrDefault(List.of(m.id(), topic), new long[3]);
                    long total = w[0] + w[1] + w[2];
                    mentioned += total > 0 ? 1 : 0;
                    forShare.add(total == 0 ? null : round((double) w[0] / total));
                    againstShare.add(total == 0 ? null : round((double) w[1] / total));
                }
                if (mentioned >= 2) {
                    charts.add(new ChartSpec(s.name() + ": " + figures.topic(topic)
                            + ", share of For and Against, meeting by meeting", ChartSpec.Kind.LINE, "Meeting",
                            "Share of weighted mentions", true, meetings,
                            List.of(new ChartSpec.Series("For", forShare, STANCE_COLOURS.get("FOR")),
                                    new ChartSpec.Series("Against", againstShare, STANCE_COLOURS.get("AGAINST")))));
                }
            }
            if (s.meetings().stream().anyMatch(m -> Arrays.stream(m.byGroup()).sum() > 0)) {
                List<ChartSpec.Series> series = new ArrayList<>();
                for (int g = 0; g < WorkbookFigures.REGIONAL_GROUPS.size(); g++) {
                    List<Number> values = new ArrayList<>();
                    for (WorkbookFigures.Meeting m : s.meetings()) {
                        values.add(m.byGroup()[g]);
                    }
                    series.add(new ChartSpec.Series(WorkbookFigures.REGIONAL_GROUPS.get(g), values,
                            GROUP_COLOURS.get(g)));
                }
                // any role, as in the participation matrix's group headings: more than the Overview's "States
                // named as taking part" (represented or on a list), so the title must not use the same words
                charts.add(new ChartSpec(s.name() + ": " + GROUPS_TITLE, ChartSpec.Kind.STACKED_COLUMN, "Meeting",
                        "Member States named", false, meetings, series));
            }
        }
        return charts;
    }

    private static String label(String stance) {
        return stance.charAt(0) + stance.substring(1).toLowerCase(Locale.ROOT);
    }
}
