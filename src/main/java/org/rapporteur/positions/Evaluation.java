package org.rapporteur.positions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores predicted positions against a gold set. Each gold (sentence, topic) pair has a stance. A prediction for a
 * pair with the right stance is a true positive of that stance; with the wrong stance, a false negative of the gold
 * stance and a false positive of the predicted one; a predicted pair that the gold does not have (or a sentence labelled
 * NONE) is a false positive of its stance; a gold pair without prediction is a false negative. macro_f1 is the mean
 * of the FOR and AGAINST F1. Topic detection is scored apart from stance: a gold pair predicted with any stance is
 * found, one predicted with none is missed, a predicted pair the gold does not have is a false find.
 */
public final class Evaluation {

    /** Counts of one class (a stance or a topic). */
    public static final class Counts {
        int tp;
        int fp;
        int fn;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int support() {
            return tp + fn;
        }
    }

    private final Map<Stance, Counts> byStance = new EnumMap<>(Stance.class);
    private final Map<String, Counts> byTopic = new TreeMap<>();
    private final Counts detection = new Counts();
    /** gold stance ("NONE" when no position) → predicted stance ("NONE") → count. */
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();
    private int sentences;
    /** Sentences labelled with no position at all, and those of them given one (the gate's false positions). */
    private int noneSentences;
    private int noneSentencesWithPosition;

    public Evaluation() {
        for (Stance s : Stance.values()) {
            byStance.put(s, new Counts());
        }
    }

    public static Evaluation of(List<GoldSentence> gold, PositionClassifier classifier) {
        Evaluation evaluation = new Evaluation();
        for (GoldSentence g : gold) {
            List<Position> predicted = classifier.classify(g.sentence(), SentenceContext.of(g.body())).positions();
            evaluation.add(g, predicted);
        }
        return evaluation;
    }

    void add(GoldSentence gold, List<Position> predicted) {
        sentences++;
        Map<String, Stance> predictedByTopic = new TreeMap<>();
        Map<String, String> rules = new TreeMap<>();
        predicted.forEach(p -> predictedByTopic.putIfAbsent(p.topic(), p.stance()));
        predicted.forEach(p -> rules.putIfAbsent(p.topic(), " [" + p.rule() + "]"));
        for (Map.Entry<String, Stance> label : gold.labels().entrySet()) {
            Stance want = label.getValue();
            Stance got = predictedByTopic.get(label.getKey());
            Counts topic = byTopic.computeIfAbsent(label.getKey(), k -> new Counts());
            if (got == null) {
                detection.fn++;
            } else {
                detection.tp++;
            }
            if (got == want) {
                byStance.get(want).tp++;
                topic.tp++;
            } else {
                byStance.get(want).fn++;
                topic.fn++;
                if (got != null) {
                    byStance.get(got).fp++;
                    topic.fp++;
                }
                errors.add(gold.id() + " " + label.getKey() + " gold=" + want + " predicted=" + (got == null ? "NONE" : got)
                        + rules.getOrDefault(label.getKey(), "") + " | " + gold.sentence());
            }
            count(want.name(), got == null ? "NONE" : got.name());
        }
        for (Map.Entry<String, Stance> p : predictedByTopic.entrySet()) {
            if (!gold.labels().containsKey(p.getKey())) {
                byStance.get(p.getValue()).fp++;
                detection.fp++;
                byTopic.computeIfAbsent(p.getKey(), k -> new Counts()).fp++;
                count("NONE", p.getValue().name());
                errors.add(gold.id() + " " + p.getKey() + " gold=NONE predicted=" + p.getValue()
                        + rules.get(p.getKey()) + " | " + gold.sentence());
            }
        }
        if (gold.labels().isEmpty()) {
            noneSentences++;
            if (predictedByTopic.isEmpty()) {
                count("NONE", "NONE");
            } else {
                noneSentencesWithPosition++;
            }
        }
    }

    private void count(String gold, String predicted) {
        confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    }

    public Counts stance(Stance stance) {
        return byStance.get(stance);
    }

    /** Whether the pairs' topics were found, whatever the stance. */
    public Counts topicDetection() {
        return detection;
    }

    /** Sentences labelled with no position at all. */
    public int noneSentences() {
        return noneSentences;
    }

    /** Sentences labelled with no position at all that were given one or more (the gate let them through). */
    public int noneSentencesWithPosition() {
        return noneSentencesWithPosition;
    }

    public double macroF1() {
        return (stance(Stance.FOR).f1() + stance(Stance.AGAINST).f1()) / 2;
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** The printed report; its last line is the one scripts read. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s %8s%n", "stance", "precision", "recall", "f1",
                "support"));
        byStance.forEach((s, c) -> sb.append(row(s.name(), c)));
        sb.append(String.format(Locale.ROOT, "%n%-28s %9s %9s %9s %8s%n", "topic", "precision", "recall", "f1",
                "support"));
        byTopic.forEach((t, c) -> sb.append(row(t, c)));
        sb.append(String.format(Locale.ROOT, "%nconfusion (rows gold, columns predicted)%n%-10s", ""));
        List<String> labels = List.of("FOR", "AGAINST", "NEUTRAL", "NONE");
        labels.forEach(l -> sb.append(String.format(Locale.ROOT, "%9s", l)));
        sb.append(System.lineSeparator());
        for (String gold : labels) {
            sb.append(String.format(Locale.ROOT, "%-10s", gold));
            for (String predicted : labels) {
                sb.append(String.format(Locale.ROOT, "%9d",
                        confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0)));
            }
            sb.append(System.lineSeparator());
        }
        sb.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                "topic detection (any stance): precision %.3f recall %.3f f1 %.3f support %d%n", detection.precision(),
                detection.recall(), detection.f1(), detection.support()));
        sb.append(String.format(Locale.ROOT, "sentences with no position given one: %d of %d%n",
                noneSentencesWithPosition, noneSentences));
        sb.append(System.lineSeparator()).append(summaryLine());
        return sb.toString();
    }

    private static String row(String name, Counts c) {
        return String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f %8d%n", name, c.precision(), c.recall(), c.f1(),
                c.support());
    }

    public String summaryLine() {
        return String.format(Locale.ROOT, "macro_f1=%.3f for_f1=%.3f against_f1=%.3f against_recall=%.3f n=%d",
                macroF1(), stance(Stance.FOR).f1(), stance(Stance.AGAINST).f1(), stance(Stance.AGAINST).recall(),
                sentences);
    }
}
