package org.rapporteur.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.rapporteur.participants.ParticipantListReader;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;
import org.rapporteur.store.StoredFacts;

/**
 * The builder of the tables from lists of participants: a meeting's persons grouped into delegations (a person listed
 * twice for the same meeting and delegation, in one file or two, counted once), and from them delegations.csv,
 * attendance-by-group.csv and the restricted participants.csv. Remembers the persons counted once across files, for
 * the data-quality table.
 */
final class Delegations {

    private static final Comparator<String> UN_ORDER = UnOrder.names();

    /** One delegation of one meeting, with its delegates in list order. */
    record Delegation(String meetingId, String code, String name, String type, String group,
                      List<StoredFacts.DelegateRow> delegates) {

        String key() {
            return EntityKey.of(code, type, name);
        }

        long count(String gender) {
            return delegates.stream().filter(p -> p.gender().equals(gender)).count();
        }
    }

    /** (file, the file it repeats) → the lines of persons already on the other file, counted once in the first. */
    private final Map<List<String>, List<Integer>> duplicates = new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));

    /** A meeting's delegations, in entity type and UN order; the persons it repeats are noted ({@link #note}). */
    List<Delegation> of(MeetingFacts meeting) {
        List<MeetingPart.Duplicate> repeated = new ArrayList<>();
        List<Delegation> out = of(meeting, repeated);
        note(repeated);
        return out;
    }

    /** Notes persons counted once, for the data-quality table. */
    void note(List<MeetingPart.Duplicate> repeated) {
        for (MeetingPart.Duplicate d : repeated) {
            duplicates.computeIfAbsent(List.of(d.source(), d.earlier()), k -> new ArrayList<>()).add(d.line());
        }
    }

    /** A meeting's delegations, in entity type and UN order; the persons counted once go to {@code repeated}. */
    static List<Delegation> of(MeetingFacts meeting, List<MeetingPart.Duplicate> repeated) {
        Map<String, List<StoredFacts.DelegateRow>> grouped = new LinkedHashMap<>();
        Map<List<String>, StoredFacts.DelegateRow> persons = new LinkedHashMap<>();
        for (StoredFacts.DelegateRow d : meeting.delegates()) {
            String key = EntityKey.of(d.entityCode(), d.entityType(), d.entityName());
            // the same person of the same delegation in another file (a list sent as .csv and .xlsx, a corrected
            // version beside the first) is counted once
            StoredFacts.DelegateRow earlier = persons.putIfAbsent(List.of(key, EntityKey.comparable(d.firstName()),
                    EntityKey.comparable(d.lastName())), d);
            if (earlier != null) {
                repeated.add(new MeetingPart.Duplicate(d.source(), earlier.source(), d.line()));
                continue;
            }
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<Delegation> out = new ArrayList<>();
        grouped.values().forEach(rows -> {
            StoredFacts.DelegateRow first = rows.get(0);
            out.add(new Delegation(meeting.meetingId(), first.entityCode(), first.entityName(), first.entityType(),
                    first.regionalGroup(), rows));
        });
        out.sort(Comparator.comparing((Delegation d) -> EntityType.valueOf(d.type()))
                .thenComparing(Delegation::name, UN_ORDER));
        return out;
    }

    static DelegationRow row(Delegation d, Lookups lookups) {
        int women = (int) d.count("WOMAN");
        int men = (int) d.count("MAN");
        int heads = (int) d.delegates().stream().filter(StoredFacts.DelegateRow::headOfDelegation).count();
        boolean anyCheckIn = d.delegates().stream().anyMatch(p -> p.checkedIn() != null);
        Integer checkedIn = anyCheckIn ? (int) d.delegates().stream()
                .filter(p -> Boolean.TRUE.equals(p.checkedIn())).count() : null;
        int size = d.delegates().size();
        return new DelegationRow(d.meetingId(), d.code(), lookups.codes(d.code(), d.type()), d.name(), d.type(),
                d.group(), size, women, men,
                size - women - men, heads, checkedIn);
    }

    /** The persons of a delegation, with their names: only for output/restricted/participants.csv. */
    static List<ParticipantRow> participants(Delegation d, Lookups lookups) {
        List<ParticipantRow> rows = new ArrayList<>();
        for (StoredFacts.DelegateRow p : d.delegates()) {
            rows.add(new ParticipantRow(d.meetingId(), d.code(), lookups.codes(d.code(), d.type()), d.name(),
                    p.delegationAsWritten(), p.title(),
                    p.firstName(), p.lastName(), p.position(), p.gender(), p.headOfDelegation(), p.checkedIn(),
                    p.source() + "#" + ParticipantListReader.lineLabel(p.line())));
        }
        return rows;
    }

    /**
     * A meeting's delegations per regional group (groups in alphabetical order, delegations other than Member States
     * last), with how many of them spoke.
     *
     * @param speakers the entity keys of those who made a statement at the meeting
     */
    static List<GroupAttendanceRow> byGroup(String meetingId, List<Delegation> delegations, Set<String> speakers) {
        Map<String, List<Delegation>> groups = new TreeMap<>(Comparator.comparing(g -> g.isEmpty() ? "\uFFFF" : g));
        delegations.forEach(d -> groups.computeIfAbsent(d.group(), k -> new ArrayList<>()).add(d));
        List<GroupAttendanceRow> rows = new ArrayList<>();
        groups.forEach((group, members) -> {
            int delegates = members.stream().mapToInt(d -> d.delegates().size()).sum();
            long women = members.stream().mapToLong(d -> d.count("WOMAN")).sum();
            long men = members.stream().mapToLong(d -> d.count("MAN")).sum();
            int withStatement = (int) members.stream().filter(d -> speakers.contains(d.key())).count();
            BigDecimal share = women + men == 0 ? null : BigDecimal.valueOf(women)
                    .divide(BigDecimal.valueOf(women + men), 3, RoundingMode.HALF_EVEN);
            rows.add(new GroupAttendanceRow(meetingId, group, members.size(), delegates, share, withStatement));
        });
        return rows;
    }

    /** Persons counted once because another file lists them for the same meeting and delegation: one row per file. */
    List<DataQualityRow> duplicateFindings() {
        List<DataQualityRow> rows = new ArrayList<>();
        duplicates.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<String>, List<Integer>> e) -> e.getKey().get(0))
                        .thenComparingInt(e -> e.getValue().stream().mapToInt(Integer::intValue).min().orElse(0)))
                .forEach(e -> {
                    List<Integer> lines = e.getValue().stream().sorted().toList();
                    rows.add(DataQualityRow.of(e.getKey().get(0), (lines.size() == 1 ? "line " : "lines ")
                                    + lines.stream().map(ParticipantListReader::lineLabel)
                                    .collect(Collectors.joining(", ")),
                            FindingCode.DUPLICATE_PARTICIPANT, lines.size() + " person(s) also listed in "
                                    + e.getKey().get(1) + " for the same meeting and delegation; counted once "
                                    + "(remove one of the two files if they are the same list)"));
                });
        return rows;
    }
}
