package org.rapporteur.positions.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.rapporteur.positions.Codebook;
import org.rapporteur.positions.DecisionPaths;
import org.rapporteur.positions.Evaluation;
import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.PlainCueGate;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.RuleAnalysis;
import org.rapporteur.positions.RuleClassifier;
import org.rapporteur.positions.SentenceContext;
import org.rapporteur.positions.Stance;
import org.rapporteur.positions.Topic;
import org.rapporteur.positions.learned.EmbeddingStore;
import org.rapporteur.positions.learned.FoldNeighbours;
import org.rapporteur.positions.learned.LearnedModel;
import org.rapporteur.positions.learned.MapEmbedder;
import org.rapporteur.positions.learned.PairModel;
import org.rapporteur.positions.learned.SentenceEmbedder;
import org.rapporteur.positions.learned.SentenceVectors;

/**
 * The honest figure: for each hand, the learned parts are trained on the other hands only, and the whole classifier
 * (rules and model) is scored on that hand. The rules are the same for every hand (they were written reading some
 * hands' errors: the hands that were never read are the most honest rows).
 */
public final class LeaveOneHandOut {

    /**
     * One hand's scores, with the rules alone beside the full classifier's; {@code gate} is the plain-cue gate the full
     * classifier was scored with; {@code paths} which decision path settled each pair, and how often rightly.
     */
    public record Row(String hand, int sentences, Evaluation full, Evaluation rulesOnly, PlainCueGate gate,
                      DecisionPaths paths) {
    }

    private LeaveOneHandOut() {
    }

    /**
     * @param vectors every corpus sentence's vector, by text (sentences missing are embedded by the embedder); the
     *                vectors of the parts of sentences with more than one voice are added to it
     */
    public static List<Row> run(List<Hand> hands, Codebook codebook, Function<String, Optional<String>> entityCodes,
                                Map<String, float[]> vectors, SentenceEmbedder embedder) {
        return run(hands, codebook, entityCodes, vectors, embedder, PairModel.Settings.DEFAULT,
                PositionClassifier.ModelUse.ALL, h -> true, List.of(PlainCueGate.DEFAULT));
    }

    /**
     * The same with the combiner's training settings given (to compare settings, all hands alike) and the sentences the
     * model reads (UNDECIDED: only those the rules leave open, as the nightly job can be set to).
     *
     * @param scored the hands to score (each trained on all the others, scored or not): hands nobody may read are
     *               left out of the figures used to choose settings, but stay in every fold's training
     * @param gates  the plain-cue gates to score the full classifier with, side by side: each fold's model is trained
     *               once and each hand scored once per gate (rows by gate, then by hand)
     */
    public static List<Row> run(List<Hand> hands, Codebook codebook, Function<String, Optional<String>> entityCodes,
                                Map<String, float[]> vectors, SentenceEmbedder embedder, PairModel.Settings settings,
                                PositionClassifier.ModelUse use, Predicate<String> scored, List<PlainCueGate> gates) {
        return run(hands, codebook, entityCodes, vectors, embedder, settings, use, scored, gates, row -> {
        });
    }

    /**
     * The same, handing each row to {@code scoredNow} as soon as its hand is scored: a long run on a busy machine
     * shows its rows as they come, and a run stopped early keeps the rows it had.
     */
    public static List<Row> run(List<Hand> hands, Codebook codebook, Function<String, Optional<String>> entityCodes,
                                Map<String, float[]> vectors, SentenceEmbedder embedder, PairModel.Settings settings,
                                PositionClassifier.ModelUse use, Predicate<String> scored, List<PlainCueGate> gates,
                                Consumer<Row> scoredNow) {
        List<String> topics = codebook.topics().stream().map(Topic::id).toList();
        PositionClassifier rules = new PositionClassifier(codebook, entityCodes);
        RuleClassifier reader = new RuleClassifier(codebook, entityCodes);
        Map<String, RuleAnalysis> analyses = new HashMap<>();
        BiFunction<String, String, RuleAnalysis> analyse = (text, body) -> analyses.computeIfAbsent(body + "\n" + text,
                k -> reader.analyse(text, SentenceContext.of(body)));
        List<GoldSentence> corpus = new ArrayList<>();
        hands.forEach(h -> corpus.addAll(h.sentences()));
        // the parts of sentences with more than one voice (LearnedModel.part), embedded once for every fold
        EmbeddingStore.complete(vectors, LearnedModel.parts(corpus, topics, analyse), embedder);
        SentenceVectors lookup = new SentenceVectors(new MapEmbedder(vectors, embedder), Integer.MAX_VALUE);
        Map<PlainCueGate, List<Row>> byGate = new LinkedHashMap<>();
        gates.forEach(g -> byGate.put(g, new ArrayList<>()));
        List<GoldSentence> all = new ArrayList<>();
        hands.forEach(h -> all.addAll(h.sentences()));
        // the neighbours' search once for every fold, not once per fold (the same models, found faster)
        FoldNeighbours nearest = settings.knn() > 0 && hands.stream().filter(h -> scored.test(h.name())).count() > 1
                ? new FoldNeighbours(all, vectors, settings.knn()) : null;
        int from = 0;
        for (Hand hand : hands) {
            int to = from + hand.sentences().size();
            int handFrom = from;
            from = to;
            if (!scored.test(hand.name())) {
                continue;
            }
            List<GoldSentence> training = new ArrayList<>();
            hands.stream().filter(h -> h != hand).forEach(h -> training.addAll(h.sentences()));
            LearnedModel model = LearnedModel.train(embedder.modelId(), training, vectors, topics, analyse,
                    settings, nearest == null ? null : nearest.forFold(handFrom, to));
            // the gates decide on the same probabilities: predicted once per sentence for all of them
            PositionClassifier full = new PositionClassifier(codebook, entityCodes, model, lookup, use)
                    .sharingPredictions();
            Evaluation rulesOnly = Evaluation.of(hand.sentences(), rules);
            for (PlainCueGate gate : gates) {
                PositionClassifier gated = full.withGate(gate);
                Row row = new Row(hand.name(), hand.sentences().size(), Evaluation.of(hand.sentences(), gated),
                        rulesOnly, gate, DecisionPaths.of(hand.sentences(), gated, rules));
                byGate.get(gate).add(row);
                scoredNow.accept(row);
            }
        }
        List<Row> rows = new ArrayList<>();
        byGate.values().forEach(rows::addAll);
        return rows;
    }

    /** Per hand (and gate, when several), the decision paths' line ({@link DecisionPaths#line()}). */
    public static String paths(List<Row> rows) {
        boolean gated = rows.stream().map(Row::gate).distinct().count() > 1;
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "paths %-6s %s%s%n", r.hand(), gated ? r.gate().label() + " " : "",
                    r.paths().line()));
        }
        return sb.toString();
    }

    /** One row as a line, as a run shows it when its hand is scored. */
    public static String progress(Row r) {
        return String.format(Locale.ROOT, "scored %s: macro_f1 %.3f against_rec %.3f neutral_rec %.3f (%s)", r.hand(),
                r.full().macroF1(), r.full().stance(Stance.AGAINST).recall(), r.full().stance(Stance.NEUTRAL).recall(),
                r.gate().label());
    }

    /** The share of a hand's sentences labelled with no position that were given one. */
    private static double noneGiven(Evaluation e) {
        return e.noneSentences() == 0 ? 0 : (double) e.noneSentencesWithPosition() / e.noneSentences();
    }

    /**
     * The table: per hand, macro F1 (FOR, AGAINST), AGAINST recall, NEUTRAL recall and topic detection precision and
     * recall (whatever the stance) and the sentences labelled with no position that were given one (as
     * "given/labelled"; the mean as a share) of the full classifier, then the rules alone's macro F1 and NEUTRAL recall; last,
     * the mean of each column over the rows and the lowest macro F1.
     */
    public static String table(List<Row> rows) {
        Map<PlainCueGate, List<Row>> byGate = new LinkedHashMap<>();
        rows.forEach(r -> byGate.computeIfAbsent(r.gate(), g -> new ArrayList<>()).add(r));
        if (byGate.size() > 1) {
            StringBuilder sb = new StringBuilder();
            byGate.forEach((gate, gated) -> sb.append(gate.label()).append(System.lineSeparator())
                    .append(table(gated)).append(System.lineSeparator()));
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %9s %9s %11s %11s %8s %8s %10s %14s %11s%n", "hand",
                "sentences", "macro_f1", "against_rec", "neutral_rec", "topic_p", "topic_r", "none_given",
                "rules_macro_f1", "rules_neut"));
        double[] sum = new double[8];
        double lowest = Double.MAX_VALUE;
        for (Row r : rows) {
            double[] v = {r.full().macroF1(), r.full().stance(Stance.AGAINST).recall(),
                    r.full().stance(Stance.NEUTRAL).recall(), r.full().topicDetection().precision(),
                    r.full().topicDetection().recall(), r.rulesOnly().macroF1(),
                    r.rulesOnly().stance(Stance.NEUTRAL).recall(), noneGiven(r.full())};
            sb.append(String.format(Locale.ROOT, "%-10s %9d %9.3f %11.3f %11.3f %8.3f %8.3f %10s %14.3f %11.3f%n",
                    r.hand(), r.sentences(), v[0], v[1], v[2], v[3], v[4],
                    r.full().noneSentencesWithPosition() + "/" + r.full().noneSentences(), v[5], v[6]));
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i] / rows.size();
            }
            lowest = Math.min(lowest, v[0]);
        }
        if (rows.size() > 1) {
            sb.append(String.format(Locale.ROOT, "%-10s %9s %9.3f %11.3f %11.3f %8.3f %8.3f %10.3f %14.3f %11.3f%n",
                    "mean", "", sum[0], sum[1], sum[2], sum[3], sum[4], sum[7], sum[5], sum[6]));
            sb.append(String.format(Locale.ROOT, "lowest macro_f1 %.3f%n", lowest));
        }
        return sb.toString();
    }
}
