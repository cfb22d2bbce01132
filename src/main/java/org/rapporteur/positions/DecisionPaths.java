package org.rapporteur.positions;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which decision path settled each (sentence, topic) pair of a gold set, and how often it was right: the full
 * classifier (rules and learned combiner) compared pair by pair with the rules alone on the same sentences. A pair is
 * any topic the gold, the rules or the full classifier gives the sentence; a pair where neither the rules nor the full
 * classifier give a position and the gold has none is not counted. Figures only, no sentences: a hand nobody may read
 * can still show where its errors come from (the rules' stance kept, the combiner's stance over the rules', a topic
 * only the combiner found, a rules' position the combiner withdrew, or a position both missed).
 */
public final class DecisionPaths {

    /** How the full classifier's decision on a pair relates to the rules' own. */
    public enum Path {
        /** the rules gave a stance and the full classifier kept it */
        RULES_KEPT,
        /** the rules gave a stance and the combiner gave another (the learned stance) */
        STANCE_CHANGED,
        /** the rules gave none and the combiner found one (the learned topic) */
        MODEL_ADDED,
        /** the rules gave a stance and the combiner withdrew it ("no position") */
        RULES_DROPPED,
        /** the gold has a stance that neither the rules nor the full classifier gave */
        BOTH_MISSED
    }

    /** The counts of one path: pairs, pairs the full classifier got right, pairs the rules alone got right. */
    public record Counts(int pairs, int right, int rulesRight) {
        Counts plus(boolean fullRight, boolean ruleRight) {
            return new Counts(pairs + 1, right + (fullRight ? 1 : 0), rulesRight + (ruleRight ? 1 : 0));
        }
    }

    private final Map<Path, Counts> counts = new EnumMap<>(Path.class);

    public DecisionPaths() {
        for (Path p : Path.values()) {
            counts.put(p, new Counts(0, 0, 0));
        }
    }

    /** Classifies every gold sentence with both classifiers (each in its meeting's context) and counts the paths. */
    public static DecisionPaths of(List<GoldSentence> gold, PositionClassifier full, PositionClassifier rules) {
        DecisionPaths paths = new DecisionPaths();
        for (GoldSentence g : gold) {
            SentenceContext context = SentenceContext.of(g.body());
            paths.add(g.labels(), rules.classify(g.sentence(), context).positions(),
                    full.classify(g.sentence(), context).positions());
        }
        return paths;
    }

    /** Counts one sentence's pairs: its gold labels, the rules' positions and the full classifier's. */
    public void add(Map<String, Stance> gold, List<Position> byRules, List<Position> byFull) {
        Map<String, Stance> rule = stances(byRules);
        Map<String, Stance> full = stances(byFull);
        TreeSet<String> topics = new TreeSet<>(gold.keySet());
        topics.addAll(rule.keySet());
        topics.addAll(full.keySet());
        for (String topic : topics) {
            Stance want = gold.get(topic);
            Stance r = rule.get(topic);
            Stance f = full.get(topic);
            Path path = r == null ? (f == null ? Path.BOTH_MISSED : Path.MODEL_ADDED)
                    : f == null ? Path.RULES_DROPPED : f == r ? Path.RULES_KEPT : Path.STANCE_CHANGED;
            counts.merge(path, new Counts(0, 0, 0).plus(f == want, r == want), DecisionPaths::sum);
        }
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.pairs() + b.pairs(), a.right() + b.right(), a.rulesRight() + b.rulesRight());
    }

    private static Map<String, Stance> stances(List<Position> positions) {
        Map<String, Stance> out = new HashMap<>();
        positions.forEach(p -> out.putIfAbsent(p.topic(), Objects.requireNonNull(p.stance())));
        return out;
    }

    public Counts counts(Path path) {
        return counts.get(path);
    }

    /**
     * One line: per path, "right/pairs" of the full classifier and, where the combiner changed the rules' decision,
     * the rules' own right count ("STANCE_CHANGED 12/20 rules 5": the combiner fixed 12, the rules had 5).
     */
    public String line() {
        StringBuilder sb = new StringBuilder();
        for (Path p : Path.values()) {
            Counts c = counts.get(p);
            sb.append(sb.isEmpty() ? "" : "  ").append(String.format(Locale.ROOT, "%s %d/%d", p.name().toLowerCase(
                    Locale.ROOT), c.right(), c.pairs()));
            if (p == Path.STANCE_CHANGED || p == Path.MODEL_ADDED || p == Path.RULES_DROPPED) {
                sb.append(String.format(Locale.ROOT, " (rules %d)", c.rulesRight()));
            }
        }
        return sb.toString();
    }
}
