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
import org.rapporteur.positions.learned.MiniLmEmbedder;
import org.rapporteur.positions.learned.SentenceVectors;

/**
 * Finds the positions a sentence voices, in two stages. (1) Which topics: the codebook's patterns ({@link
 * RuleClassifier}), plus a learned topic detector over the sentence's embedding, behind a learned gate ("does this
 * sentence take a position at all?"). (2) Which stance for each: the rules (cues, neutral frames, negation scopes);
 * where they say nothing, the learned stance model. Each position gets a confidence; positions the classifier is
 * unsure of also go to review. Every decision names its rule, or its score and the nearest labelled examples.
 *
 * <p>Without a learned model (rules only) the positions are the rules' alone, with confidence 1.
 */
public final class PositionClassifier {

    /** A topic the rules name without a stance is added when the detector's probability reaches this. */
    static final double NAMED_TOPIC_THRESHOLD = 0.5;
    /** A topic the rules do not name at all (a paraphrase) needs more. */
    static final double TOPIC_THRESHOLD = 0.7;
    static final double GATE_THRESHOLD = 0.5;
    /** Positions below this confidence also go to review.csv. */
    static final double REVIEW_BELOW = 0.5;
    private static final int NEAREST = 3;
    private static final int CACHE_SENTENCES = 20_000;

    /** Which sentences the model reads. */
    public enum ModelUse {
        /** every sentence that can carry a position (the default: the best figures) */
        ALL,
        /**
         * only those where the rules find no position, or conflicting cues: about a quarter of them, so a quarter of the
         * model's cost, for about 0.002 less macro F1 leave-one-hand-out (0.02 on one hand)
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
        this.rules = new RuleClassifier(codebook, entityCodes);
        this.model = model;
        this.vectors = vectors;
        this.use = use;
    }

    /** The same classifier reading with the model only the sentences {@code use} says. */
    public PositionClassifier using(ModelUse use) {
        if (use == ModelUse.NONE) {
            return new PositionClassifier(rules, null, null, use);
        }
        return new PositionClassifier(rules, model, vectors, use);
    }

    private PositionClassifier(RuleClassifier rules, LearnedModel model, SentenceVectors vectors, ModelUse use) {
        this.rules = rules;
        this.model = model;
        this.vectors = vectors;
        this.use = use;
    }

    /** The full classifier: the rules and the model trained with the jar, which is loaded once per JVM. */
    public static PositionClassifier withDefaultModel(Codebook codebook, Function<String, Optional<String>> entityCodes) {
        LearnedModel model = DefaultModel.MODEL;
        if (model == null) {
            throw new IllegalStateException("The position model positions/model.bin is not on the classpath: build "
                    + "with Maven (its process-classes phase trains it)");
        }
        return new PositionClassifier(codebook, entityCodes, forCodebook(model, codebook, DefaultModel.vectors()),
                DefaultModel.vectors());
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
        return model.retrained(topics, ids, labels, v);
    }

    private static final class DefaultModel {
        static final LearnedModel MODEL = LearnedModel.readDefault();
        private static SentenceVectors vectors;

        static synchronized SentenceVectors vectors() {
            if (vectors == null) {
                vectors = new SentenceVectors(MiniLmEmbedder.shared(), CACHE_SENTENCES);
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

    /** The vectors and their cost counters; null without a model. */
    public SentenceVectors vectors() {
        return vectors;
    }

    /** Embeds in one batch the sentences that can carry a position, so that classifying them embeds nothing more. */
    public void prefetch(Collection<String> sentences) {
        if (model == null) {
            return;
        }
        List<String> candidates = new ArrayList<>();
        for (String s : sentences) {
            String text = s.strip();
            if (rules.canCarryPosition(text) && !rules.mentionOnly(text)
                    && (use == ModelUse.ALL || undecided(rules.classify(text, SentenceContext.NONE)))) {
                candidates.add(text);
            }
        }
        vectors.prefetch(candidates);
    }

    /** Classifies the sentences of one paragraph in order, passing context from each to the next. */
    public List<SentenceResult> classifyAll(List<String> sentences) {
        return classifyAll(sentences, "");
    }

    /** Classifies the sentences of one paragraph of a meeting of this body series ("" when unknown). */
    public List<SentenceResult> classifyAll(List<String> sentences, String body) {
        prefetch(sentences);
        List<SentenceResult> out = new ArrayList<>();
        SentenceContext context = SentenceContext.of(body);
        for (String sentence : sentences) {
            SentenceResult result = classify(sentence, context);
            out.add(result);
            context = result.context();
        }
        return out;
    }

    private static boolean undecided(SentenceResult byRules) {
        return byRules.positions().isEmpty() || !byRules.reviewReason().isEmpty();
    }

    public SentenceResult classify(String sentence, SentenceContext previous) {
        SentenceResult byRules = rules.classify(sentence, previous);
        String text = sentence.strip();
        if (model == null || rules.mentionOnly(text) || !rules.canCarryPosition(text)
                || (use == ModelUse.UNDECIDED && !undecided(byRules))) {
            return byRules;
        }
        LearnedModel.Prediction prediction = model.predict(vectors.vector(text));
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Position rule : byRules.positions()) {
            double topic = prediction.topic(rule.topic());
            Position p = rule;
            double stance = prediction.stance().get(p.stance());
            double confidence = 0.5 + 0.3 * topic + 0.2 * stance;
            if (!byRules.reviewReason().isEmpty()) {
                confidence -= 0.2;
            }
            positions.put(p.topic(), p.withConfidence(confidence, ""));
        }
        if (prediction.gate() >= GATE_THRESHOLD) {
            for (String topic : model.topics()) {
                double p = prediction.topic(topic);
                boolean named = byRules.context().topics().contains(topic);
                if (p < (named ? NAMED_TOPIC_THRESHOLD : TOPIC_THRESHOLD) || positions.containsKey(topic)
                        || codebook().topic(topic).isEmpty()) {
                    continue;
                }
                String evidence = String.format(Locale.ROOT, "MODEL(p=%.2f near %s)", p,
                        String.join(",", model.nearest(vectors.vector(text), topic, NEAREST)));
                Position byRule = rules.unanchored(text, topic, previous);
                Position position;
                if (byRule.stance() != null) {
                    position = byRule.withConfidence(p * 0.9, evidence);
                } else {
                    Map.Entry<Stance, Double> best = prediction.bestStance();
                    position = new Position(topic, best.getKey(), byRule.quantifier(), byRule.weight(),
                            byRule.attributedEntityCode(), byRule.onBehalfOf(), String.format(Locale.ROOT,
                            "STANCE_MODEL(p=%.2f)", best.getValue()), "").withConfidence(p * best.getValue(), evidence);
                }
                positions.put(topic, position);
            }
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
}
