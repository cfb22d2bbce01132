package org.rapporteur.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.rapporteur.positions.CueFinder.Hit;
import org.rapporteur.positions.Mentions.Mention;

/**
 * Finds the positions a sentence voices, following the codebook. Explainable by construction: each position names
 * the rule (cue or hedge id, "+negated" when a negation flipped it) and the words that decided it.
 *
 * <p>How a sentence is read: a sentence that only mentions ("Reference was made to …") takes no position; the
 * speaker is taken where the text names one; the sentence is cut where it turns from one group of speakers to another
 * ("while some …, others …"); in each part, every topic named (or referred back to: "that Convention") takes its stance
 * from the nearest cue in its own clause, flipped by a negation just before the cue, and a hedge ("provided that",
 * "would depend on") makes the part NEUTRAL. The quantifier is the part's own, else the sentence's, else the
 * previous sentence's for "they"; a passive sentence counts as one voice.
 *
 * <p>Where each step lives: who speaks, {@link Voices}; parts and clauses, {@link Clauses}; the topics named,
 * {@link Mentions}; the cues and what negates them, {@link CueFinder} and {@link Negations}. The decision for each
 * topic is made here: {@code classifyScanned} walks the parts, and {@code decide} picks a topic's stance.
 */
public final class RuleClassifier {

    private static final int AFTER_FACTOR = 1;

    private final Codebook codebook;
    private final Prefilter prefilter;
    private final List<Cue> neutralViews;
    private final Voices voices;
    private final Clauses clauses;
    private final Mentions mentions;
    private final Negations negations;
    private final CueFinder cueFinder;
    /** While {@link #analyse} runs on a thread: how each topic was read (null otherwise); workers share a classifier. */
    private final ThreadLocal<Map<String, TopicTrace>> tracing = new ThreadLocal<>();

    /**
     * @param codebook    the topics, cues and quantifiers
     * @param entityCodes the entity code of a name as written ("the Islamic Republic of Iran" gives IRN), or empty
     */
    public RuleClassifier(Codebook codebook, Function<String, Optional<String>> entityCodes) {
        this(codebook, entityCodes, true);
    }

    /** @param prefiltered false to run every pattern on every sentence (the answers are the same, only slower) */
    RuleClassifier(Codebook codebook, Function<String, Optional<String>> entityCodes, boolean prefiltered) {
        this.codebook = codebook;
        this.prefilter = new Prefilter(codebook, prefiltered);
        this.neutralViews = codebook.neutralViews();
        this.voices = new Voices(codebook, entityCodes, prefilter);
        this.clauses = new Clauses(codebook, prefilter);
        this.mentions = new Mentions(codebook, prefilter);
        this.negations = new Negations(codebook, prefilter);
        this.cueFinder = new CueFinder(codebook, prefilter, negations);
    }

    public Codebook codebook() {
        return codebook;
    }

    /** Classifies the sentences of one paragraph in order, passing context from each to the next. */
    public List<SentenceResult> classifyAll(List<String> sentences) {
        List<SentenceResult> out = new ArrayList<>();
        SentenceContext context = SentenceContext.NONE;
        for (String sentence : sentences) {
            SentenceResult result = classify(sentence, context);
            out.add(result);
            context = result.context();
        }
        return out;
    }

    public SentenceResult classify(String sentence, SentenceContext previous) {
        prefilter.sentence(sentence.strip());
        try {
            return classifyScanned(sentence, previous);
        } finally {
            prefilter.sentence(null);
        }
    }

    /**
     * What the rules found in a sentence, with how they read each topic it names (named, referred back to, implied by
     * a cue, or named only in a reason; its clause, its stance and rule): the evidence the learned combiner weighs.
     */
    public RuleAnalysis analyse(String sentence, SentenceContext previous) {
        String text = sentence.strip();
        prefilter.sentence(text);
        Map<String, TopicTrace> topics = new LinkedHashMap<>();
        tracing.set(topics);
        try {
            SentenceResult result = classifyScanned(sentence, previous);
            tracing.remove();
            Position unanchored = unanchoredScanned(sentence, "", previous);
            return new RuleAnalysis(text, result, topics, unanchored.stance(), unanchored.rule(),
                    matchesAny(codebook.mentionOnly(), text), canCarryScanned(text), negations.scopes(text));
        } finally {
            tracing.remove();
            prefilter.sentence(null);
        }
    }

    private void trace(Mention mention, int offset, String part, TopicTrace.How how, Optional<Decision> decision,
                       boolean hedged, boolean inCondition) {
        Map<String, TopicTrace> traces = tracing.get();
        if (traces == null || traces.containsKey(mention.topic().id())) {
            return;
        }
        Clauses.Span clause = Clauses.around(part, mention.start());
        traces.put(mention.topic().id(), new TopicTrace(mention.topic().id(), how, offset + mention.start(),
                offset + mention.end(), offset + clause.start(), offset + clause.end(),
                decision.map(Decision::stance).orElse(null), decision.map(Decision::rule).orElse(""), hedged,
                inCondition, decision.map(Decision::conflict).orElse(false)));
    }

    private SentenceResult classifyScanned(String sentence, SentenceContext previous) {
        String text = sentence.strip();
        Voices.Voice voice = voices.of(text, previous);
        if (matchesAny(codebook.mentionOnly(), text)) {
            return new SentenceResult(List.of(), "", new SentenceContext(mentions.topicsNamed(text),
                    voice.quantifier(), voice.weight(), previous.body()), voice.entity(), voice.behalf());
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        Set<String> context = new LinkedHashSet<>(previous.topics());
        Set<String> namedInParts = new LinkedHashSet<>();
        boolean conflict = false;
        for (Clauses.Span clause : clauses.parts(text)) {
            String part = text.substring(clause.start(), clause.end());
            Voices.Voice partVoice = clause.start() == 0 ? voice : voices.own(part).orElse(voice);
            List<Mention> named = mentions.in(part, context, namedInParts, previous.body());
            List<Hit> cues = cueFinder.in(part, named);
            Optional<Hit> hedge = cueFinder.first(neutralViews, part);
            Set<String> inPart = new LinkedHashSet<>();
            for (Mention mention : named) {
                inPart.add(mention.topic().id());
                if (positions.containsKey(mention.topic().id())) {
                    continue;
                }
                Optional<Decision> decision;
                if (hedge.isPresent() && inCondition(mention, hedge.get(), named, cues)) {
                    // "could support the draft only if it contained safeguards": the condition's topic takes a
                    // position only from a cue of its own ("provided that they built on the Budapest Convention") or
                    // from what the condition demands of it ("only if the reference to X were restored": FOR X)
                    decision = ownCue(mention, cues).or(() -> demanded(mention, hedge.get(), cues));
                } else {
                    decision = hedge.map(h -> new Decision(Stance.NEUTRAL, h.cue().id(), h.words()))
                            .or(() -> decide(part, mention, cues));
                }
                trace(mention, clause.start(), part, mention.anaphor() ? TopicTrace.How.ANAPHOR : TopicTrace.How.NAMED,
                        decision, hedge.isPresent(), hedge.isPresent() && inCondition(mention, hedge.get(), named, cues));
                if (decision.isPresent()) {
                    conflict |= decision.get().conflict();
                    positions.put(mention.topic().id(), new Position(mention.topic().id(), decision.get().stance(),
                            partVoice.quantifier(), partVoice.weight(), voice.entity(), voice.behalf(), decision.get().rule(),
                            decision.get().words()));
                }
            }
            for (Hit hit : cues) {
                if (hit.cue().implies() && hit.topic() != null && !positions.containsKey(hit.topic().id())) {
                    Stance stance = hedge.isPresent() ? Stance.NEUTRAL : hit.stance();
                    positions.put(hit.topic().id(), new Position(hit.topic().id(), stance, partVoice.quantifier(),
                            partVoice.weight(), voice.entity(), voice.behalf(), hit.rule(), hit.words()));
                    inPart.add(hit.topic().id());
                    if (tracing.get() != null) {
                        tracing.get().putIfAbsent(hit.topic().id(), new TopicTrace(hit.topic().id(), TopicTrace.How.IMPLIED,
                                clause.start() + hit.start(), clause.start() + hit.end(), clause.start(), clause.end(), stance,
                                hit.rule(), hedge.isPresent(), false, false));
                    }
                }
            }
            if (tracing.get() != null) {
                for (Mention m : mentions.inReasons(part, previous.body())) {
                    tracing.get().putIfAbsent(m.topic().id(), new TopicTrace(m.topic().id(), TopicTrace.How.REASON,
                            clause.start() + m.start(), clause.start() + m.end(), clause.start(), clause.end(), null, "",
                            hedge.isPresent(), false, false));
                }
            }
            context = inPart.isEmpty() ? context : inPart;
        }
        Set<String> named = new LinkedHashSet<>(positions.keySet());
        named.addAll(namedInParts);
        String review = "";
        if (conflict) {
            review = "conflicting cues";
        } else if (positions.isEmpty() && matchesAny(codebook.reportingVerbs(), text) && !named.isEmpty()) {
            review = "reporting verb and topic but no position";
        }
        return new SentenceResult(List.copyOf(positions.values()), review,
                new SentenceContext(named.isEmpty() ? previous.topics() : named, voice.quantifier(), voice.weight(),
                        previous.body()),
                voice.entity(), voice.behalf());
    }

    /**
     * Whether a sentence can carry a position at all, so is worth the learned model's time: it names a topic, or
     * someone holding a view (a quantifier, a passive "it was stressed", a named speaker, a reporting verb, "they").
     */
    public boolean canCarryPosition(String sentence) {
        prefilter.sentence(sentence.strip());
        try {
            return canCarryScanned(sentence);
        } finally {
            prefilter.sentence(null);
        }
    }

    private boolean canCarryScanned(String sentence) {
        String text = sentence.strip();
        if (!mentions.topicsNamed(text).isEmpty()) {
            return true;
        }
        for (Quantifier q : codebook.quantifiers()) {
            if (prefilter.matcher(q.pattern(), text).find()) {
                return true;
            }
        }
        return matchesAny(codebook.passive(), text) || matchesAny(codebook.reportingVerbs(), text)
                || matchesAny(codebook.attribution(), text) || matchesAny(codebook.carryOver(), text);
    }

    /** Whether the sentence only mentions topics ("Reference was made to …") and so takes no position. */
    public boolean mentionOnly(String sentence) {
        prefilter.sentence(sentence.strip());
        try {
            return mentionOnlyScanned(sentence);
        } finally {
            prefilter.sentence(null);
        }
    }

    private boolean mentionOnlyScanned(String sentence) {
        return matchesAny(codebook.mentionOnly(), sentence.strip());
    }

    /**
     * The stance the rules give a topic that the sentence does not name in the codebook's words (a learned detector
     * found it): a hedge in the first part makes it NEUTRAL, else the first stance cue of that part decides, a cue of
     * mere emphasis ("stressed") only when no other is there. When the part has no cue, the position has the
     * sentence's voice but no stance (null) and no rule.
     */
    public Position unanchored(String sentence, String topic, SentenceContext previous) {
        prefilter.sentence(sentence.strip());
        try {
            return unanchoredScanned(sentence, topic, previous);
        } finally {
            prefilter.sentence(null);
        }
    }

    private Position unanchoredScanned(String sentence, String topic, SentenceContext previous) {
        String text = sentence.strip();
        Voices.Voice voice = voices.of(text, previous);
        Clauses.Span first = clauses.parts(text).get(0);
        String part = text.substring(first.start(), first.end());
        Optional<Hit> hedge = cueFinder.first(neutralViews, part);
        if (hedge.isPresent()) {
            return new Position(topic, Stance.NEUTRAL, voice.quantifier(), voice.weight(), voice.entity(),
                    voice.behalf(), hedge.get().cue().id(), hedge.get().words());
        }
        List<Hit> general = cueFinder.in(part, List.of()).stream()
                .filter(h -> h.topic() == null && !FORWARD_CUES.contains(h.cue().id()))
                .sorted(Comparator.comparingInt(Hit::start)).toList();
        Optional<Hit> best = general.stream().filter(h -> !WEAK_CUES.contains(h.cue().id())).findFirst()
                .or(() -> general.stream().findFirst());
        return best.map(h -> new Position(topic, h.stance(), voice.quantifier(), voice.weight(), voice.entity(),
                voice.behalf(), h.rule(), h.words())).orElse(new Position(topic, null, voice.quantifier(),
                voice.weight(), voice.entity(), voice.behalf(), "", ""));
    }

    private static final Set<String> WEAK_CUES = Set.of("EMPHASIS");
    /**
     * Cues that govern only a topic named after them: "rather than" makes the topic after it the one not preferred
     * ("preferred to strengthen UNTOC rather than negotiate a new instrument"), never the one before it; what "could not
     * replace" or what one thing "alone could" not replace is the topic after it, not the one before.
     */
    private static final Set<String> FORWARD_CUES = Set.of("RATHER_THAN", "IRREPLACEABLE", "REPLACE_ALONE");

    // ---- the stance of a topic ---------------------------------------------------------------------------------

    /**
     * A topic named after a hedge ("provided that …", "would depend on …") when another topic is named before it, or
     * implied by a cue before it ("would join the consensus only if …").
     */
    private static boolean inCondition(Mention mention, Hit hedge, List<Mention> mentions, List<Hit> cues) {
        return mention.start() >= hedge.end()
                && (mentions.stream().anyMatch(m -> m.topic() != mention.topic() && m.end() <= hedge.start())
                || cues.stream().anyMatch(h -> h.cue().implies() && h.topic() != null && h.topic() != mention.topic()
                        && h.end() <= hedge.start()));
    }

    /**
     * What a condition demands of a topic it names as its subject: the nearest general cue after the topic ("only if
     * the safeguards were kept intact", "on condition that assistance were not weakened"). None there: no position (a
     * topic merely named in a condition, "as long as it did not conflict with X", takes none: labelling convention 13).
     */
    private static Optional<Decision> demanded(Mention mention, Hit hedge, List<Hit> hits) {
        return hits.stream().filter(h -> h.topic() == null && h.start() >= hedge.end() && h.start() >= mention.end()
                        && !FORWARD_CUES.contains(h.cue().id()))
                .min(Comparator.comparingInt(h -> distance(h, mention)))
                .map(h -> new Decision(h.stance(), h.rule(), h.words()));
    }

    private static Optional<Decision> ownCue(Mention mention, List<Hit> hits) {
        return hits.stream().filter(h -> h.topic() == mention.topic() && !h.cue().implies())
                .min(Comparator.comparingInt(h -> distance(h, mention)))
                .map(h -> new Decision(h.stance(), h.rule(), h.words()));
    }

    private record Decision(Stance stance, String rule, String words, boolean conflict) {
        Decision(Stance stance, String rule, String words) {
            this(stance, rule, words, false);
        }
    }

    /**
     * The stance of one topic: its own cues win; else the nearest general cue in the topic's clause, else in the whole
     * part. Two nearest cues of opposite stance at about the same distance are a conflict, reported for review.
     */
    private Optional<Decision> decide(String part, Mention mention, List<Hit> all) {
        Clauses.Span clause = Clauses.around(part, mention.start());
        List<Hit> hits = all.stream().filter(h -> !FORWARD_CUES.contains(h.cue().id()) || h.end() <= mention.start())
                .toList();
        List<Hit> candidates = hits.stream().filter(h -> h.topic() == mention.topic() && !h.cue().implies()).toList();
        if (candidates.isEmpty()) {
            candidates = hits.stream().filter(h -> h.topic() == null && h.start() >= clause.start() && h.end() <= clause.end())
                    .toList();
        }
        if (candidates.isEmpty()) {
            candidates = hits.stream().filter(h -> h.topic() == null).toList();
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Hit> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(h -> distance(h, mention)));
        Hit best = sorted.get(0);
        boolean conflict = sorted.size() > 1 && sorted.get(1).stance() != best.stance()
                && distance(sorted.get(1), mention) - distance(best, mention) < 4;
        return Optional.of(new Decision(best.stance(), best.rule(), best.words(), conflict));
    }

    /**
     * How far a cue is from a topic, in characters. A cue after the topic counts double: in English the verb that
     * governs a topic comes before it ("rejected blanket retention requirements and favoured targeted orders").
     */
    private static int distance(Hit hit, Mention mention) {
        if (hit.end() <= mention.start()) {
            return mention.start() - hit.end();
        }
        if (hit.start() >= mention.end()) {
            return AFTER_FACTOR * (hit.start() - mention.end());
        }
        return 0;
    }

    private boolean matchesAny(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (prefilter.matcher(p, text).find()) {
                return true;
            }
        }
        return false;
    }
}
