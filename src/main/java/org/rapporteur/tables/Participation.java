package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.reference.EntityType;
import org.rapporteur.report.Role;
import org.rapporteur.store.StoredFacts;

/**
 * The builder of participation.csv and attendance-gaps.csv for one meeting: the participation rows its reports found,
 * with the rows its lists of participants (DELEGATION) and statements files (STATEMENT) add, in role order, then
 * entity type, then UN order of the name.
 */
final class Participation {

    private static final Comparator<String> UN_ORDER = UnOrder.names();

    private Participation() {
    }

    /** The meeting's participants in export order; {@code delegations} are the meeting's delegations, in order. */
    static List<StoredFacts.Participant> of(MeetingFacts meeting, List<Delegations.Delegation> delegations) {
        List<StoredFacts.Participant> all = new ArrayList<>(meeting.reported());
        for (Delegations.Delegation d : delegations) {
            StoredFacts.DelegateRow first = d.delegates().get(0);
            all.add(new StoredFacts.Participant(first.source(), first.line(), first.line(), Role.DELEGATION.name(),
                    d.code(), d.name(), d.type(), d.group(), first.delegationAsWritten(), "", "", "", false));
        }
        // a statement the report records is one row, the report's, naming the statements file's lines that record
        // it too; a speaker only one of them records keeps that one's row
        Map<String, Integer> reportedStatement = new HashMap<>();
        for (int i = 0; i < meeting.reported().size(); i++) {
            StoredFacts.Participant p = meeting.reported().get(i);
            if (p.role().equals(Role.STATEMENT.name())) {
                reportedStatement.putIfAbsent(EntityKey.of(p.entityCode(), p.entityType(), p.entityName()), i);
            }
        }
        for (StoredFacts.StatementRow st : meeting.statements()) {
            addStatement(all, reportedStatement, new StoredFacts.Participant(st.source(), st.line(), st.line(),
                    Role.STATEMENT.name(), st.speakerCode(), st.speakerName(), st.speakerType(), st.speakerGroup(),
                    st.speakerAsWritten(), "", st.behalfName(), "", false));
            if (!st.behalfType().isEmpty()) {
                addStatement(all, reportedStatement, new StoredFacts.Participant(st.source(), st.line(), st.line(),
                        Role.STATEMENT.name(), st.behalfCode(), st.behalfName(), st.behalfType(), "", st.behalfName(),
                        "", "", "", false));
            }
        }
        all.sort(Comparator.comparing((StoredFacts.Participant p) -> Role.valueOf(p.role()))
                .thenComparing(p -> EntityType.valueOf(p.entityType()))
                .thenComparing(StoredFacts.Participant::entityName, UN_ORDER)
                .thenComparing(StoredFacts.Participant::person)
                .thenComparing(StoredFacts.Participant::seq));
        return all;
    }

    /** A statements file's row: named by the report's row of the same speaker where there is one, else a row. */
    private static void addStatement(List<StoredFacts.Participant> all, Map<String, Integer> reported,
                                     StoredFacts.Participant filed) {
        Integer at = reported.get(EntityKey.of(filed.entityCode(), filed.entityType(), filed.entityName()));
        if (at == null) {
            all.add(filed);
        } else {
            all.set(at, all.get(at).alsoIn(filed.source() + "#" + filed.paragraph()));
        }
    }

    static ParticipationRow row(String meetingId, StoredFacts.Participant p, Lookups lookups) {
        return new ParticipationRow(meetingId, p.entityCode(), lookups.codes(p.entityCode(), p.entityType()),
                p.entityName(), p.entityType(), p.regionalGroup(), p.role(), p.capacity(), p.nameAsWritten(),
                p.person(), p.onBehalfOf(), p.provisional(), p.source(), p.paragraph(),
                p.sentence() > 0 ? p.sentence() : null, p.alsoIn());
    }

    /**
     * Who made a statement at the meeting, in the reports or the statements files: entity key → the speaker, in the
     * order first found.
     */
    static Map<String, StoredFacts.Participant> speakers(MeetingFacts meeting) {
        Map<String, StoredFacts.Participant> speakers = new LinkedHashMap<>();
        for (StoredFacts.Participant p : meeting.reported()) {
            if (p.role().equals(Role.STATEMENT.name())) {
                speakers.putIfAbsent(EntityKey.of(p.entityCode(), p.entityType(), p.entityName()), p);
            }
        }
        for (StoredFacts.StatementRow st : meeting.statements()) {
            speakers.putIfAbsent(EntityKey.of(st.speakerCode(), st.speakerType(), st.speakerName()),
                    new StoredFacts.Participant(st.source(), st.line(), st.line(), Role.STATEMENT.name(),
                            st.speakerCode(), st.speakerName(), st.speakerType(), st.speakerGroup(),
                            st.speakerAsWritten(), "", st.behalfName(), "", false));
        }
        return speakers;
    }

    /**
     * The gaps between who attended (the meeting's delegations) and who spoke: nothing when no one is recorded as
     * speaking (no report or statements yet), groups never count as missing from a list.
     */
    static List<AttendanceGapRow> gaps(String meetingId, List<Delegations.Delegation> delegations,
                                       Map<String, StoredFacts.Participant> speakers, Lookups lookups) {
        if (speakers.isEmpty() || delegations.isEmpty()) {
            return List.of();
        }
        Map<String, Delegations.Delegation> attended = new LinkedHashMap<>();
        delegations.forEach(d -> attended.put(d.key(), d));
        List<AttendanceGapRow> gaps = new ArrayList<>();
        for (Delegations.Delegation d : delegations) {
            if (!speakers.containsKey(d.key())) {
                gaps.add(new AttendanceGapRow(meetingId, d.code(), lookups.codes(d.code(), d.type()), d.name(),
                        AttendanceGapRow.Gap.ATTENDED_NO_STATEMENT));
            }
        }
        speakers.forEach((key, p) -> {
            if (!attended.containsKey(key) && !p.entityType().equals(EntityType.GROUP.name())) {
                gaps.add(new AttendanceGapRow(meetingId, p.entityCode(), lookups.codes(p.entityCode(),
                        p.entityType()), p.entityName(), AttendanceGapRow.Gap.STATEMENT_NOT_ON_LIST));
            }
        });
        gaps.sort(Comparator.comparing(AttendanceGapRow::gap).thenComparing(AttendanceGapRow::entityName, UN_ORDER));
        return gaps;
    }
}
