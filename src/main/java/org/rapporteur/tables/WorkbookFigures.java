package org.rapporteur.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.rapporteur.reference.Bodies;
import org.rapporteur.report.Role;
import org.rapporteur.store.StoredFacts;

/**
 * What the workbook's Overview and Charts show, gathered while the tables are built, so that every figure is one an
 * analyst can recompute from the sheets behind it: one small record per meeting, its body series, the balance of
 * stances (the positions-summary rows) and where each series' first position of a topic and stance is, and the
 * findings per severity and code. Holds nothing per row of evidence.
 */
public final class WorkbookFigures {

    static final List<String> REGIONAL_GROUPS = List.of("African States", "Asia-Pacific States",
            "Eastern European States", "Latin American and Caribbean States", "Western European and other States");
    static final List<String> SEVERITIES = List.of("ERROR", "WARNING", "INFO");
    private static final Set<String> STATE_TYPES = Set.of("MEMBER_STATE", "OBSERVER_STATE");

    /**
     * One meeting's figures.
     *
     * @param label       "Expert Group on Cybercrime, 5th meeting, 2019"
     * @param shortLabel  the same within its series: "5th meeting, 2019"
     * @param counted     the States the reports count (the largest of its reports' counts); null when none counts
     * @param named       the States named as represented or on a list of participants
     * @param provisional the count rests on a draft's placeholder or bracketed value
     * @param speaking    States with a STATEMENT row
     * @param delegates   persons on the lists of participants; null without a list
     * @param women       women on the lists, by honorific
     * @param men         men on the lists, by honorific
     * @param byGroup     Member States named as taking part in any role, per regional group ({@link #REGIONAL_GROUPS})
     */
    public record Meeting(StoredFacts.Meeting meeting, String series, String label, String shortLabel, Long counted,
                          int named, boolean provisional, int speaking, Long delegates, long women, long men,
                          int[] byGroup) {

        public String id() {
            return meeting.meetingId();
        }

        /** The States attending: the reports' count, else those named; null when nothing says. */
        Long attending() {
            return counted != null ? counted : named > 0 ? Long.valueOf(named) : null;
        }
    }

    /** A body series: its symbol ("" for meetings of none), what labels call it, and its meetings in date order. */
    public record Series(String symbol, String name, String matrix, List<Meeting> meetings) {
    }

    private final Bodies bodies;
    private final Lookups lookups;
    private final Map<String, String> seriesOf = new HashMap<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final Map<String, Long> findings = new LinkedHashMap<>();
    private final Map<String, long[]> findingsByCode = new TreeMap<>();
    private final Map<List<String>, Integer> firstPosition = new HashMap<>();
    private List<PositionSummaryRow> summary = List.of();

    WorkbookFigures(List<StoredFacts.Meeting> meetings, Lookups lookups) {
        this.lookups = lookups;
        this.bodies = lookups.bodies();
        meetings.forEach(m -> seriesOf.put(m.meetingId(), m.body() == null ? "" : m.body()));
        SEVERITIES.forEach(severity -> findings.put(severity, 0L));
    }

    /** Adds a meeting's figures ({@link #of}), in date order. */
    void add(Meeting meeting) {
        meetings.add(meeting);
    }

    /** A meeting's figures, from its rows in the attendance, participation and delegations tables. */
    Meeting of(StoredFacts.Meeting meeting, List<AttendanceRow> attendance, List<ParticipationRow> participation,
               List<DelegationRow> delegations) {
        // per report (the parts of a session may each count their own): the largest count
        Map<String, Long> countedByReport = new LinkedHashMap<>();
        boolean provisional = false;
        for (AttendanceRow row : attendance) {
            if (STATE_TYPES.contains(row.category()) && row.count() != null) {
                countedByReport.merge(row.sourceFile(), (long) row.count(), Long::sum);
                provisional |= row.provisional();
            }
        }
        Set<String> named = new TreeSet<>();
        Set<String> speaking = new TreeSet<>();
        List<Set<String>> byGroup = new ArrayList<>();
        REGIONAL_GROUPS.forEach(g -> byGroup.add(new TreeSet<>()));
        for (ParticipationRow row : participation) {
            if (row.entityType().equals("MEMBER_STATE") && REGIONAL_GROUPS.contains(row.regionalGroup())) {
                byGroup.get(REGIONAL_GROUPS.indexOf(row.regionalGroup())).add(row.entityCode());
            }
            if (!STATE_TYPES.contains(row.entityType())) {
                continue;
            }
            if (row.role().equals(Role.STATEMENT.name())) {
                speaking.add(row.entityCode());
            } else if (row.role().equals(Role.REPRESENTED.name()) || row.role().equals(Role.DELEGATION.name())) {
                named.add(row.entityCode());
            }
        }
        Long counted = countedByReport.isEmpty() ? null
                : countedByReport.values().stream().mapToLong(Long::longValue).max().orElse(0);
        Long delegates = delegations.isEmpty() ? null
                : delegations.stream().mapToLong(DelegationRow::delegates).sum();
        String series = seriesOf.getOrDefault(meeting.meetingId(), "");
        String unit = bodies.unit(meeting.body());
        String when = meeting.sessionNumber() == null ? meeting.meetingId()
                : ordinal(meeting.sessionNumber()) + " " + unit;
        LocalDate date = meeting.startDate() != null ? meeting.startDate() : meeting.endDate();
        String shortLabel = date == null ? when : when + ", " + date.getYear();
        return new Meeting(meeting, series, seriesName(series) + ", " + shortLabel, shortLabel, counted,
                named.size(), provisional, speaking.size(), delegates,
                delegations.stream().mapToLong(DelegationRow::women).sum(),
                delegations.stream().mapToLong(DelegationRow::men).sum(),
                byGroup.stream().mapToInt(Set::size).toArray());
    }

    /** What labels call a series: the body's short name, else its symbol. */
    String seriesName(String series) {
        if (series.isEmpty()) {
            return "No body series";
        }
        return bodies.of(series).map(Bodies.Body::shortName).orElse(series);
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "21st". */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** A row of positions.csv was written at {@code row}: the first of its series, topic and stance is kept. */
    void position(PositionRow position, int row) {
        position(position.meetingId(), position.topic(), position.stance(), row);
    }

    /** A row of positions.csv of a meeting, topic and stance was written at {@code row}. */
    void position(String meetingId, String topic, String stance, int row) {
        String series = seriesOf.get(meetingId);
        if (series != null) {
            firstPosition.putIfAbsent(List.of(series, topic, stance), row);
        }
    }

    /** The first row of positions.csv of a series, topic and stance; -1 when there is none. */
    int firstPosition(String series, String topic, String stance) {
        return firstPosition.getOrDefault(List.of(series, topic, stance), -1);
    }

    void finding(DataQualityRow row) {
        findings.merge(row.severity(), 1L, Long::sum);
        long[] byCode = findingsByCode.computeIfAbsent(row.code(), k -> new long[2]);
        byCode[0] = Math.max(byCode[0], SEVERITIES.size() - Math.max(0, SEVERITIES.indexOf(row.severity())));
        byCode[1]++;
    }

    void summary(List<PositionSummaryRow> rows) {
        this.summary = List.copyOf(rows);
    }

    /** The meetings, in date order. */
    public List<Meeting> meetings() {
        return meetings;
    }

    /** The body series, in alphabetical order of their symbols, meetings of none last. */
    public List<Series> series() {
        Map<String, List<Meeting>> bySeries = new TreeMap<>((a, b) -> a.isEmpty() != b.isEmpty()
                ? Boolean.compare(a.isEmpty(), b.isEmpty()) : a.compareTo(b));
        meetings.forEach(m -> bySeries.computeIfAbsent(m.series(), k -> new ArrayList<>()).add(m));
        List<Series> out = new ArrayList<>();
        bySeries.forEach((symbol, list) -> out.add(new Series(symbol, seriesName(symbol),
                MatrixRow.table(symbol, List.of()).name(), List.copyOf(list))));
        return out;
    }

    /** Findings per severity, as data-quality.csv lists them: ERROR, WARNING, INFO, then any other. */
    public Map<String, Long> findings() {
        return findings;
    }

    /** Findings per code: {severity rank (3 for ERROR), count}, by code. */
    Map<String, long[]> findingsByCode() {
        return findingsByCode;
    }

    /** A topic's readable name. */
    String topic(String id) {
        return lookups.topic(id);
    }

    /** The positions-summary rows. */
    List<PositionSummaryRow> summary() {
        return summary;
    }
}
