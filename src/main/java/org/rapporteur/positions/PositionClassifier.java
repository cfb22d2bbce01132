package org.rapporteur.positions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.rapporteur.positions.learned.LearnedModel;
import org.rapporteur.positions.learned.E5Embedder;
import org.rapporteur.positions.learned.SentenceVectors;

/**
 * Finds the positions a sentence voices: the codebook's rules ({@link RuleClassifier}) read the sentence first (which
 * topics it names and how, each topic's clause, stance and rule, its negation scopes, hedges and neutral frames), then
 * a learned combiner weighs, for every (sentence, topic) pair, the rules' reading, the words of the topic's clause with
 * negation scope marked and the sentence's embedding, and decides whether the sentence takes a position on the topic,
 * and which ({@link LearnedModel}). Where the combiner agrees with the rules the position names the rule; where it
 * finds a position the rules did not, or another stance, it names its probability and the nearest labelled examples.
 * Each position's confidence is the combiner's probability; positions below {@link #REVIEW_BELOW} also go to review.
 *
 * <p>Without a learned model (rules only) the positions are the rules' alone, with confidence 1.
 */
public final class PositionClassifier {

    /** Positions below this confidence also go to review.csv. */
    static final double REVIEW_BELOW = 0.5;
    private static final int NEAREST = 3;
    private static final int CACHE_SENTENCES = 20_000;
    /** Results kept by sentence and context: procedural sentences repeat across the reports of a body. */
    static final int CACHE_RESULTS = 20_000;

    /** Which sentences the model reads. */
    public enum ModelUse {
        /** every sentence that can carry a position (the default: the best figures) */
        ALL,
        /**
         * only those where the rules find no position, or conflicting cues: under a third of them, so under a third of
         * the model's cost, but the combiner cannot correct the rules where they decided: 0.07 to 0.10 less macro F1
         * leave-one-hand-out on the read hands
         */
        UNDECIDED,
        /**
         * none: the codebook's rules alone, with confidence 1, and the model is not even loaded; for a machine too slow
         * for the model, and to measure the rest of a run without the model's cost
         */
        NONE
    }

    private final RuleClassifier rules;
    private final LearnedModel model;
    private final SentenceVectors vectors;
    private final ModelUse use;
    private final ResultCache results;
    private final PlainCueGate gate;
    /**
     * The combiner's probabilities by sentence and context, shared by the copies {@link #withGate} makes of a
     * classifier made {@link #sharingPredictions()}: to score several gates on one model without predicting again
     * (null: not kept).
     */
    private final Map<Map.Entry<String, SentenceContext>, Map<String, double[]>> predictions;
    private final java.util.concurrent.atomic.AtomicLong modelRead = new java.util.concurrent.atomic.AtomicLong();

    /** Rules only. */
    public PositionClassifier(Codebook codebook, Function<String, Optional<String>> entityCodes) {
        this(codebook, entityCodes, null, null);
    }

    public PositionClassifier(Codebook codebook, Function<String, Optional<String>> entityCodes, LearnedModel model,
                              SentenceVectors vectors) {
        this(codebook, entityCodes, model, vectors, ModelUse.ALL);
    }

    public PositionClassifier(Codebook codebook, Function<String, Optional<String>> entityCodes, LearnedModel model,
                              SentenceVectors vectors, ModelUse use) {
        this(new RuleClassifier(codebook, entityCodes), model, vectors, use, CACHE_RESULTS, PlainCueGate.DEFAULT, null);
    }

    /** The same classifier reading with the model only the sentences {@code use} says. */
    public PositionClassifier using(ModelUse use) {
        if (use == ModelUse.NONE) {
            return new PositionClassifier(rules, null, null, use, results.capacity(), gate, null);
        }
        return new PositionClassifier(rules, model, vectors, use, results.capacity(), gate, null);
    }

    /**
     * The same classifier with another margin for the rules' plain cues against the combiner's "no position" (see
     * {@link PlainCueGate}): to measure the margin, as {@code evaluate --gate-margin} does.
     */
    public PositionClassifier withGate(PlainCueGate gate) {
        return new PositionClassifier(rules, model, vectors, use, results.capacity(), gate, predictions);
    }

    /**
     * The same classifier keeping the combiner's probabilities by sentence and context, shared with every copy
     * {@link #withGate} makes of it: the gates decide differently on the same probabilities, so several gates are
     * scored on one model at the cost of one (as {@code evaluate --leave-one-hand-out} does). The results are the same.
     */
    public PositionClassifier sharingPredictions() {
        return new PositionClassifier(rules, model, vectors, use, results.capacity(), gate,
                new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * The same classifier keeping the results of at most {@code sentences} sentences (0: none kept, every sentence
     * classified afresh). The results are the same either way.
     */
    public PositionClassifier caching(int sentences) {
        return new PositionClassifier(rules, model, vectors, use, sentences, gate, predictions);
    }

    private PositionClassifier(RuleClassifier rules, LearnedModel model, SentenceVectors vectors, ModelUse use,
                               int cacheSentences, PlainCueGate gate,
                               Map<Map.Entry<String, SentenceContext>, Map<String, double[]>> predictions) {
        this.gate = gate;
        this.predictions = predictions;
        this.rules = rules;
        this.model = model;
        this.vectors = vectors;
        this.use = use;
        this.results = new ResultCache(cacheSentences);
    }

    /** The full classifier: the rules and the model trained with the jar, which is loaded once per JVM. */
    public static PositionClassifier withDefaultModel(Codebook codebook, Function<String, Optional<String>> entityCodes) {
        LearnedModel model = DefaultModel.MODEL;
        if (model == null) {
            throw new IllegalStateException("The position model positions/model.bin is not on the classpath: build "
                    + "with Maven (its process-classes phase trains it)");
        }
        return new PositionClassifier(codebook, entityCodes,
                forCodebook(model, codebook, DefaultModel.vectors()), DefaultModel.vectors());
    }

    /**
     * The model for a codebook: the one trained with the jar when the codebook's topics are its topics and give no
     * examples of their own; else retrained at start-up on the corpus's examples and the codebook's (embedded now).
     */
    static LearnedModel forCodebook(LearnedModel model, Codebook codebook, SentenceVectors vectors) {
        List<String> topics = codebook.topics().stream().map(Topic::id).toList();
        boolean own = codebook.topics().stream().anyMatch(t -> !t.examples().isEmpty());
        if (topics.equals(model.topics()) && !own) {
            return model;
        }
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Topic topic : codebook.topics()) {
            int n = 0;
            for (Topic.Example e : topic.examples()) {
                ids.add(topic.id() + "#" + (++n));
                labels.add(e.stance() == null ? "" : topic.id() + "=" + e.stance());
                sentences.add(e.sentence());
            }
        }
        vectors.prefetch(sentences);
        List<float[]> v = sentences.stream().map(vectors::vector).toList();
        RuleClassifier rules = new RuleClassifier(codebook, name -> Optional.empty());
        return model.retrained(topics, (text, body) -> rules.analyse(text, SentenceContext.of(body)), ids, sentences,
                labels, v, vectors::vector);
    }

    private static final class DefaultModel {
        static final LearnedModel MODEL = LearnedModel.readDefault();
        private static SentenceVectors vectors;

        static synchronized SentenceVectors vectors() {
            if (vectors == null) {
                vectors = new SentenceVectors(E5Embedder.shared(), CACHE_SENTENCES);
            }
            return vectors;
        }
    }

    public Codebook codebook() {
        return rules.codebook();
    }

    public boolean usesModel() {
        return model != null;
    }

    /**
     * What classifying cost so far, for the logs and benchmarks: sentences asked, those answered from the kept results,
     * those the model read, and the vectors embedded, read from the store and found in memory.
     */
    public String costLine() {
        long hits = results.hits();
        long asked = hits + results.misses();
        String line = String.format(Locale.ROOT, "sentences=%d from_kept_results=%d (%.0f%%)", asked, hits,
                asked == 0 ? 0.0 : 100.0 * hits / asked);
        if (model == null) {
            return line + " model=none";
        }
        return line + String.format(Locale.ROOT, " model_read=%d embedded=%d vectors_from_store=%d "
                        + "vectors_in_memory=%d", modelRead.get(),
                vectors.embedded(), vectors.fromStore(), vectors.cacheHits());
    }

    /** Sentences classified so far, those answered from the kept results included. */
    public long sentencesAsked() {
        return results.hits() + results.misses();
    }

    /** Sentences answered from the kept results so far. */
    public long keptResultsUsed() {
        return results.hits();
    }

    /** Sentences the model read so far (not those answered from the kept results). */
    public long modelRead() {
        return modelRead.get();
    }

    /** The vectors and their cost counters; null without a model. */
    public SentenceVectors vectors() {
        return vectors;
    }

    /**
     * Embeds in one batch the sentences the model reads (each as at the start of a paragraph), so that classifying them
     * embeds nothing more.
     */
    public void prefetch(Collection<String> sentences) {
        if (model == null) {
            return;
        }
        List<String> candidates = new ArrayList<>();
        for (String s : sentences) {
            RuleAnalysis analysis = rules.analyse(s, SentenceContext.NONE);
            if (readsVector(analysis)) {
                candidates.add(analysis.text());
                candidates.addAll(LearnedModel.parts(analysis, model.topics()));
            }
        }
        vectors.prefetch(candidates);
    }

    /** Classifies the sentences of one paragraph in order, passing context from each to the next. */
    public List<SentenceResult> classifyAll(List<String> sentences) {
        return classifyAll(sentences, "");
    }

    /**
     * Classifies the sentences of one paragraph of a meeting of this body series ("" when unknown). The rules read the
     * paragraph first (each sentence's context is theirs); the sentences the model reads are embedded together; then
     * each is decided. A sentence met before in the same context is not read again.
     */
    public List<SentenceResult> classifyAll(List<String> sentences, String body) {
        SentenceResult[] out = new SentenceResult[sentences.size()];
        RuleAnalysis[] analyses = new RuleAnalysis[sentences.size()];
        SentenceContext[] before = new SentenceContext[sentences.size()];
        SentenceContext context = SentenceContext.of(body);
        List<String> needed = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            before[i] = context;
            String text = sentences.get(i).strip();
            SentenceResult known = results.get(text, context);
            if (known != null) {
                out[i] = known;
                context = known.context();
                continue;
            }
            if (model == null) {
                out[i] = rules.classify(text, context);
                results.put(text, before[i], out[i]);
                context = out[i].context();
                continue;
            }
            analyses[i] = rules.analyse(text, context);
            if (readsVector(analyses[i])) {
                needed.add(analyses[i].text());
                needed.addAll(LearnedModel.parts(analyses[i], model.topics()));
            }
            context = analyses[i].result().context();
        }
        if (!needed.isEmpty()) {
            vectors.prefetch(needed);
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (out[i] == null) {
                out[i] = decide(analyses[i], before[i]);
                results.put(analyses[i].text(), before[i], out[i]);
            }
        }
        return List.of(out);
    }

    private static boolean undecided(SentenceResult byRules) {
        return byRules.positions().isEmpty() || !byRules.reviewReason().isEmpty();
    }

    /** Whether the model reads this sentence with its vector (else the rules' result stands). */
    private boolean readsVector(RuleAnalysis analysis) {
        return analysis.forModel() && (use == ModelUse.ALL || undecided(analysis.result()));
    }

    public SentenceResult classify(String sentence, SentenceContext previous) {
        if (model == null) {
            return rules.classify(sentence, previous);
        }
        return decide(rules.analyse(sentence, previous), previous);
    }

    private SentenceResult decide(RuleAnalysis analysis, SentenceContext previous) {
        SentenceResult byRules = analysis.result();
        if (!readsVector(analysis)) {
            return byRules;
        }
        modelRead.incrementAndGet();
        String text = analysis.text();
        float[] vector = vectors.vector(text);
        Map<String, double[]> predicted = predictions == null ? model.predict(analysis, vector, vectors::vector)
                : predictions.computeIfAbsent(new java.util.AbstractMap.SimpleImmutableEntry<>(text, previous),
                        k -> model.predict(analysis, vector, vectors::vector));
        Map<String, Position> byRule = new LinkedHashMap<>();
        byRules.positions().forEach(p -> byRule.put(p.topic(), p));
        Map<String, Position> positions = new LinkedHashMap<>();
        for (String topic : orderedTopics(byRule.keySet())) {
            double[] p = predicted.get(topic);
            if (p == null || codebook().topic(topic).isEmpty()) {
                continue;
            }
            Position rule = byRule.get(topic);
            PlainCueGate.Settled settled = gate.settle(analysis.topics().get(topic),
                    rule == null ? null : rule.stance(), p);
            Stance stance = settled.stance();
            if (stance == null) {
                continue;
            }
            if (rule != null && rule.stance() == stance) {
                positions.put(topic, rule.withConfidence(settled.confidence(), ""));
                continue;
            }
            Position voice = rule != null ? rule : rules.unanchored(text, topic, previous);
            String evidence = String.format(Locale.ROOT, "MODEL(p=%.2f near %s)%s", settled.confidence(),
                    String.join(",", model.nearest(vector, topic, NEAREST)),
                    rule != null ? " over " + rule.rule() : "");
            positions.put(topic, new Position(topic, stance, voice.quantifier(), voice.weight(),
                    voice.attributedEntityCode(), voice.onBehalfOf(), evidence, voice.cueWords(),
                    Math.round(settled.confidence() * 100) / 100.0));
        }
        String review = byRules.reviewReason();
        if (!positions.isEmpty() && byRules.positions().isEmpty()) {
            review = ""; // "no position" no longer holds: the model found one (and says how sure it is below)
        }
        if (review.isEmpty()) {
            Optional<Position> unsure = positions.values().stream().filter(p -> p.confidence() < REVIEW_BELOW)
                    .findFirst();
            if (unsure.isPresent()) {
                review = String.format(Locale.ROOT, "low confidence (%s %.2f)", unsure.get().topic(),
                        unsure.get().confidence());
            }
        }
        return new SentenceResult(List.copyOf(positions.values()), review, byRules.context(), byRules.speaker(),
                byRules.onBehalfOf());
    }

    /** The topics the rules took a position on, in their order, then the model's others. */
    private List<String> orderedTopics(Collection<String> first) {
        List<String> out = new ArrayList<>(first);
        model.topics().stream().filter(t -> !out.contains(t)).forEach(out::add);
        return out;
    }
}
