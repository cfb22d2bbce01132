package org.rapporteur.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.positions.Clauses.Span;
import org.rapporteur.text.MatchStarts;

/**
 * Which topics a text names, and where: in the codebook's words (a topic's patterns, and in a meeting of some bodies
 * their own words: "the Convention" of a Conference of the Parties), or referred back to ("that Convention", "such an
 * instrument") when the sentence before named the topic. A topic named only in a reason ("citing the right to
 * privacy") is set apart: it takes no position of its own.
 */
final class Mentions {

    /** A topic named in a text, at [start, end); {@code anaphor} when it is referred back to. */
    record Mention(Topic topic, int start, int end, String words, boolean anaphor) {
        Mention(Topic topic, int start, int end, String words) {
            this(topic, start, end, words, false);
        }
    }

    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:such|that|this|those|these)\\b.*");
    /** A short aside between commas: a prepositional phrase or a linking adverb, at most about six words. */
    private static final Pattern ASIDE = Pattern.compile(",\\s*(?:in|for|at|as|under|on|by|with|from|after|according to"
            + "|of course|however|moreover|in particular|for example|for instance|notably|therefore|thus|indeed)\\b"
            + "[^,;]{0,40},", Pattern.CASE_INSENSITIVE);
    private final Codebook codebook;
    private final Prefilter prefilter;
    /** The codebook's topics, and per topic its patterns' numbers in the prefilter ({@link Prefilter#id}). */
    private final List<Topic> topics;
    private final int[][] patternIds;
    /** Per topic, where its patterns' matches can begin ({@link MatchStarts}; null where that is not known). */
    private final MatchStarts[][] patternStarts;

    Mentions(Codebook codebook, Prefilter prefilter) {
        this.codebook = codebook;
        this.prefilter = prefilter;
        this.topics = List.copyOf(codebook.topics());
        this.patternIds = new int[topics.size()][];
        this.patternStarts = new MatchStarts[topics.size()][];
        for (int t = 0; t < topics.size(); t++) {
            patternIds[t] = topics.get(t).patterns().stream().mapToInt(prefilter::id).toArray();
            patternStarts[t] = topics.get(t).patterns().stream().map(MatchStarts::of).toArray(MatchStarts[]::new);
        }
    }

    /** The ids of the topics a text names (not in a reason, not by anaphora). */
    Set<String> topicsNamed(String text) {
        Set<String> ids = new LinkedHashSet<>();
        in(text, Set.of()).forEach(m -> ids.add(m.topic().id()));
        return ids;
    }

    /** Topics named in a text, longest match first where two topics claim the same words. */
    List<Mention> in(String text, Set<String> context) {
        return in(text, context, new LinkedHashSet<>(), "");
    }

    /**
     * The mentions of a text outside reasons, the first of each topic first, then its others.
     *
     * @param context the topics of the sentence before, which an anaphor may refer back to
     * @param named   receives the topics the text names in the codebook's words (not by anaphora)
     * @param body    the meeting's body series, or ""
     */
    List<Mention> in(String text, Set<String> context, Set<String> named, String body) {
        List<Mention> all = namedMentions(text, body);
        List<Span> reasons = reasonSpans(text);
        all.removeIf(m -> reasons.stream().anyMatch(r -> r.start() <= m.start() && m.start() < r.end()));
        return kept(text, all, context, named);
    }

    /** The topics named only inside a reason ("citing the right to privacy"), which take no position of their own. */
    List<Mention> inReasons(String text, String body) {
        List<Span> reasons = reasonSpans(text);
        if (reasons.isEmpty()) {
            return List.of();
        }
        List<Mention> all = namedMentions(text, body);
        all.removeIf(m -> reasons.stream().noneMatch(r -> r.start() <= m.start() && m.start() < r.end()));
        return all;
    }

    private List<Mention> namedMentions(String text, String body) {
        List<Mention> all = new ArrayList<>();
        Prefilter.Scan scan = prefilter.scan();
        for (int t = 0; t < topics.size(); t++) {
            Topic topic = topics.get(t);
            List<Pattern> patterns = topic.patterns();
            for (int k = 0; k < patterns.size(); k++) {
                if (!scan.mayMatch(patternIds[t][k])) {
                    continue;
                }
                MatchStarts.forEach(patterns.get(k), patternStarts[t][k], text,
                        m -> all.add(new Mention(topic, m.start(), m.end(), m.group())));
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
        all.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed());
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            boolean overlapsOther = kept.stream().anyMatch(k -> k.topic() != m.topic() && k.start() < m.end()
                    && m.start() < k.end());
            if (!overlapsOther) {
                kept.add(m);
            }
        }
        Set<String> here = new LinkedHashSet<>();
        kept.forEach(m -> here.add(m.topic().id()));
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
                            && kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
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
            if (seen.add(m.topic().id())) {
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
                spans.add(new Span(m.start(), clauseEnd(text, m.end())));
            }
        }
        return spans;
    }

    /**
     * The end of the clause that goes on at {@code from}: the next comma or semicolon, past any short aside set off by
     * commas ("because, in her experience, X could not …", "because it would, for the first time, oblige …"): the
     * reason goes on after the aside.
     */
    static int clauseEnd(String text, int from) {
        int end = nextBreak(text, from);
        while (end < text.length() && text.charAt(end) == ',') {
            Matcher aside = ASIDE.matcher(text).region(end, text.length());
            if (!aside.lookingAt()) {
                break;
            }
            end = nextBreak(text, aside.end());
        }
        return end;
    }

    private static int nextBreak(String text, int from) {
        int end = text.length();
        for (char c : new char[] {',', ';'}) {
            int at = text.indexOf(c, from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }


    /**
     * "such cooperation", "that Convention" point back clearly even in a sentence that names other topics; "it" and
     * "the Convention" do only in a sentence that names none.
     */
    private static boolean isDemonstrative(String anaphor) {
        return DEMONSTRATIVE.matcher(anaphor.toLowerCase()).matches();
    }
}
