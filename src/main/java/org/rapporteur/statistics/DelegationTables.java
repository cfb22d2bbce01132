package org.rapporteur.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.rapporteur.export.Table;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;
import org.rapporteur.report.Role;
import org.rapporteur.store.StoredFacts;

/**
 * The tables from lists of participants and statements: delegations with their size, gender balance (from honorifics
 * only), heads and check-ins; attendance by regional group; the gaps between who attended and who spoke; the
 * participation rows they add (DELEGATION, and STATEMENT from statements files); and the restricted list of persons.
 * A list or statements file whose meeting has no report yet keeps its symbol as meeting_id until the report arrives.
 */
final class DelegationTables {

    static final String DELEGATIONS = "delegations";
    static final String BY_GROUP = "attendance-by-group";
    static final String GAPS = "attendance-gaps";
    /** Written under output/restricted/: the only table with names of persons from lists of participants. */
    static final String PARTICIPANTS = "participants";
    static final List<String> DELEGATIONS_COLUMNS = List.of("meeting_id", "entity_code", "entity_name", "entity_type",
            "regional_group", "delegates", "women", "men", "unknown_gender", "heads_of_delegation", "checked_in");
    static final List<String> BY_GROUP_COLUMNS = List.of("meeting_id", "regional_group", "delegations", "delegates",
            "women_share", "delegations_with_statement");
    static final List<String> GAPS_COLUMNS = List.of("meeting_id", "entity_code", "entity_name", "gap");
    static final List<String> PARTICIPANTS_COLUMNS = List.of("meeting_id", "entity_code", "entity_name",
            "delegation_as_written", "title", "first_name", "last_name", "position", "gender", "head_of_delegation",
            "checked_in", "source");
    static final String ATTENDED_NO_STATEMENT = "ATTENDED_NO_STATEMENT";
    static final String STATEMENT_NOT_ON_LIST = "STATEMENT_NOT_ON_LIST";

    private static final Comparator<String> UN_ORDER = UnOrder.names();

    private final StoredFacts facts;
    private final Map<String, String> meetingOfSymbol = new LinkedHashMap<>();
    /** A word joined to a symbol by a dot, as in a file name "…_2019_2.final.csv": not part of the symbol. */
    private static final java.util.regex.Pattern TRAILING_WORD = java.util.regex.Pattern.compile(
            "(?<=\\d)\\.[A-Z]{2,}$");
    /** (file, file it repeats) → lines of persons already on the other file: counted once, in the first. */
    private final Map<List<String>, List<Integer>> duplicates = new LinkedHashMap<>();
    /** The delegations of every meeting, in meeting and UN order, each person once. */
    private final List<Delegation> delegations;
    private final List<String> meetingOrder = new ArrayList<>();

    DelegationTables(StoredFacts facts, List<StoredFacts.Meeting> winners) {
        this.facts = facts;
        for (StoredFacts.Meeting m : facts.meetings()) {
            if (m.reportSymbol() != null) {
                meetingOfSymbol.put(canonical(m.reportSymbol()), m.meetingId());
            }
        }
        winners.forEach(m -> meetingOrder.add(m.meetingId()));
        this.delegations = group();
    }

    /** The meeting of a list or statement row: the meeting of the report with that symbol, else the symbol. */
    String meetingOf(String symbol) {
        return reportMeeting(symbol).orElse(canonical(symbol));
    }

    /**
     * The meeting of the report a symbol names, however it is typed ("unodc/ccpcj/eg.4/2019/2",
     * "UNODC_CCPCJ_EG.4_2019_2", a trailing "." or "*"), and also when words follow the report's symbol, as file names
     * add them ("…/2019/2/E", "…/2019/2/FINAL"): the longest leading part that is a report's symbol.
     */
    java.util.Optional<String> reportMeeting(String symbol) {
        String key = canonical(symbol);
        while (true) {
            String meeting = meetingOfSymbol.get(key);
            if (meeting != null) {
                return java.util.Optional.of(meeting);
            }
            java.util.regex.Matcher word = TRAILING_WORD.matcher(key);
            if (word.find()) {
                key = key.substring(0, word.start());
                continue;
            }
            int cut = key.lastIndexOf('/');
            if (cut <= 0 || key.substring(0, cut).chars().filter(c -> c == '/').count() < 2) {
                return java.util.Optional.empty();
            }
            key = key.substring(0, cut);
        }
    }

    /** A symbol as compared: upper case, "/" for "_", no spaces, no trailing punctuation. */
    static String canonical(String symbol) {
        String key = symbol == null ? "" : symbol.strip().toUpperCase(java.util.Locale.ROOT).replace('_', '/')
                .replaceAll("\\s+", "");
        return key.replaceAll("[^A-Z0-9]+$", "");
    }

    /** The meeting of a statement, from its file and line; null for a source that is not a statements file. */
    String statementMeeting(String source, int line) {
        for (StoredFacts.StatementRow st : facts.statements()) {
            if (st.source().equals(source) && st.line() == line) {
                return meetingOf(st.meetingSymbol());
            }
        }
        return null;
    }

    /** A name as compared: no accents, lower case, single spaces. */
    static String personKey(String name) {
        return java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s.]+", " ").strip();
    }

    /** Persons counted once because another file lists them for the same meeting and delegation: one row per file. */
    List<List<Object>> crossFileDuplicateFindings() {
        List<List<Object>> rows = new ArrayList<>();
        duplicates.forEach((files, lines) -> rows.add(Arrays.asList(files.get(0), (lines.size() == 1 ? "line "
                        : "lines ") + lines.stream().map(org.rapporteur.participants.ParticipantListReader::lineLabel)
                        .collect(java.util.stream.Collectors.joining(", ")),
                FindingCode.DUPLICATE_PARTICIPANT.severity().name(), FindingCode.DUPLICATE_PARTICIPANT.name(),
                lines.size() + " person(s) also listed in " + files.get(1) + " for the same meeting and delegation; "
                        + "counted once (remove one of the two files if they are the same list)")));
        return rows;
    }

    /** Lists and statements whose meeting has no report yet, one INFO row per file and symbol. */
    List<List<Object>> awaitingFindings() {
        Set<List<String>> seen = new LinkedHashSet<>();
        facts.delegates().forEach(d -> seen.add(List.of(d.source(), d.meetingSymbol())));
        facts.statements().forEach(s -> seen.add(List.of(s.source(), s.meetingSymbol())));
        List<List<Object>> rows = new ArrayList<>();
        for (List<String> key : seen) {
            if (reportMeeting(key.get(1)).isEmpty()) {
                rows.add(Arrays.asList(key.get(0), "file", FindingCode.AWAITING_REPORT.severity().name(),
                        FindingCode.AWAITING_REPORT.name(), "No report of meeting " + canonical(key.get(1)) + " has been read "
                                + "yet: these rows are kept under that symbol and joined to the meeting when its "
                                + "report arrives"));
            }
        }
        return rows;
    }

    /** One delegation of one meeting, with its delegates. */
    private record Delegation(String meetingId, String code, String name, String type, String group,
                              List<StoredFacts.DelegateRow> delegates) {
        String key() {
            return code.isEmpty() ? type + ":" + name : code;
        }
    }

    private List<Delegation> delegations() {
        return delegations;
    }

    /** Groups the persons on the lists into delegations per meeting, noting in {@link #duplicates} those listed twice. */
    private List<Delegation> group() {
        Map<List<String>, List<StoredFacts.DelegateRow>> grouped = new LinkedHashMap<>();
        Map<List<String>, StoredFacts.DelegateRow> persons = new LinkedHashMap<>();
        for (StoredFacts.DelegateRow d : facts.delegates()) {
            String key = d.entityCode().isEmpty() ? d.entityType() + ":" + personKey(d.entityName()) : d.entityCode();
            String meeting = meetingOf(d.meetingSymbol());
            // the same person of the same delegation and meeting in another file (a list sent as .csv and .xlsx, a
            // corrected version beside the first) is counted once
            StoredFacts.DelegateRow earlier = persons.putIfAbsent(List.of(meeting, key, personKey(d.firstName()),
                    personKey(d.lastName())), d);
            if (earlier != null) {
                duplicates.computeIfAbsent(List.of(d.source(), earlier.source()), k -> new ArrayList<>())
                        .add(d.line());
                continue;
            }
            grouped.computeIfAbsent(List.of(meeting, key), k -> new ArrayList<>()).add(d);
        }
        List<Delegation> out = new ArrayList<>();
        grouped.forEach((k, rows) -> {
            StoredFacts.DelegateRow first = rows.get(0);
            out.add(new Delegation(k.get(0), first.entityCode(), first.entityName(), first.entityType(),
                    first.regionalGroup(), rows));
        });
        out.sort(Comparator.comparing((Delegation d) -> meetingRank(d.meetingId()))
                .thenComparing(Delegation::meetingId)
                .thenComparing(d -> EntityType.valueOf(d.type()))
                .thenComparing(Delegation::name, UN_ORDER));
        return out;
    }

    private int meetingRank(String meetingId) {
        int i = meetingOrder.indexOf(meetingId);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    Table delegationsTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (Delegation d : delegations()) {
            long women = d.delegates().stream().filter(p -> p.gender().equals("WOMAN")).count();
            long men = d.delegates().stream().filter(p -> p.gender().equals("MAN")).count();
            long heads = d.delegates().stream().filter(StoredFacts.DelegateRow::headOfDelegation).count();
            boolean anyCheckIn = d.delegates().stream().anyMatch(p -> p.checkedIn() != null);
            Object checkedIn = anyCheckIn ? (Object) (int) d.delegates().stream()
                    .filter(p -> Boolean.TRUE.equals(p.checkedIn())).count() : null;
            int size = d.delegates().size();
            rows.add(Arrays.asList(d.meetingId(), d.code(), d.name(), d.type(), d.group(), size, (int) women,
                    (int) men, (int) (size - women - men), (int) heads, checkedIn));
        }
        return new Table(DELEGATIONS, DELEGATIONS_COLUMNS, rows);
    }

    /** Who made a statement at each meeting (entity keys), from the reports and the statements files. */
    private Map<String, Set<String>> speakers(List<StoredFacts.Participant> reportRows,
                                             Map<String, String> meetingOfSource) {
        Map<String, Set<String>> speakers = new TreeMap<>();
        for (StoredFacts.Participant p : reportRows) {
            String meeting = meetingOfSource.get(p.source());
            if (meeting != null && p.role().equals(Role.STATEMENT.name())) {
                speakers.computeIfAbsent(meeting, k -> new LinkedHashSet<>()).add(key(p.entityCode(), p.entityType(),
                        p.entityName()));
            }
        }
        for (StoredFacts.StatementRow st : facts.statements()) {
            speakers.computeIfAbsent(meetingOf(st.meetingSymbol()), k -> new LinkedHashSet<>())
                    .add(key(st.speakerCode(), st.speakerType(), st.speakerName()));
        }
        return speakers;
    }

    private static String key(String code, String type, String name) {
        return code.isEmpty() ? type + ":" + name : code;
    }

    Table byGroupTable(List<StoredFacts.Participant> reportRows, Map<String, String> meetingOfSource) {
        Map<String, Set<String>> speakers = speakers(reportRows, meetingOfSource);
        Map<List<String>, List<Delegation>> groups = new LinkedHashMap<>();
        for (Delegation d : delegations()) {
            groups.computeIfAbsent(List.of(d.meetingId(), d.group()), k -> new ArrayList<>()).add(d);
        }
        List<List<Object>> rows = new ArrayList<>();
        groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<String>, List<Delegation>> e) -> meetingRank(e.getKey()
                                .get(0))).thenComparing(e -> e.getKey().get(0))
                        .thenComparing(e -> e.getKey().get(1).isEmpty() ? "\uFFFF" : e.getKey().get(1)))
                .forEach(e -> {
                    List<Delegation> members = e.getValue();
                    int delegates = members.stream().mapToInt(d -> d.delegates().size()).sum();
                    long women = members.stream().flatMap(d -> d.delegates().stream())
                            .filter(p -> p.gender().equals("WOMAN")).count();
                    long men = members.stream().flatMap(d -> d.delegates().stream())
                            .filter(p -> p.gender().equals("MAN")).count();
                    Set<String> spoke = speakers.getOrDefault(e.getKey().get(0), Set.of());
                    long withStatement = members.stream().filter(d -> spoke.contains(d.key())).count();
                    Object share = women + men == 0 ? null : BigDecimal.valueOf(women)
                            .divide(BigDecimal.valueOf(women + men), 3, RoundingMode.HALF_EVEN);
                    rows.add(Arrays.asList(e.getKey().get(0), e.getKey().get(1), members.size(), delegates, share,
                            (int) withStatement));
                });
        return new Table(BY_GROUP, BY_GROUP_COLUMNS, rows);
    }

    Table gapsTable(List<StoredFacts.Participant> reportRows, Map<String, String> meetingOfSource,
                    Map<String, String[]> speakerNames) {
        Map<String, Set<String>> speakers = speakers(reportRows, meetingOfSource);
        Map<String, Map<String, Delegation>> attended = new LinkedHashMap<>();
        for (Delegation d : delegations()) {
            attended.computeIfAbsent(d.meetingId(), k -> new LinkedHashMap<>()).put(d.key(), d);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (String meeting : attended.keySet().stream().sorted(Comparator.comparing(this::meetingRank)
                .thenComparing(Comparator.naturalOrder())).toList()) {
            Set<String> spoke = speakers.getOrDefault(meeting, Set.of());
            if (spoke.isEmpty()) {
                continue; // no report or statements of this meeting yet: nothing to compare with
            }
            Map<String, Delegation> there = attended.get(meeting);
            List<List<Object>> gaps = new ArrayList<>();
            for (Delegation d : there.values()) {
                if (!spoke.contains(d.key())) {
                    gaps.add(Arrays.asList(meeting, d.code(), d.name(), ATTENDED_NO_STATEMENT));
                }
            }
            for (String speaker : spoke) {
                String[] name = speakerNames.get(speaker);
                if (!there.containsKey(speaker) && name != null && !name[1].equals(EntityType.GROUP.name())) {
                    gaps.add(Arrays.asList(meeting, name[2], name[0], STATEMENT_NOT_ON_LIST));
                }
            }
            gaps.sort(Comparator.comparing((List<Object> r) -> (String) r.get(3))
                    .thenComparing(r -> (String) r.get(2), UN_ORDER));
            rows.addAll(gaps);
        }
        return new Table(GAPS, GAPS_COLUMNS, rows);
    }

    /** Participation rows the lists (DELEGATION) and statements files (STATEMENT) add to a meeting. */
    List<StoredFacts.Participant> participation(String meetingId) {
        List<StoredFacts.Participant> out = new ArrayList<>();
        for (Delegation d : delegations()) {
            if (d.meetingId().equals(meetingId)) {
                StoredFacts.DelegateRow first = d.delegates().get(0);
                out.add(new StoredFacts.Participant(first.source(), first.line(), first.line(),
                        Role.DELEGATION.name(), d.code(), d.name(), d.type(), d.group(),
                        first.delegationAsWritten(), "", "", false));
            }
        }
        for (StoredFacts.StatementRow st : facts.statements()) {
            if (meetingOf(st.meetingSymbol()).equals(meetingId)) {
                out.add(new StoredFacts.Participant(st.source(), st.line(), st.line(), Role.STATEMENT.name(),
                        st.speakerCode(), st.speakerName(), st.speakerType(), st.speakerGroup(),
                        st.speakerAsWritten(), "", st.behalfName(), false));
                if (!st.behalfType().isEmpty()) {
                    out.add(new StoredFacts.Participant(st.source(), st.line(), st.line(), Role.STATEMENT.name(),
                            st.behalfCode(), st.behalfName(), st.behalfType(), "", st.behalfName(), "", "", false));
                }
            }
        }
        return out;
    }

    /** The persons on the lists: only for output/restricted/participants.csv (and the workbook when asked for). */
    Table participantsTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (Delegation d : delegations()) {
            for (StoredFacts.DelegateRow p : d.delegates()) {
                rows.add(Arrays.asList(d.meetingId(), d.code(), d.name(), p.delegationAsWritten(), p.title(),
                        p.firstName(), p.lastName(), p.position(), p.gender(), p.headOfDelegation(), p.checkedIn(),
                        p.source() + "#" + org.rapporteur.participants.ParticipantListReader.lineLabel(p.line())));
            }
        }
        return new Table(PARTICIPANTS, PARTICIPANTS_COLUMNS, rows);
    }
}
