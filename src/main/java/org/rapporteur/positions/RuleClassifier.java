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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 */
public final class RuleClassifier {

    private static final Pattern SUBORDINATE = Pattern.compile(
            "\\s(?:as|because|since|although|though|whereas|which|while|but)\\s|;\\s|,\\s+and\\s+(?:that|stressed|noted|"
                    + "expressed|called|considered|emphasi[sz]ed|underlined|highlighted|pointed)\\b|\\sand\\s+(?=(?:favou?red|"
                    + "supported|opposed|rejected|called|welcomed|urged|stressed|noted|considered|suggested|questioned|"
                    + "recommended|emphasi[sz]ed|underlined|highlighted|pointed|cautioned|warned|argued|stated|said|"
                    + "believed|maintained|advocated|objected|preferred|proposed|added|insisted)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final int NEGATION_WINDOW = 60;
    private static final int AFTER_FACTOR = 1;
    private static final int DOUBLE_NEGATION_WINDOW = 12;

    private final Codebook codebook;
    private final Function<String, Optional<String>> entityCodes;
    private final Prefilter prefilter;
    private final List<Cue> neutralViews;
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
        this.entityCodes = entityCodes;
        this.prefilter = new Prefilter(codebook, prefiltered);
        this.neutralViews = codebook.neutralViews();
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
                    matchesAny(codebook.mentionOnly(), text), canCarryScanned(text), negationScopes(text));
        } finally {
            tracing.remove();
            prefilter.sentence(null);
        }
    }

    private void trace(Mention mention, int offset, String part, TopicTrace.How how, Optional<Decision> decision,
                       boolean hedged, boolean inCondition) {
        Map<String, TopicTrace> traces = tracing.get();
        if (traces == null || traces.containsKey(mention.topic.id())) {
            return;
        }
        Span clause = clauseAround(part, mention.start);
        traces.put(mention.topic.id(), new TopicTrace(mention.topic.id(), how, offset + mention.start,
                offset + mention.end, offset + clause.start, offset + clause.end,
                decision.map(Decision::stance).orElse(null), decision.map(Decision::rule).orElse(""), hedged,
                inCondition, decision.map(Decision::conflict).orElse(false)));
    }

    private SentenceResult classifyScanned(String sentence, SentenceContext previous) {
        String text = sentence.strip();
        Voice voice = voice(text, previous);
        if (matchesAny(codebook.mentionOnly(), text)) {
            return new SentenceResult(List.of(), "", new SentenceContext(mentionedTopics(text), voice.quantifier,
                    voice.weight, previous.body()), voice.entity, voice.behalf);
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        Set<String> context = new LinkedHashSet<>(previous.topics());
        Set<String> namedInParts = new LinkedHashSet<>();
        boolean conflict = false;
        for (Span clause : clauses(text)) {
            String part = text.substring(clause.start, clause.end);
            Voice partVoice = clause.start == 0 ? voice : ownVoice(part).orElse(voice);
            List<Mention> mentions = mentions(part, context, namedInParts, previous.body());
            List<Hit> cues = cues(part, mentions);
            Optional<Hit> hedge = firstHit(neutralViews, part);
            Set<String> inPart = new LinkedHashSet<>();
            for (Mention mention : mentions) {
                inPart.add(mention.topic.id());
                if (positions.containsKey(mention.topic.id())) {
                    continue;
                }
                Optional<Decision> decision;
                if (hedge.isPresent() && inCondition(mention, hedge.get(), mentions)) {
                    // "could support the draft only if it contained safeguards": the condition's topic takes a
                    // position only from a cue of its own ("provided that they built on the Budapest Convention")
                    decision = ownCue(mention, cues);
                } else {
                    decision = hedge.map(h -> new Decision(Stance.NEUTRAL, h.cue.id(), h.words))
                            .or(() -> decide(part, mention, cues));
                }
                trace(mention, clause.start, part, mention.anaphor ? TopicTrace.How.ANAPHOR : TopicTrace.How.NAMED,
                        decision, hedge.isPresent(), hedge.isPresent() && inCondition(mention, hedge.get(), mentions));
                if (decision.isPresent()) {
                    conflict |= decision.get().conflict;
                    positions.put(mention.topic.id(), new Position(mention.topic.id(), decision.get().stance,
                            partVoice.quantifier, partVoice.weight, voice.entity, voice.behalf, decision.get().rule,
                            decision.get().words));
                }
            }
            for (Hit hit : cues) {
                if (hit.cue.implies() && hit.topic != null && !positions.containsKey(hit.topic.id())) {
                    Stance stance = hedge.isPresent() ? Stance.NEUTRAL : hit.stance();
                    positions.put(hit.topic.id(), new Position(hit.topic.id(), stance, partVoice.quantifier,
                            partVoice.weight, voice.entity, voice.behalf, hit.rule(), hit.words));
                    inPart.add(hit.topic.id());
                    if (tracing.get() != null) {
                        tracing.get().putIfAbsent(hit.topic.id(), new TopicTrace(hit.topic.id(), TopicTrace.How.IMPLIED,
                                clause.start + hit.start, clause.start + hit.end, clause.start, clause.end, stance,
                                hit.rule(), hedge.isPresent(), false, false));
                    }
                }
            }
            if (tracing.get() != null) {
                for (Mention m : reasonMentions(part, previous.body())) {
                    tracing.get().putIfAbsent(m.topic.id(), new TopicTrace(m.topic.id(), TopicTrace.How.REASON,
                            clause.start + m.start, clause.start + m.end, clause.start, clause.end, null, "",
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
                new SentenceContext(named.isEmpty() ? previous.topics() : named, voice.quantifier, voice.weight,
                        previous.body()),
                voice.entity, voice.behalf);
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
        if (!mentionedTopics(text).isEmpty()) {
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
        Voice voice = voice(text, previous);
        Span first = clauses(text).get(0);
        String part = text.substring(first.start, first.end);
        Optional<Hit> hedge = firstHit(neutralViews, part);
        if (hedge.isPresent()) {
            return new Position(topic, Stance.NEUTRAL, voice.quantifier, voice.weight, voice.entity,
                    voice.behalf, hedge.get().cue.id(), hedge.get().words);
        }
        List<Hit> general = cues(part, List.of()).stream().filter(h -> h.topic == null)
                .sorted(Comparator.comparingInt(Hit::start)).toList();
        Optional<Hit> best = general.stream().filter(h -> !WEAK_CUES.contains(h.cue.id())).findFirst()
                .or(() -> general.stream().findFirst());
        return best.map(h -> new Position(topic, h.stance(), voice.quantifier, voice.weight, voice.entity,
                voice.behalf, h.rule(), h.words)).orElse(new Position(topic, null, voice.quantifier, voice.weight,
                voice.entity, voice.behalf, "", ""));
    }

    private static final Set<String> WEAK_CUES = Set.of("EMPHASIS");

    // ---- who speaks, and how many -----------------------------------------------------------------------------

    private record Voice(String quantifier, int weight, String entity, String behalf) {
        Voice(String quantifier, int weight, String entity) {
            this(quantifier, weight, entity, "");
        }
    }

    private Voice voice(String text, SentenceContext previous) {
        for (Pattern attribution : codebook.attribution()) {
            Matcher m = prefilter.matcher(attribution, text);
            if (m.find()) {
                String behalf = group(m, "behalf");
                String speaker = group(m, "speaker");
                String group = behalf.isEmpty() ? "" : entityCodes.apply(behalf).orElse("");
                String credited = entityCodes.apply(speaker).orElse("");
                if (!credited.isEmpty() || !group.isEmpty()) {
                    String written = text.substring(0, m.end(behalf.isEmpty() ? "speaker" : "behalf"));
                    return new Voice(written, 1, credited, group);
                }
            }
        }
        Optional<Voice> own = ownVoice(text);
        if (own.isPresent()) {
            return own.get();
        }
        if (matchesAny(codebook.carryOver(), text) && previous.weight() > 0) {
            return new Voice(previous.quantifier(), previous.weight(), "");
        }
        return new Voice("", 1, "");
    }

    private Optional<Voice> ownVoice(String text) {
        Hit best = null;
        for (Quantifier q : codebook.quantifiers()) {
            Matcher m = prefilter.matcher(q.pattern(), text);
            if (m.find() && (best == null || m.start() < best.start)) {
                best = new Hit(null, null, m.start(), m.end(), m.group(), false, q.weight());
            }
        }
        for (Pattern passive : codebook.passive()) {
            Matcher m = prefilter.matcher(passive, text);
            if (m.find() && (best == null || m.start() < best.start)) {
                best = new Hit(null, null, m.start(), m.end(), m.group(), false, 1);
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Voice(best.words, best.weight, ""));
    }

    private static String group(Matcher m, String name) {
        try {
            String value = m.group(name);
            return value == null ? "" : value.strip();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    // ---- clauses, topics and cues ------------------------------------------------------------------------------

    private record Span(int start, int end) {
    }

    private List<Span> clauses(String text) {
        List<Integer> cuts = new ArrayList<>();
        for (Pattern contrast : codebook.contrasts()) {
            Matcher m = prefilter.matcher(contrast, text);
            while (m.find()) {
                if (m.end() > 0 && m.end() < text.length()) {
                    cuts.add(m.end());
                }
            }
        }
        cuts.sort(Comparator.naturalOrder());
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            if (cut > start) {
                spans.add(new Span(start, cut));
                start = cut;
            }
        }
        spans.add(new Span(start, text.length()));
        return spans;
    }

    private record Mention(Topic topic, int start, int end, String words, boolean anaphor) {
        Mention(Topic topic, int start, int end, String words) {
            this(topic, start, end, words, false);
        }
    }

    /** Topics named in a text, longest match first where two topics claim the same words. */
    private List<Mention> mentions(String text, Set<String> context) {
        return mentions(text, context, new LinkedHashSet<>(), "");
    }

    /** @param named receives the topics the text names in the codebook's words (not by anaphora) */
    private List<Mention> mentions(String text, Set<String> context, Set<String> named, String body) {
        List<Mention> all = namedMentions(text, body);
        List<Span> reasons = reasonSpans(text);
        all.removeIf(m -> reasons.stream().anyMatch(r -> r.start <= m.start && m.start < r.end));
        return kept(text, all, context, named);
    }

    /** The topics named only inside a reason ("citing the right to privacy"), which take no position of their own. */
    private List<Mention> reasonMentions(String text, String body) {
        List<Span> reasons = reasonSpans(text);
        if (reasons.isEmpty()) {
            return List.of();
        }
        List<Mention> all = namedMentions(text, body);
        all.removeIf(m -> reasons.stream().noneMatch(r -> r.start <= m.start && m.start < r.end));
        return all;
    }

    private List<Mention> namedMentions(String text, String body) {
        List<Mention> all = new ArrayList<>();
        for (Topic topic : codebook.topics()) {
            for (Pattern p : topic.patterns()) {
                Matcher m = prefilter.matcher(p, text);
                while (m.find()) {
                    all.add(new Mention(topic, m.start(), m.end(), m.group()));
                }
            }
            if (!body.isEmpty()) {
                for (Topic.InBody in : topic.inBodies()) {
                    if (in.body().matcher(body).find()) {
                        Matcher m = in.pattern().matcher(text);
                        while (m.find()) {
                            all.add(new Mention(topic, m.start(), m.end(), m.group()));
                        }
                    }
                }
            }
        }
        return all;
    }

    private List<Mention> kept(String text, List<Mention> all, Set<String> context, Set<String> named) {
        all.sort(Comparator.comparingInt((Mention m) -> m.end - m.start).reversed());
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            boolean overlapsOther = kept.stream().anyMatch(k -> k.topic != m.topic && k.start < m.end && m.start < k.end);
            if (!overlapsOther) {
                kept.add(m);
            }
        }
        Set<String> here = new LinkedHashSet<>();
        kept.forEach(m -> here.add(m.topic.id()));
        named.addAll(here);
        boolean onlyStrong = !here.isEmpty();
        for (String id : context) {
            if (here.contains(id)) {
                continue;
            }
            codebook.topic(id).ifPresent(topic -> {
                for (Pattern p : topic.anaphora()) {
                    Matcher m = prefilter.matcher(p, text);
                    if (m.find() && (!onlyStrong || isDemonstrative(m.group()))
                            && kept.stream().noneMatch(k -> k.start < m.end() && m.start() < k.end)) {
                        kept.add(new Mention(topic, m.start(), m.end(), m.group(), true));
                        break;
                    }
                }
            });
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        List<Mention> firstPerTopic = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Mention m : kept) {
            if (seen.add(m.topic.id())) {
                firstPerTopic.add(m);
            }
        }
        // every mention of a topic counts for distances: keep them all, first one first
        List<Mention> ordered = new ArrayList<>(firstPerTopic);
        for (Mention m : kept) {
            if (!ordered.contains(m)) {
                ordered.add(m);
            }
        }
        return ordered;
    }

    /** Where a reason is given ("citing the right to privacy"): from the phrase to the end of its clause. */
    private List<Span> reasonSpans(String text) {
        List<Span> spans = new ArrayList<>();
        for (Pattern reason : codebook.reasons()) {
            Matcher m = prefilter.matcher(reason, text);
            while (m.find()) {
                int end = text.length();
                for (char c : new char[] {',', ';'}) {
                    int at = text.indexOf(c, m.end());
                    if (at >= 0 && at < end) {
                        end = at;
                    }
                }
                spans.add(new Span(m.start(), end));
            }
        }
        return spans;
    }

    /**
     * "such cooperation", "that Convention" point back clearly even in a sentence that names other topics; "it" and
     * "the Convention" do only in a sentence that names none.
     */
    private static boolean isDemonstrative(String anaphor) {
        return anaphor.toLowerCase().matches("(?:such|that|this|those|these)\\b.*");
    }

    private Set<String> mentionedTopics(String text) {
        Set<String> ids = new LinkedHashSet<>();
        mentions(text, Set.of()).forEach(m -> ids.add(m.topic.id()));
        return ids;
    }

    /** A cue found in a text; {@code topic} is set for a topic's own cue. */
    private record Hit(Cue cue, Topic topic, int start, int end, String words, boolean negated, int weight) {
        Stance stance() {
            return negated ? cue.stance().negated() : cue.stance();
        }

        String rule() {
            return cue.id() + (negated ? "+negated" : "");
        }
    }

    private List<Hit> cues(String text, List<Mention> mentions) {
        List<Hit> hits = new ArrayList<>();
        Set<Topic> topics = new LinkedHashSet<>();
        mentions.forEach(m -> topics.add(m.topic));
        for (Topic topic : codebook.topics()) {
            for (Cue cue : topic.cues()) {
                if (topics.contains(topic) || cue.implies()) {
                    addHits(hits, cue, topic, text, mentions);
                }
            }
        }
        for (Cue cue : codebook.cues()) {
            addHits(hits, cue, null, text, mentions);
        }
        // a cue inside a longer one is part of it: "rank low among the priorities" is not "priorities"
        List<Hit> longest = hits.stream().filter(h -> hits.stream().noneMatch(o -> o != h && o.topic == h.topic && o.start <= h.start
                && h.end <= o.end && o.end - o.start > h.end - h.start)).toList();
        return negate(text, longest);
    }

    private void addHits(List<Hit> hits, Cue cue, Topic topic, String text, List<Mention> mentions) {
        Matcher m = prefilter.matcher(cue.pattern(), text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean insideTopic = !cue.implies() && mentions.stream().anyMatch(t -> t.start <= s && e <= t.end);
            if (insideTopic) {
                continue;
            }
            hits.add(new Hit(cue, topic, s, e, m.group(), false, 0));
        }
    }

    /**
     * Marks the cues that a negation just before them flips. A negation applies to the first cue after it only:
     * in "no speaker questioned the need for X" it flips "questioned", not "need".
     */
    private List<Hit> negate(String text, List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit hit : hits) {
            Negation negation = negation(text, hit.start);
            boolean consumed = negation != null && hits.stream().anyMatch(other -> other != hit
                    && other.start >= negation.end && other.end <= hit.start);
            if (negation == null || consumed) {
                out.add(hit);
            } else {
                out.add(new Hit(hit.cue, hit.topic, hit.start, hit.end, negation.words + " … " + hit.words, true,
                        hit.weight));
            }
        }
        return out;
    }

    private record Negation(int end, String words) {
    }

    /**
     * Where the sentence is negated: from each negation to the end of its scope, the next of the codebook's scope ends;
     * as [start, end) pairs. Scopes may nest: a word inside two is not negated ("no delegation questioned the need for
     * X": "questioned" is negated, "the need for X" is not), as the rules cancel a negated negation.
     */
    private List<int[]> negationScopes(String text) {
        List<int[]> words = new ArrayList<>();
        for (Pattern negation : codebook.negations()) {
            Matcher m = prefilter.matcher(negation, text);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        // one negation matched by two patterns ("not" and "not convinced that") is one negation, not two that cancel
        words.sort(Comparator.<int[]>comparingInt(w -> w[0]).thenComparingInt(w -> -w[1]));
        List<int[]> scopes = new ArrayList<>();
        int covered = -1;
        for (int[] w : words) {
            if (w[0] < covered) {
                continue;
            }
            covered = w[1];
            int end = text.length();
            for (Pattern scopeEnd : codebook.negationScopeEnds()) {
                Matcher e = scopeEnd.matcher(text);
                if (e.find(w[1])) {
                    end = Math.min(end, e.start());
                }
            }
            scopes.add(new int[] {w[0], end});
        }
        return List.copyOf(scopes);
    }

    /** The negation just before a cue, within a few words and the same clause; null when none. */
    private Negation negation(String text, int cueStart) {
        int from = Math.max(0, cueStart - NEGATION_WINDOW);
        String window = text.substring(from, cueStart);
        int clauseBreak = -1;
        for (Pattern end : codebook.negationScopeEnds()) {
            Matcher breaks = end.matcher(window);
            while (breaks.find()) {
                clauseBreak = Math.max(clauseBreak, breaks.end());
            }
        }
        if (clauseBreak >= 0) {
            from += clauseBreak;
            window = window.substring(clauseBreak);
        }
        Negation last = null;
        int lastStart = 0;
        for (Pattern negation : codebook.negations()) {
            Matcher m = prefilter.matcher(negation, window);
            while (m.find()) {
                if (last == null || from + m.end() > last.end) {
                    last = new Negation(from + m.end(), m.group());
                    lastStart = m.start();
                }
            }
        }
        if (last != null && negatedNegation(window.substring(0, lastStart))) {
            return null;
        }
        return last;
    }

    /** A negation that is itself negated cancels out: "it could not be denied that", "it was not disputed that". */
    private boolean negatedNegation(String before) {
        String near = before.substring(Math.max(0, before.length() - DOUBLE_NEGATION_WINDOW));
        for (Pattern subject : codebook.negatedSubjects()) {
            if (subject.matcher(before).find()) {
                return true;
            }
        }
        for (Pattern negation : codebook.negations()) {
            if (prefilter.matcher(negation, near).find()) {
                return true;
            }
        }
        return false;
    }

    private Optional<Hit> firstHit(List<Cue> cues, String text) {
        for (Cue cue : cues) {
            Matcher m = prefilter.matcher(cue.pattern(), text);
            if (m.find()) {
                return Optional.of(new Hit(cue, null, m.start(), m.end(), m.group(), false, 0));
            }
        }
        return Optional.empty();
    }

    /** A topic named after a hedge ("provided that …", "would depend on …") when another topic is named before it. */
    private static boolean inCondition(Mention mention, Hit hedge, List<Mention> mentions) {
        return mention.start >= hedge.end
                && mentions.stream().anyMatch(m -> m.topic != mention.topic && m.end <= hedge.start);
    }

    private static Optional<Decision> ownCue(Mention mention, List<Hit> hits) {
        return hits.stream().filter(h -> h.topic == mention.topic && !h.cue.implies())
                .min(Comparator.comparingInt(h -> distance(h, mention)))
                .map(h -> new Decision(h.stance(), h.rule(), h.words));
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
    private Optional<Decision> decide(String part, Mention mention, List<Hit> hits) {
        Span clause = clauseAround(part, mention.start);
        List<Hit> candidates = hits.stream().filter(h -> h.topic == mention.topic && !h.cue.implies()).toList();
        if (candidates.isEmpty()) {
            candidates = hits.stream().filter(h -> h.topic == null && h.start >= clause.start && h.end <= clause.end)
                    .toList();
        }
        if (candidates.isEmpty()) {
            candidates = hits.stream().filter(h -> h.topic == null).toList();
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Hit> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(h -> distance(h, mention)));
        Hit best = sorted.get(0);
        boolean conflict = sorted.size() > 1 && sorted.get(1).stance() != best.stance()
                && distance(sorted.get(1), mention) - distance(best, mention) < 4;
        return Optional.of(new Decision(best.stance(), best.rule(), best.words, conflict));
    }

    /**
     * How far a cue is from a topic, in characters. A cue after the topic counts double: in English the verb that
     * governs a topic comes before it ("rejected blanket retention requirements and favoured targeted orders").
     */
    private static int distance(Hit hit, Mention mention) {
        if (hit.end <= mention.start) {
            return mention.start - hit.end;
        }
        if (hit.start >= mention.end) {
            return AFTER_FACTOR * (hit.start - mention.end);
        }
        return 0;
    }

    private static Span clauseAround(String text, int at) {
        int start = 0;
        int end = text.length();
        Matcher m = SUBORDINATE.matcher(text);
        while (m.find()) {
            if (m.start() <= at) {
                start = m.end();
            } else {
                end = m.start();
                break;
            }
        }
        return new Span(start, end);
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
