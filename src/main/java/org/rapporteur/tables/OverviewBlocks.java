package org.rapporteur.tables;

import static org.rapporteur.tables.AnalystWorkbook.MAX_CODES_LISTED;
import static org.rapporteur.tables.AnalystWorkbook.MAX_MEETINGS_LISTED;
import static org.rapporteur.tables.AnalystWorkbook.MAX_REJECTED_LISTED;
import static org.rapporteur.tables.AnalystWorkbook.MAX_SERIES_CHARTED;
import static org.rapporteur.tables.AnalystWorkbook.MAX_SERIES_LISTED;
import static org.rapporteur.tables.AnalystWorkbook.STANCES;
import static org.rapporteur.tables.AnalystWorkbook.count;
import static org.rapporteur.tables.AnalystWorkbook.largest;
import static org.rapporteur.tables.AnalystWorkbook.round;
import static org.rapporteur.tables.AnalystWorkbook.seriesWeights;
import static org.rapporteur.tables.AnalystWorkbook.total;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.rapporteur.export.LinkRule;
import org.rapporteur.export.LinkedValue;
import org.rapporteur.export.OverviewSection;
import org.rapporteur.report.Role;
import org.rapporteur.store.FactStore;

/**
 * The Overview's blocks, a page a person reads: what the workbook covers, the meetings covered (by body, session and
 * year, the counted States told apart from the named ones), the body series, the balance of stances per series and
 * topic, the data-quality findings and what the run read; each bounded whatever the archive holds, a cut said in a
 * note. Pure: the same figures give the same blocks.
 */
final class OverviewBlocks {

    private static final String MEETINGS = MeetingRow.TABLE.name();
    private static final String ATTENDANCE = AttendanceRow.TABLE.name();
    private static final String PARTICIPATION = ParticipationRow.TABLE.name();
    private static final String DELEGATIONS = DelegationRow.TABLE.name();
    private static final String POSITIONS = PositionRow.TABLE.name();
    private static final String SUMMARY = PositionSummaryRow.TABLE.name();
    private static final String QUALITY = DataQualityRow.TABLE.name();

    /*
     * The meetings' State columns: two different figures, each said in full, as a reader takes two short headers
     * ("States named", "States speaking") side by side for the same kind of count.
     */
    static final String COUNTED = "States counted";
    static final String NAMED = "States named as taking part";
    static final String SPOKE = "States that made a statement";
    static final String SHARE_SPOKE = "Share that made a statement";
    /** The balance's column of the weight its figures leave out: positions the classifier is unsure of. */
    static final String TO_REVIEW = "Left out, to review";

    private static final List<LinkRule> MEETING_LINKS = List.of(
            new LinkRule(List.of("Meeting"), MEETINGS, List.of("Meeting id"), List.of("meeting_id")),
            new LinkRule(List.of(COUNTED), ATTENDANCE, List.of("Meeting id"), List.of("meeting_id")),
            new LinkRule(List.of(NAMED), PARTICIPATION,
                    List.of("Meeting id", LinkRule.literal(Role.REPRESENTED.name())), List.of("meeting_id", "role")),
            new LinkRule(List.of(NAMED), PARTICIPATION,
                    List.of("Meeting id", LinkRule.literal(Role.DELEGATION.name())), List.of("meeting_id", "role")),
            new LinkRule(List.of(SPOKE), PARTICIPATION,
                    List.of("Meeting id", LinkRule.literal(Role.STATEMENT.name())), List.of("meeting_id", "role")),
            new LinkRule(List.of("Delegates"), DELEGATIONS, List.of("Meeting id"), List.of("meeting_id")));
    private static final List<LinkRule> SERIES_LINKS = List.of(
            new LinkRule(List.of("Meetings"), MEETINGS, List.of("Series"), List.of("body")));
    private static final List<LinkRule> QUALITY_LINKS = List.of(
            new LinkRule(List.of("Findings"), QUALITY, List.of("Severity"), List.of("severity")));
    private static final List<LinkRule> CODE_LINKS = List.of(
            new LinkRule(List.of("Findings"), QUALITY, List.of("Code"), List.of("code")));
    private static final List<LinkRule> INPUT_LINKS = List.of(
            new LinkRule(List.of("Input"), QUALITY, List.of("Input"), List.of("source")));

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private OverviewBlocks() {
    }

    /** Every link rule of the blocks: their targets are indexed as the tables are written. */
    static List<LinkRule> linkRules() {
        List<LinkRule> rules = new ArrayList<>();
        rules.addAll(MEETING_LINKS);
        rules.addAll(SERIES_LINKS);
        rules.addAll(QUALITY_LINKS);
        rules.addAll(CODE_LINKS);
        rules.addAll(INPUT_LINKS);
        return rules;
    }

    /** The line under the Overview's title: what the workbook covers. */
    static List<String> intro(WorkbookFigures figures, List<FactStore.InputStatus> inputs) {
        List<WorkbookFigures.Meeting> meetings = figures.meetings();
        LocalDate first = meetings.stream().map(m -> m.meeting().startDate()).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = meetings.stream().map(m -> m.meeting().endDate() != null ? m.meeting().endDate()
                : m.meeting().startDate()).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
        String span = first == null ? "" : ", from " + DAY_MONTH_YEAR.format(first) + " to "
                + DAY_MONTH_YEAR.format(last);
        return List.of(count(meetings.size(), "meeting") + " of " + count(figures.series().size(), "body series")
                        + span + ", from " + count(inputs.size(), "input") + ".",
                "A figure in blue links to the rows behind it; the sheet \"" + AboutRow.SHEET + "\" says what "
                        + "every column of every sheet holds.");
    }


    /** The blocks: meetings covered, body series, balance of stances, data-quality findings, what the run read. */
    static List<OverviewSection> of(WorkbookFigures figures, List<FactStore.InputStatus> inputs) {
        List<OverviewSection> sections = new ArrayList<>();
        sections.add(meetingsSection(figures));
        sections.add(seriesSection(figures));
        sections.add(stancesSection(figures));
        sections.add(qualitySection(figures));
        sections.add(codesSection(figures));
        sections.add(inputsSection(inputs));
        OverviewSection rejected = rejectedSection(inputs);
        if (!rejected.rows().isEmpty()) {
            sections.add(rejected);
        }
        return sections;
    }

    private static OverviewSection meetingsSection(WorkbookFigures figures) {
        List<WorkbookFigures.Meeting> all = figures.meetings();
        List<WorkbookFigures.Meeting> shown = all.subList(Math.max(0, all.size() - MAX_MEETINGS_LISTED), all.size());
        List<List<Object>> rows = new ArrayList<>();
        for (WorkbookFigures.Meeting f : shown) {
            var m = f.meeting();
            Long attending = f.attending();
            rows.add(Arrays.asList(f.label(), m.meetingId(), dates(m.startDate(), m.endDate()), m.venue(),
                    m.reportStatus().toLowerCase(Locale.ROOT).replace('_', ' '), f.counted(),
                    f.named() == 0 ? null : f.named(), f.counted() == null ? "" : f.provisional() ? "yes" : "no",
                    f.speaking(), attending == null || attending == 0 ? null : round((double) f.speaking() / attending),
                    f.delegates(), f.delegates() != null && f.women() + f.men() > 0
                            ? round((double) f.women() / (f.women() + f.men())) : null));
        }
        List<String> notes = new ArrayList<>(List.of(
                COUNTED + ": the number of Member and observer States the report says took part (\"98 States "
                        + "were represented\": the attendance sheet), a count without names; provisional: the count "
                        + "rests on a draft's bracketed or placeholder value.",
                NAMED + ": the Member and observer States named one by one, as represented in the report or on "
                        + "the list of participants (the participation sheet, roles REPRESENTED and DELEGATION); a "
                        + "report may name fewer than it counts, or name them without counting.",
                SPOKE + ": the Member and observer States with a statement in the report or a statements file "
                        + "(the participation sheet, role STATEMENT); a figure of its own, not a part of those "
                        + "named as taking part (a State may speak without being named as represented).",
                SHARE_SPOKE + ": " + SPOKE + " / " + COUNTED + "; where the report counts none, / " + NAMED + ".",
                "Delegates: every person on the list of participants; women: women / (women + men), gender only "
                        + "from the honorific the list gives."));
        if (shown.size() < all.size()) {
            notes.add(0, "The " + shown.size() + " most recent of " + String.format(Locale.ROOT, "%,d", all.size())
                    + " meetings; every meeting is in the meetings sheet.");
        }
        return new OverviewSection("Meetings covered", MEETINGS, List.of("Meeting", "Meeting id", "Dates", "Venue",
                "Report", COUNTED, NAMED, "Provisional", SPOKE, SHARE_SPOKE, "Delegates", "Women"), rows,
                Set.of(SHARE_SPOKE, "Women"), MEETING_LINKS, notes);
    }

    /** "27–29 March 2019", "30 July – 3 August 2020", "28 December 2022 – 3 January 2023", "3 April 2018". */
    static String dates(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null || end == null || start.equals(end)) {
            return DAY_MONTH_YEAR.format(start != null ? start : end);
        }
        if (start.getYear() != end.getYear()) {
            return DAY_MONTH_YEAR.format(start) + " \u2013 " + DAY_MONTH_YEAR.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " \u2013 " + DAY_MONTH_YEAR.format(end);
        }
        return start.getDayOfMonth() + "\u2013" + DAY_MONTH_YEAR.format(end);
    }

    private static OverviewSection seriesSection(WorkbookFigures figures) {
        List<WorkbookFigures.Series> all = figures.series();
        List<List<Object>> rows = new ArrayList<>();
        for (WorkbookFigures.Series s : largest(all, MAX_SERIES_LISTED)) {
            List<WorkbookFigures.Meeting> meetings = s.meetings();
            LocalDate from = meetings.get(0).meeting().startDate();
            LocalDate to = meetings.get(meetings.size() - 1).meeting().startDate();
            rows.add(Arrays.asList(new LinkedValue(s.name(), s.matrix(), -1), s.symbol(), meetings.size(), from, to));
        }
        List<String> notes = new ArrayList<>(List.of("A body series is the series of its reports' symbols "
                + "(UNODC/CCPCJ/EG.4); a body links to its participation matrix, a sheet with a column per meeting; "
                + "its number of meetings, to its first meeting in the meetings sheet."));
        if (rows.size() < all.size()) {
            notes.add(0, "The " + rows.size() + " series with the most meetings, of " + all.size() + ".");
        }
        if (all.size() > MAX_SERIES_CHARTED) {
            notes.add("The " + MAX_SERIES_CHARTED + " series with the most meetings have their matrix in this "
                    + "workbook; every series' matrix is in participation-matrix/.");
        }
        return new OverviewSection("Body series", MEETINGS, List.of("Body", "Series", "Meetings", "First", "Last"),
                rows, Set.of(), SERIES_LINKS, notes);
    }



    /**
     * A topic's row of the balance of stances: its weights, each linked to its first sentence, the shares, and the
     * weight left to review (counted in neither).
     */
    private static List<Object> stanceRow(WorkbookFigures figures, WorkbookFigures.Series series, String topic,
                                          long[] weights) {
        long total = total(weights);
        List<Object> row = new ArrayList<>(List.of(figures.topic(topic), series.name()));
        for (int i = 0; i < STANCES.size(); i++) {
            int first = figures.firstPosition(series.symbol(), topic, STANCES.get(i));
            row.add(first < 0 ? (Object) weights[i] : new LinkedValue(weights[i], POSITIONS, first));
        }
        row.add(total == 0 ? null : round((double) weights[0] / total));
        row.add(total == 0 ? null : round((double) weights[1] / total));
        row.add(weights[3] == 0 ? null : (Object) weights[3]);
        return row;
    }


    private static OverviewSection stancesSection(WorkbookFigures figures) {
        Map<String, Map<String, long[]>> weights = seriesWeights(figures);
        List<List<Object>> rows = new ArrayList<>();
        for (WorkbookFigures.Series s : largest(figures.series(), MAX_SERIES_CHARTED)) {
            // the most discussed topic of a series first, as on its chart
            weights.getOrDefault(s.symbol(), Map.of()).entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -total(e.getValue()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> rows.add(stanceRow(figures, s, e.getKey(), e.getValue())));
        }
        return new OverviewSection("Balance of stances per body series and topic (weighted mentions)", SUMMARY,
                List.of("Topic", "Body", "For", "Against", "Neutral", "For share", "Against share", TO_REVIEW), rows,
                Set.of("For share", "Against share"), List.of(),
                List.of("For, Against, Neutral: the weighted mentions of the positions-summary sheet, added over the "
                                + "series' meetings (each mention weighted by its quantifier: \"many speakers\" 4, "
                                + "\"some speakers\" 2); only positions the classifier is sure of (confidence 0.5 or "
                                + "more, or an analyst's override); a figure links to its first sentence in the "
                                + "positions sheet.",
                        "For share, Against share: the stance's weight / the weight of all three stances.",
                        TO_REVIEW + ": the weighted mentions of the topic's positions below 0.5 confidence, of any "
                                + "stance (weighted to review in positions-summary); their sentences are in the "
                                + "review sheet. They are left out of For, Against, Neutral and the shares until an "
                                + "analyst decides them (position-overrides.csv)."));
    }

    private static final Map<String, String> SEVERITY_MEANINGS = Map.of(
            "ERROR", "Errors: an input or a row rejected",
            "WARNING", "Warnings: facts to check (an unknown name, a placeholder)",
            "INFO", "Notes (a superseded draft, a provisional value)");

    private static OverviewSection qualitySection(WorkbookFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.findings().forEach((severity, count) -> rows.add(Arrays.asList(
                SEVERITY_MEANINGS.getOrDefault(severity, severity), severity, count)));
        return new OverviewSection("Data-quality findings", QUALITY, List.of("What", "Severity", "Findings"), rows,
                Set.of(), QUALITY_LINKS, List.of("Every finding is a row of the data-quality sheet, errors first."));
    }

    private static OverviewSection codesSection(WorkbookFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        figures.findingsByCode().entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_CODES_LISTED)
                .forEach(e -> rows.add(Arrays.asList(e.getKey(), e.getValue()[1])));
        return new OverviewSection("Most frequent findings", QUALITY, List.of("Code", "Findings"), rows, Set.of(),
                CODE_LINKS, List.of());
    }

    private static OverviewSection inputsSection(List<FactStore.InputStatus> inputs) {
        Map<String, long[]> byKind = new TreeMap<>();
        Map<String, String> latest = new TreeMap<>();
        for (FactStore.InputStatus input : inputs) {
            long[] n = byKind.computeIfAbsent(input.kind(), k -> new long[2]);
            n[input.rejected() ? 1 : 0]++;
            latest.merge(input.kind(), input.readAt(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<List<Object>> rows = new ArrayList<>();
        byKind.forEach((kind, n) -> rows.add(Arrays.asList(kind, n[0] + n[1], n[0], n[1],
                readAt(latest.get(kind)))));
        return new OverviewSection("What the run read", "", List.of("Kind", "Inputs", "Used", "Rejected",
                "Latest read (UTC)"), rows, Set.of(), List.of(),
                List.of("Every input in the input folder when the run ended; an unchanged input is not read again, so "
                                + "the latest read is when the newest content was read.",
                        "run-manifest.json beside this workbook records the run itself: start, end, and every "
                                + "input and output with its SHA-256."));
    }

    private static OverviewSection rejectedSection(List<FactStore.InputStatus> inputs) {
        List<FactStore.InputStatus> rejected = inputs.stream().filter(FactStore.InputStatus::rejected).toList();
        List<List<Object>> rows = new ArrayList<>();
        rejected.stream().limit(MAX_REJECTED_LISTED).forEach(input -> rows.add(Arrays.asList(input.source(),
                input.kind(), readAt(input.readAt()))));
        List<String> notes = new ArrayList<>(List.of("An input links to its findings in the data-quality sheet."));
        if (rows.size() < rejected.size()) {
            notes.add(0, "The first " + rows.size() + " of " + rejected.size() + " rejected inputs.");
        }
        return new OverviewSection("Inputs rejected", QUALITY, List.of("Input", "Kind", "Read (UTC)"), rows, Set.of(),
                INPUT_LINKS, notes);
    }


    /** The stored ISO instant as a date and time (UTC) the workbook shows as one; null when unknown. */
    private static java.time.LocalDateTime readAt(String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : java.time.LocalDateTime.ofInstant(
                    java.time.Instant.parse(iso), java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
