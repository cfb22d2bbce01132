package org.rapporteur.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.rapporteur.positions.Mentions.Mention;
import org.rapporteur.text.MatchStarts;

/**
 * Finds the stance cues of a text (the codebook's general cues and the topics' own), each marked negated when a
 * negation just before it flips it ({@link Negations#before}).
 */
final class CueFinder {

    private final Codebook codebook;
    private final Prefilter prefilter;
    private final Negations negations;
    /** The codebook's topics, and the numbers in the prefilter ({@link Prefilter#id}) of each topic's cues and the others. */
    private final List<Topic> topics;
    private final int[][] topicCueIds;
    private final int[] cueIds;
    /** Where the matches of each topic's cues and of the general cues can begin ({@link MatchStarts}; null: not known). */
    private final MatchStarts[][] topicCueStarts;
    private final MatchStarts[] cueStarts;

    CueFinder(Codebook codebook, Prefilter prefilter, Negations negations) {
        this.codebook = codebook;
        this.prefilter = prefilter;
        this.negations = negations;
        this.topics = List.copyOf(codebook.topics());
        this.topicCueIds = new int[topics.size()][];
        this.topicCueStarts = new MatchStarts[topics.size()][];
        for (int t = 0; t < topics.size(); t++) {
            topicCueIds[t] = topics.get(t).cues().stream().mapToInt(c -> prefilter.id(c.pattern())).toArray();
            topicCueStarts[t] = topics.get(t).cues().stream().map(c -> MatchStarts.of(c.pattern()))
                    .toArray(MatchStarts[]::new);
        }
        this.cueIds = codebook.cues().stream().mapToInt(c -> prefilter.id(c.pattern())).toArray();
        this.cueStarts = codebook.cues().stream().map(c -> MatchStarts.of(c.pattern())).toArray(MatchStarts[]::new);
    }

    /** A cue found in a text; {@code topic} is set for a topic's own cue. */
    record Hit(Cue cue, Topic topic, int start, int end, String words, boolean negated) {
        Stance stance() {
            return negated ? cue.stance().negated() : cue.stance();
        }

        String rule() {
            return cue.id() + (negated ? TopicTrace.NEGATED : "");
        }
    }

    /** The cues of a text, the topics' own (for the topics it mentions, or that a cue implies) and the general ones. */
    List<Hit> in(String text, List<Mention> mentions) {
        List<Hit> hits = new ArrayList<>();
        Prefilter.Scan scan = prefilter.scan();
        for (int t = 0; t < topics.size(); t++) {
            Topic topic = topics.get(t);
            boolean mentioned = isMentioned(topic, mentions);
            List<Cue> cues = topic.cues();
            for (int k = 0; k < cues.size(); k++) {
                Cue cue = cues.get(k);
                if ((mentioned || cue.implies()) && scan.mayMatch(topicCueIds[t][k])) {
                    addHits(hits, cue, topicCueStarts[t][k], topic, text, mentions);
                }
            }
        }
        List<Cue> general = codebook.cues();
        for (int k = 0; k < general.size(); k++) {
            if (scan.mayMatch(cueIds[k])) {
                addHits(hits, general.get(k), cueStarts[k], null, text, mentions);
            }
        }
        // a cue inside a longer one is part of it: "rank low among the priorities" is not "priorities"
        List<Hit> longest = hits.stream().filter(h -> hits.stream().noneMatch(o -> o != h && o.topic == h.topic
                && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start)).toList();
        List<int[]> before = supersededSpans(text);
        return negate(text, longest).stream()
                .filter(h -> before.stream().noneMatch(s -> s[0] <= h.start && h.end <= s[1])).toList();
    }

    /**
     * Where a view held before and since changed is told ("while it had initially welcomed the revision, it now …"):
     * from the codebook's phrase to the end of its clause.
     */
    private List<int[]> supersededSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (java.util.regex.Pattern p : codebook.superseded()) {
            Matcher m = prefilter.matcher(p, text);
            while (m.find()) {
                spans.add(new int[] {m.start(), Mentions.clauseEnd(text, m.end())});
            }
        }
        return spans;
    }

    /** Whether one of the mentions is of the topic: by identity first, as a record's hash and equality read all its lists. */
    private static boolean isMentioned(Topic topic, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.topic() == topic || m.topic().equals(topic)) {
                return true;
            }
        }
        return false;
    }

    /** The hits of a cue that the prefilter let through. */
    private void addHits(List<Hit> hits, Cue cue, MatchStarts starts, Topic topic, String text,
                         List<Mention> mentions) {
        MatchStarts.forEach(cue.pattern(), starts, text, m -> {
            int s = m.start();
            int e = m.end();
            boolean insideTopic = !cue.implies() && mentions.stream().anyMatch(t -> t.start() <= s && e <= t.end());
            if (!insideTopic) {
                hits.add(new Hit(cue, topic, s, e, m.group(), false));
            }
        });
    }

    /**
     * Marks the cues that a negation just before them flips. A negation applies to the first cue after it only:
     * in "no speaker questioned the need for X" it flips "questioned", not "need". A negating prefix attached to the
     * cue ("the non-necessity of X") flips it too; with a negation before it as well, the two cancel out. A cue
     * written right after the first one, as the noun it qualifies, is flipped with it: "did not consider X a suitable
     * model" negates "model" as well as "suitable".
     */
    private List<Hit> negate(String text, List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit hit : hits) {
            Negations.Negation negation = negations.before(text, hit.start);
            String prefix = negations.prefix(text, hit.start);
            // used up by a cue between it and this one, or by a cue it is part of ("saw no reason to oppose", then
            // "the wording proposed": "proposed" is not negated)
            boolean consumed = negation != null && hits.stream().anyMatch(other -> other != hit
                    && (other.start >= negation.end() && other.end <= hit.start
                    && !qualifies(text, other, hit, hits, negation.end())
                    || other.start < negation.end() && negation.end() < other.end && other.end <= hit.start));
            boolean byNegation = negation != null && !consumed;
            String words = (byNegation ? negation.words() + " … " : "") + (prefix == null ? "" : prefix) + hit.words;
            boolean negated = byNegation ^ prefix != null;
            out.add(byNegation || prefix != null ? new Hit(hit.cue, hit.topic, hit.start, hit.end, words, negated) : hit);
        }
        return out;
    }

    /**
     * Whether {@code first}, the only cue between the negation's end and {@code head}, is written right before it
     * (one space apart), as a word qualifying it: "a suitable model".
     */
    private static boolean qualifies(String text, Hit first, Hit head, List<Hit> hits, int negationEnd) {
        if (head.start - first.end != 1 || !Character.isWhitespace(text.charAt(first.end))) {
            return false;
        }
        return hits.stream().noneMatch(o -> o != first && o != head && o.start >= negationEnd && o.end <= first.start);
    }

    /** The first of the cues, in their order, that the text holds. */
    Optional<Hit> first(List<Cue> cues, String text) {
        for (Cue cue : cues) {
            Matcher m = prefilter.matcher(cue.pattern(), text);
            if (m.find()) {
                return Optional.of(new Hit(cue, null, m.start(), m.end(), m.group(), false));
            }
        }
        return Optional.empty();
    }
}
