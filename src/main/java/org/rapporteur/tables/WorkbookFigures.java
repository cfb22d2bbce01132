package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rapporteur.report.Role;
import org.rapporteur.store.StoredFacts;

/**
 * What the workbook's Overview and Charts show, gathered while the tables are built, so that every figure is one an
 * analyst can recompute from the sheets behind it: one small record per meeting, the balance of stances (the
 * positions-summary rows), and the findings per severity. Holds nothing per row of evidence.
 */
public final class WorkbookFigures {

    static final List<String> REGIONAL_GROUPS = List.of("African States", "Asia-Pacific States",
            "Eastern European States", "Latin American and Caribbean States", "Western European and other States");
    private static final Set<String> STATE_TYPES = Set.of("MEMBER_STATE", "OBSERVER_STATE");

    /**
     * One meeting's figures.
     *
     * @param attending   States attending: the reports' count (the largest of its reports'), else the States named
     *                    as represented or on a list; null when nothing says
     * @param provisional the count rests on a draft's placeholder or bracketed value
     * @param speaking    States with a STATEMENT row
     * @param delegates   persons on the lists of participants; null without a list
     * @param women       women on the lists, by honorific
     * @param men         men on the lists, by honorific
     * @param byGroup     Member States taking part in any role, per regional group (in {@link #REGIONAL_GROUPS} order)
     */
    public record Meeting(StoredFacts.Meeting meeting, Long attending, boolean provisional, int speaking, Long delegates,
                   long women, long men, int[] byGroup) {

        String id() {
            return meeting.meetingId();
        }
    }

    private final List<Meeting> meetings = new ArrayList<>();
    private final Map<String, Long> findings = new LinkedHashMap<>();
    private List<PositionSummaryRow> summary = List.of();
    private boolean anyParticipation;

    WorkbookFigures() {
        List.of("ERROR", "WARNING", "INFO").forEach(severity -> findings.put(severity, 0L));
    }

    /** A meeting's figures, from its rows in the attendance, participation and delegations tables. */
    void meeting(StoredFacts.Meeting meeting, List<AttendanceRow> attendance, List<ParticipationRow> participation,
                 List<DelegationRow> delegations) {
        // per report (the parts of a session may each count their own): the largest count
        Map<String, Long> countedByReport = new LinkedHashMap<>();
        boolean provisional = false;
        for (AttendanceRow row : attendance) {
            if (STATE_TYPES.contains(row.category())) {
                countedByReport.merge(row.sourceFile(), (long) row.count(), Long::sum);
                provisional |= row.provisional();
            }
        }
        Set<String> named = new TreeSet<>();
        Set<String> speaking = new TreeSet<>();
        List<Set<String>> byGroup = new ArrayList<>();
        REGIONAL_GROUPS.forEach(g -> byGroup.add(new TreeSet<>()));
        for (ParticipationRow row : participation) {
            anyParticipation = true;
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
        Long attending = null;
        if (!countedByReport.isEmpty()) {
            attending = countedByReport.values().stream().mapToLong(Long::longValue).max().orElse(0);
        } else if (!named.isEmpty()) {
            attending = (long) named.size();
        }
        Long delegates = delegations.isEmpty() ? null
                : delegations.stream().mapToLong(DelegationRow::delegates).sum();
        meetings.add(new Meeting(meeting, attending, provisional, speaking.size(), delegates,
                delegations.stream().mapToLong(DelegationRow::women).sum(),
                delegations.stream().mapToLong(DelegationRow::men).sum(),
                byGroup.stream().mapToInt(Set::size).toArray()));
    }

    void finding(String severity) {
        findings.merge(severity, 1L, Long::sum);
    }

    void summary(List<PositionSummaryRow> rows) {
        this.summary = List.copyOf(rows);
    }

    /** The meetings, in date order. */
    public List<Meeting> meetings() {
        return meetings;
    }

    /** Findings per severity, as data-quality.csv lists them: ERROR, WARNING, INFO, then any other. */
    public Map<String, Long> findings() {
        return findings;
    }

    /** The positions-summary rows. */
    List<PositionSummaryRow> summary() {
        return summary;
    }

    /** Whether any meeting has a participation row. */
    boolean anyParticipation() {
        return anyParticipation;
    }
}
