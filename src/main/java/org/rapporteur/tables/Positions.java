package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.rapporteur.positions.PositionOverride;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.store.StoredFacts;

/**
 * The builder of the position tables. Fed one file's positions at a time (reports in meeting order, then statements
 * files), it applies the analyst's overrides for that file (so a correction takes effect on the next run without
 * reading any report again) and gives positions.csv's rows, while it sums positions-summary.csv (per meeting, topic
 * and stance) and positions-by-entity.csv (where the text names the speaker), given at the end.
 */
final class Positions {

    private static final Comparator<PositionRow> IN_FILE = Comparator.comparingInt(PositionRow::paragraph)
            .thenComparingInt(PositionRow::sentenceIndex).thenComparing(PositionRow::topic);

    private final List<PositionOverride> overrides;
    private final Map<String, List<Integer>> overridesOfFile = new LinkedHashMap<>();
    private final BitSet used = new BitSet();
    private final List<Finding> malformed;
    private final Lookups lookups;
    /**
     * meeting → (topic, stance) → mentions, max weight, weighted mentions (of positions the classifier is sure of),
     * mentions and weighted mentions to review; meetings in order of first position.
     */
    private final Map<String, Map<List<String>, int[]>> summary = new LinkedHashMap<>();
    private final Map<List<String>, Set<String>> byEntity;
    /** The reports' tallies per meeting, entity, topic and stance; the statements files' apart, in {@link #filed}. */
    private final Map<List<String>, Integer> entityMentions = new LinkedHashMap<>();
    private final Map<List<String>, Integer> filed = new LinkedHashMap<>();
    private final Map<List<String>, Set<String>> entitySpeakers = new LinkedHashMap<>();

    Positions(PositionOverrides overrides, Lookups lookups) {
        this.overrides = overrides.overrides();
        this.malformed = overrides.findings();
        this.lookups = lookups;
        Function<String, String> entityNames = lookups.names();
        for (int i = 0; i < this.overrides.size(); i++) {
            overridesOfFile.computeIfAbsent(file(this.overrides.get(i).source()), k -> new ArrayList<>()).add(i);
        }
        this.byEntity = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> entityNames.apply(k.get(1))).thenComparing(k -> k.get(2))
                .thenComparing(k -> k.get(3)).thenComparing(k -> k.get(1)));
    }

    private static String file(String source) {
        int hash = source.lastIndexOf('#');
        return hash < 0 ? source : source.substring(0, hash);
    }

    /**
     * One file's positions for positions.csv, after overrides, by paragraph, sentence and topic.
     *
     * @param meetingOf the meeting of a paragraph (a statement's line); null drops the position
     */
    List<PositionRow> ofFile(String file, List<StoredFacts.PositionRow> stored, IntFunction<String> meetingOf) {
        return ofFile(file, stored, List.of(), meetingOf);
    }

    /**
     * One file's positions for positions.csv, after overrides; an override may also make a position of a sentence
     * that the file's review lists (the review loop).
     */
    List<PositionRow> ofFile(String file, List<StoredFacts.PositionRow> stored, List<StoredFacts.ReviewRow> review,
                             IntFunction<String> meetingOf) {
        List<PositionRow> found = new ArrayList<>();
        for (StoredFacts.PositionRow p : stored) {
            String meeting = meetingOf.apply(p.paragraph());
            if (meeting != null) {
                found.add(new PositionRow(meeting, p.source(), p.paragraph(),
                        p.sentenceIndex(), p.sentence(), p.topic(), p.stance(), p.quantifier(), p.weight(),
                        p.attributedEntityCode(), p.onBehalfOf(), p.confidence(), p.rule()));
            }
        }
        List<PositionRow> listed = new ArrayList<>();
        for (StoredFacts.ReviewRow r : review) {
            String meeting = meetingOf.apply(r.paragraph());
            if (meeting != null) {
                listed.add(new PositionRow(meeting, r.source(), r.paragraph(), r.sentenceIndex(), r.sentence(), "",
                        "", r.quantifier(), Math.max(1, r.weight()), r.attributedEntityCode(), r.onBehalfOf(), 0,
                        r.reason()));
            }
        }
        List<PositionRow> rows = applyOverrides(file, found, listed);
        rows.sort(IN_FILE);
        return rows;
    }

    private List<PositionRow> applyOverrides(String file, List<PositionRow> found, List<PositionRow> listed) {
        List<PositionRow> out = new ArrayList<>(found);
        for (int i : overridesOfFile.getOrDefault(file, List.of())) {
            PositionOverride o = overrides.get(i);
            PositionRow sentence = java.util.stream.Stream.concat(found.stream(), listed.stream())
                    .filter(r -> r.source().equals(o.source()) && r.sentenceIndex() == o.sentenceIndex())
                    .findFirst().orElse(null);
            if (sentence == null) {
                continue;
            }
            used.set(i);
            PositionRow existing = out.stream().filter(r -> r.source().equals(o.source())
                    && r.sentenceIndex() == o.sentenceIndex() && r.topic().equals(o.topic())).findFirst().orElse(null);
            String was = existing == null ? "none" : existing.stance();
            out.remove(existing);
            if (o.stance() != null) {
                PositionRow base = existing != null ? existing : sentence;
                out.add(new PositionRow(base.meetingId(), base.sourceFile(), base.paragraph(), base.sentenceIndex(),
                        base.sentence(), o.topic(), o.stance().name(), base.quantifier(), base.weight(),
                        base.attributedEntityCode(), base.onBehalfOf(), 1.0, "OVERRIDE (was " + was + ")"));
            }
        }
        return out;
    }

    /**
     * Counts a statements file's row of positions.csv into positions-summary and positions-by-entity. The file and the
     * meeting's report record the same statements: an entity's tally is the larger of the two, never their sum, and
     * its sources name both; positions-summary counts a file's position only beyond what the report credits the same
     * entity with on that topic and stance.
     */
    void count(PositionRow r) {
        Tallies one = new Tallies();
        one.count(r);
        // a statement the report already tallied for the same speaker, topic and stance is not counted again
        List<String> credited = List.of(r.meetingId(), r.credited(), r.topic(), r.stance());
        boolean recorded = !r.credited().isEmpty()
                && filed.getOrDefault(credited, 0) < entityMentions.getOrDefault(credited, 0);
        absorb(r.meetingId(), recorded ? List.of() : one.summary(), List.of());
        for (MeetingPart.EntityTally e : one.byEntity()) {
            List<String> key = List.of(r.meetingId(), e.credited(), e.topic(), e.stance());
            byEntity.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(e.sources());
            filed.merge(key, e.mentions(), Integer::sum);
            entitySpeakers.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(e.speakers());
        }
    }

    /** Adds a meeting's tallies ({@link Tallies}) to positions-summary and positions-by-entity. */
    void absorb(String meetingId, List<MeetingPart.Tally> tallies, List<MeetingPart.EntityTally> entities) {
        if (!tallies.isEmpty()) {
            Map<List<String>, int[]> totals = summary.computeIfAbsent(meetingId, k -> new TreeMap<>(TOPIC_STANCE));
            for (MeetingPart.Tally t : tallies) {
                int[] sum = totals.computeIfAbsent(List.of(t.topic(), t.stance()), k -> new int[5]);
                sum[0] += t.mentions();
                sum[1] = Math.max(sum[1], t.maxWeight());
                sum[2] += t.weighted();
                sum[3] += t.toReview();
                sum[4] += t.weightedToReview();
            }
        }
        for (MeetingPart.EntityTally e : entities) {
            List<String> key = List.of(meetingId, e.credited(), e.topic(), e.stance());
            byEntity.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(e.sources());
            entityMentions.merge(key, e.mentions(), Integer::sum);
            entitySpeakers.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(e.speakers());
        }
    }

    private static final Comparator<List<String>> TOPIC_STANCE = Comparator.comparing(
            (List<String> key) -> key.get(0)).thenComparing(key -> key.get(1));

    /** One meeting's positions tallied as positions-summary and positions-by-entity count them. */
    static final class Tallies {
        private final Map<List<String>, int[]> summary = new TreeMap<>(TOPIC_STANCE);
        private final Map<List<String>, MeetingPart.EntityTally> byEntity = new LinkedHashMap<>();

        void count(PositionRow r) {
            int[] t = summary.computeIfAbsent(List.of(r.topic(), r.stance()), k -> new int[5]);
            if (r.toReview()) {
                t[3]++;
                t[4] += r.weight();
            } else {
                t[0]++;
                t[1] = Math.max(t[1], r.weight());
                t[2] += r.weight();
            }
            if (!r.credited().isEmpty()) {
                MeetingPart.EntityTally e = byEntity.computeIfAbsent(List.of(r.credited(), r.topic(), r.stance()),
                        k -> new MeetingPart.EntityTally(k.get(0), k.get(1), k.get(2), new ArrayList<>(), 0,
                                new ArrayList<>()));
                if (!e.sources().contains(r.source())) {
                    e.sources().add(r.source());
                }
                if (!r.onBehalfOf().isEmpty() && !r.attributedEntityCode().isEmpty()
                        && !e.speakers().contains(r.attributedEntityCode())) {
                    e.speakers().add(r.attributedEntityCode());
                }
                byEntity.put(List.of(r.credited(), r.topic(), r.stance()), new MeetingPart.EntityTally(e.credited(),
                        e.topic(), e.stance(), e.sources(), e.mentions() + 1, e.speakers()));
            }
        }

        List<MeetingPart.Tally> summary() {
            List<MeetingPart.Tally> out = new ArrayList<>();
            summary.forEach((k, t) -> out.add(new MeetingPart.Tally(k.get(0), k.get(1), t[0], t[1], t[2], t[3],
                    t[4])));
            return out;
        }

        List<MeetingPart.EntityTally> byEntity() {
            return List.copyOf(byEntity.values());
        }
    }

    /** The overrides used so far (their places in the overrides file). */
    BitSet used() {
        return (BitSet) used.clone();
    }

    /** The overrides used since {@code before} ({@link #used()}). */
    List<Integer> usedSince(BitSet before) {
        BitSet now = (BitSet) used.clone();
        now.andNot(before);
        return now.stream().boxed().toList();
    }

    /** Overrides an earlier export found used by a meeting whose rows it gives again. */
    void markUsed(List<Integer> overrides) {
        overrides.forEach(used::set);
    }

    /**
     * One file's sentences to review, by paragraph and sentence; a sentence an analyst has decided on (an override
     * names it) is reviewed and no longer listed.
     */
    List<ReviewRow> reviewOfFile(List<StoredFacts.ReviewRow> stored, IntFunction<String> meetingOf) {
        List<ReviewRow> rows = new ArrayList<>();
        for (StoredFacts.ReviewRow r : stored) {
            String meeting = meetingOf.apply(r.paragraph());
            String source = r.source() + "#" + r.paragraph();
            boolean decided = overridesOfFile.getOrDefault(r.source(), List.of()).stream().map(overrides::get)
                    .anyMatch(o -> o.source().equals(source) && o.sentenceIndex() == r.sentenceIndex());
            if (meeting != null && !decided) {
                rows.add(new ReviewRow(meeting, r.source(), r.paragraph(), r.sentenceIndex(),
                        r.sentence(), r.reason()));
            }
        }
        rows.sort(Comparator.comparingInt(ReviewRow::paragraph).thenComparingInt(ReviewRow::sentenceIndex));
        return rows;
    }

    /** positions-summary.csv, once every file is in: meetings in the order of their first position. */
    List<PositionSummaryRow> summary() {
        List<PositionSummaryRow> rows = new ArrayList<>();
        summary.forEach((meeting, totals) -> totals.forEach((k, t) ->
                rows.add(new PositionSummaryRow(meeting, k.get(0), k.get(1), t[0], t[1], t[2], t[3], t[4]))));
        return rows;
    }

    /** positions-by-entity.csv, once every file is in. */
    List<EntityPositionRow> byEntity() {
        List<EntityPositionRow> rows = new ArrayList<>();
        byEntity.forEach((k, sources) -> rows.add(new EntityPositionRow(k.get(0), k.get(1), lookups.codes(k.get(1)),
                lookups.names().apply(k.get(1)), k.get(2), k.get(3),
                Math.max(entityMentions.getOrDefault(k, 0), filed.getOrDefault(k, 0)),
                String.join(";", entitySpeakers.get(k)), String.join(";", sources))));
        return rows;
    }

    /** The overrides file's malformed rows, then the overrides that matched no sentence, in file order. */
    List<Finding> overrideFindings() {
        List<Finding> findings = new ArrayList<>(malformed);
        for (int i = 0; i < overrides.size(); i++) {
            if (!used.get(i)) {
                PositionOverride o = overrides.get(i);
                findings.add(new Finding("line " + o.line(), FindingCode.UNUSED_OVERRIDE,
                        "No position was found in sentence " + o.sentenceIndex() + " of " + o.source()
                                + ", nor is it listed for review; an override can change or remove a position, or "
                                + "add one to a sentence that has one or that review.csv lists"));
            }
        }
        return findings;
    }
}
