package org.rapporteur.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.rapporteur.export.Table;
import org.rapporteur.positions.PositionOverride;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.store.StoredFacts;

/**
 * The position tables: every position with its sentence (the evidence), the balance per meeting, topic and stance,
 * positions by entity where the text names the speaker, and the sentences to review. An analyst's overrides are
 * applied here, so a correction takes effect on the next run without reading any report again.
 */
final class PositionTables {

    static final String POSITIONS = "positions";
    static final String SUMMARY = "positions-summary";
    static final String BY_ENTITY = "positions-by-entity";
    static final String REVIEW = "review";

    static final List<String> POSITIONS_COLUMNS = List.of("meeting_id", "source", "paragraph", "sentence_index",
            "sentence", "topic", "stance", "quantifier", "weight", "attributed_entity_code", "rule");
    static final List<String> SUMMARY_COLUMNS = List.of("meeting_id", "topic", "stance", "mentions", "max_weight",
            "weighted_mentions");
    static final List<String> BY_ENTITY_COLUMNS = List.of("meeting_id", "entity_code", "entity_name", "topic",
            "stance", "mentions", "sources");
    static final List<String> REVIEW_COLUMNS = List.of("meeting_id", "source", "paragraph", "sentence_index",
            "sentence", "reason");

    /** A position row ready for export, after overrides. */
    record Row(String meetingId, String source, int paragraph, int sentenceIndex, String sentence, String topic,
               String stance, String quantifier, int weight, String entity, String rule) {
    }

    private final List<Row> rows;
    private final List<Row> review;
    private final List<Finding> overrideFindings = new ArrayList<>();
    private final Function<String, String> entityNames;

    /**
     * @param meetingOfSource  the meeting of each report whose facts are used, in meeting order
     * @param statementMeeting the meeting of a statement, from its source and line (its "paragraph"); null when the
     *                         source is no statements file
     */
    PositionTables(StoredFacts facts, Map<String, String> meetingOfSource, PositionOverrides overrides,
                   Function<String, String> entityNames,
                   java.util.function.BiFunction<String, Integer, String> statementMeeting) {
        this.entityNames = entityNames;
        Map<String, String> meetingOf = new LinkedHashMap<>(meetingOfSource);
        Map<String, Integer> order = new LinkedHashMap<>();
        meetingOfSource.keySet().forEach(source -> order.put(source, order.size()));
        facts.statements().forEach(st -> order.putIfAbsent(st.source(), order.size()));
        List<Row> found = new ArrayList<>();
        for (StoredFacts.PositionRow p : facts.positions()) {
            String meeting = meetingOf.containsKey(p.source()) ? meetingOf.get(p.source())
                    : statementMeeting.apply(p.source(), p.paragraph());
            if (meeting != null) {
                found.add(new Row(meeting, p.source() + "#" + p.paragraph(), p.paragraph(),
                        p.sentenceIndex(), p.sentence(), p.topic(), p.stance(), p.quantifier(), p.weight(),
                        p.attributedEntityCode(), p.rule()));
            }
        }
        overrideFindings.addAll(overrides.findings());
        this.rows = sorted(applyOverrides(found, overrides.overrides()), order);
        List<Row> toReview = new ArrayList<>();
        for (StoredFacts.ReviewRow r : facts.review()) {
            String meeting = meetingOf.containsKey(r.source()) ? meetingOf.get(r.source())
                    : statementMeeting.apply(r.source(), r.paragraph());
            if (meeting != null) {
                toReview.add(new Row(meeting, r.source() + "#" + r.paragraph(), r.paragraph(),
                        r.sentenceIndex(), r.sentence(), "", "", "", 0, "", r.reason()));
            }
        }
        this.review = sorted(toReview, order);
    }

    private List<Row> applyOverrides(List<Row> found, List<PositionOverride> overrides) {
        List<Row> out = new ArrayList<>(found);
        for (PositionOverride o : overrides) {
            Row sentence = found.stream().filter(r -> r.source().equals(o.source())
                    && r.sentenceIndex() == o.sentenceIndex()).findFirst().orElse(null);
            Row existing = out.stream().filter(r -> r.source().equals(o.source())
                    && r.sentenceIndex() == o.sentenceIndex() && r.topic().equals(o.topic())).findFirst().orElse(null);
            if (sentence == null) {
                overrideFindings.add(new Finding("line " + o.line(), FindingCode.UNUSED_OVERRIDE,
                        "No position was found in sentence " + o.sentenceIndex() + " of " + o.source()
                                + "; an override can change or remove a position, or add one to a sentence that has one"));
                continue;
            }
            String was = existing == null ? "none" : existing.stance();
            out.remove(existing);
            if (o.stance() != null) {
                Row base = existing != null ? existing : sentence;
                out.add(new Row(base.meetingId(), base.source(), base.paragraph(), base.sentenceIndex(),
                        base.sentence(), o.topic(), o.stance().name(), base.quantifier(), base.weight(), base.entity(),
                        "OVERRIDE (was " + was + ")"));
            }
        }
        return out;
    }

    private static List<Row> sorted(List<Row> rows, Map<String, Integer> order) {
        List<Row> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing((Row r) -> order.getOrDefault(r.source().replaceAll("#\\d+$", ""), 0))
                .thenComparing(r -> r.source().replaceAll("#\\d+$", ""))
                .thenComparingInt(Row::paragraph).thenComparingInt(Row::sentenceIndex).thenComparing(Row::topic));
        return out;
    }

    List<Finding> overrideFindings() {
        return overrideFindings;
    }

    Table positions() {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(Arrays.asList(r.meetingId(), r.source(), r.paragraph(), r.sentenceIndex(), r.sentence(), r.topic(),
                    r.stance(), r.quantifier(), r.weight(), r.entity(), r.rule()));
        }
        return new Table(POSITIONS, POSITIONS_COLUMNS, out);
    }

    Table summary() {
        Map<List<String>, int[]> totals = new LinkedHashMap<>();
        for (Row r : rowsByMeetingTopicStance()) {
            int[] t = totals.computeIfAbsent(List.of(r.meetingId(), r.topic(), r.stance()), k -> new int[3]);
            t[0]++;
            t[1] = Math.max(t[1], r.weight());
            t[2] += r.weight();
        }
        List<List<Object>> out = new ArrayList<>();
        totals.forEach((k, t) -> out.add(Arrays.asList(k.get(0), k.get(1), k.get(2), t[0], t[1], t[2])));
        return new Table(SUMMARY, SUMMARY_COLUMNS, out);
    }

    private List<Row> rowsByMeetingTopicStance() {
        Map<String, Integer> meetingOrder = new LinkedHashMap<>();
        rows.forEach(r -> meetingOrder.putIfAbsent(r.meetingId(), meetingOrder.size()));
        List<Row> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing((Row r) -> meetingOrder.get(r.meetingId())).thenComparing(Row::topic)
                .thenComparing(Row::stance));
        return out;
    }

    Table byEntity() {
        Map<List<String>, Set<String>> sources = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> entityNames.apply(k.get(1))).thenComparing(k -> k.get(2))
                .thenComparing(k -> k.get(3)));
        Map<List<String>, Integer> mentions = new LinkedHashMap<>();
        for (Row r : rowsByMeetingTopicStance()) {
            if (r.entity().isEmpty()) {
                continue;
            }
            List<String> key = List.of(r.meetingId(), r.entity(), r.topic(), r.stance());
            sources.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.source());
            mentions.merge(key, 1, Integer::sum);
        }
        List<List<Object>> out = new ArrayList<>();
        sources.forEach((k, s) -> out.add(Arrays.asList(k.get(0), k.get(1), entityNames.apply(k.get(1)), k.get(2),
                k.get(3), mentions.get(k), String.join(";", s))));
        return new Table(BY_ENTITY, BY_ENTITY_COLUMNS, out);
    }

    Table review() {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : review) {
            out.add(Arrays.asList(r.meetingId(), r.source(), r.paragraph(), r.sentenceIndex(), r.sentence(), r.rule()));
        }
        return new Table(REVIEW, REVIEW_COLUMNS, out);
    }
}
