package org.rapporteur.positions.learned;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.positions.RuleAnalysis;
import org.rapporteur.positions.TopicTrace;

/**
 * The sparse features of one (sentence, topic) pair, for the learned combiner: what the rules said about the topic
 * (stance, rule, how the topic is named, hedge, condition, conflict), where the topic stands (the words just before
 * and after it, a reason or condition marker before it), and the words of the topic's clause with negation scope
 * marked: every word after a negation up to the end of its scope (the codebook's negations and negation scope ends, as
 * the rules read them) is read as {@code NOT_word} ("did not regard X as a suitable model" gives NOT_suitable,
 * NOT_model; in "not a single speaker disputed the value of X" the scopes of "not" and "disputed" overlap, so
 * "disputed" is negated and "the value of X" is not, as the rules cancel a negated negation). Features are hashed into {@link #BUCKETS} buckets (String.hashCode is
 * fixed by the language, so the same text gives the same features everywhere).
 */
public final class PairFeatures {

    public static final int BUCKETS = 1 << 18;
    /** A word, or a mark that ends a clause. */
    private static final Pattern TOKEN = Pattern.compile("[a-z]+|[,;:()]");
    /** Markers that, just before a topic, say it stands in a reason, a condition, an example or a comparison. */
    private static final Pattern MARKER = Pattern.compile("\\b(because|citing|since|as|given|unless|provided|if|"
            + "in order to|to help|so that|such as|including|like|rather than|instead of|than|which|while|whereas|"
            + "but|although|without|not|no|never|nor|neither|for|of|on|to|with|under|through|via|by)\\b");

    private PairFeatures() {
    }

    /** The words of a text, lower case. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The words of the span [from, to) of a sentence, those inside a negation scope (the rules' reading of the
     * codebook's negations and scope ends) marked NOT_; the negation words themselves are kept as they are.
     */
    static List<String> scoped(String text, int from, int to, List<int[]> scopes) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        m.region(from, to);
        while (m.find()) {
            String word = m.group();
            int inside = 0;
            for (int[] scope : scopes) {
                // a word is negated by a negation that ends before it and whose scope reaches it
                inside += scope[0] < m.start() && m.start() < scope[1] && !overlapsNegation(scope, m.start(), text)
                        ? 1 : 0;
            }
            out.add(inside % 2 == 1 ? "NOT_" + word : word);
        }
        return out;
    }

    private static boolean overlapsNegation(int[] scope, int at, String text) {
        // the negation's own words ("not", "failed to") are not negated: the first word of the scope is the negator
        int wordEnd = scope[0];
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return at < wordEnd;
    }

    /**
     * The hashed feature indexes of a pair, sorted and distinct, with the votes of the sentence's nearest labelled
     * examples on the topic (the share labelled NONE, FOR, AGAINST, NEUTRAL; null for none) as each share in fifths.
     * (The class most voted, crossed with the rules' stance, made the votes outweigh a clear rule: "premature to
     * negotiate X", AGAINST, lay among neutral neighbours.)
     */
    public static int[] of(RuleAnalysis analysis, String topic, double[] votes) {
        return of(analysis, topic, votes, -1);
    }

    /**
     * The same with the gate's evidence: whether the sentence takes a position at all. {@code silent} is the share of
     * the nearest labelled examples that take no position on any topic (-1 for none); with it, who speaks (the
     * quantifier's weight, 0 when the sentence has no voice: "The Convention entered into force in 2003"), whether
     * it holds a figure, a year or a document symbol (facts and procedure do), how it opens (its first word and first
     * two words: "The secretariat", "Many speakers"), and whether any stance cue was read in it, each also crossed with
     * how the topic is named.
     */
    public static int[] of(RuleAnalysis analysis, String topic, double[] votes, double silent) {
        return names(analysis, topic, votes, silent).stream().mapToInt(PairFeatures::bucket).distinct().sorted()
                .toArray();
    }

    /** The features of a pair by name, before they are hashed. */
    static Set<String> names(RuleAnalysis analysis, String topic, double[] votes, double silent) {
        Set<String> f = new LinkedHashSet<>();
        String text = analysis.text();
        TopicTrace trace = analysis.topics().get(topic);
        String how = trace == null ? "NONE" : trace.how().name();
        String stance = trace == null || trace.stance() == null ? "-" : trace.stance().name();
        f.add("t:" + topic);
        f.add("h:" + how);
        f.add("h:" + how + "|t:" + topic);
        f.add("rs:" + stance + "|h:" + how);
        f.add("rs:" + stance + "|t:" + topic);
        int named = 0;
        int withStance = 0;
        for (TopicTrace other : analysis.topics().values()) {
            named += other.how() == TopicTrace.How.REASON ? 0 : 1;
            withStance += other.stance() == null ? 0 : 1;
        }
        f.add("named:" + Math.min(named, 3));
        f.add("stances:" + Math.min(withStance, 3));
        f.add("rev:" + !analysis.result().reviewReason().isEmpty());
        int clauseFrom = 0;
        int clauseTo = text.length();
        if (trace != null) {
            String rule = trace.rule();
            f.add("rid:" + rule);
            f.add("rid:" + rule.replace(TopicTrace.NEGATED, ""));
            f.add("neg:" + trace.negated());
            f.add("rid:" + rule + "|t:" + topic);
            f.add("hedged:" + trace.hedged() + "|rs:" + stance);
            f.add("cond:" + trace.inCondition());
            f.add("conflict:" + trace.conflict());
            f.add("at:" + Math.min(4, trace.start() * 5 / Math.max(1, text.length())));
            // which voice holds the topic, with the rules' stance in it: a first voice's stance is the label even where
            // a later voice, and the sentence's embedding with it, says the opposite
            String voice = LearnedModel.voice(analysis, topic);
            f.add("vp:" + voice + "|rs:" + stance);
            f.add("vp:" + voice + "|rid:" + rule.replace(TopicTrace.NEGATED, ""));
            clauseFrom = trace.clauseStart();
            clauseTo = trace.clauseEnd();
            String before = text.substring(Math.max(0, trace.start() - 45), trace.start()).toLowerCase(Locale.ROOT);
            Matcher m = MARKER.matcher(before);
            String marker = "-";
            while (m.find()) {
                marker = m.group(1);
            }
            f.add("pre:" + marker);
            f.add("pre:" + marker + "|h:" + how);
            List<String> left = tokens(text.substring(0, trace.start()));
            List<String> right = tokens(text.substring(trace.end()));
            f.add("l1:" + (left.isEmpty() ? "^" : left.get(left.size() - 1)));
            f.add("l2:" + (left.size() < 2 ? "^" : left.get(left.size() - 2)));
            f.add("r1:" + (right.isEmpty() ? "$" : right.get(0)));
        } else {
            String sentence = analysis.sentenceStance() == null ? "-" : analysis.sentenceStance().name();
            f.add("us:" + sentence);
            f.add("ur:" + analysis.sentenceRule().replace(TopicTrace.NEGATED, "") + "|t:" + topic);
        }
        List<String> words = scoped(text, clauseFrom, clauseTo, analysis.negationScopes());
        String previous = "^";
        for (String w : words) {
            f.add("c:" + w);
            f.add("c2:" + previous + "_" + w);
            previous = w;
        }
        for (String w : tokens(text)) {
            f.add("tw:" + topic + "|" + w);
        }
        if (votes != null) {
            for (int c = 0; c < votes.length; c++) {
                f.add("kv:" + c + ":" + Math.round(votes[c] * 5));
            }
        }
        gate(analysis, how, silent, f);
        return f;
    }

    /** The sentence's evidence of taking a position at all (see {@link #of(RuleAnalysis, String, double[], double)}). */
    private static void gate(RuleAnalysis analysis, String how, double silent, Set<String> f) {
        // the rules give every sentence a voice, one when it names none: its quantifier as written is then ""
        String quantifier = analysis.result().context().quantifier();
        String speaker = analysis.result().speaker();
        boolean voiced = !quantifier.isEmpty() || speaker != null && !speaker.isEmpty();
        String voice = speaker != null && !speaker.isEmpty() ? "named"
                : quantifier.isEmpty() ? "0" : "w" + Math.min(analysis.result().context().weight(), 6);
        f.add("voice:" + voice);
        f.add("voice:" + voice + "|h:" + how);
        boolean figure = FIGURE.matcher(analysis.text()).find();
        f.add("fig:" + figure + "|h:" + how);
        List<String> words = tokens(analysis.text());
        String first = words.isEmpty() ? "^" : words.get(0);
        f.add("s1:" + first);
        f.add("s2:" + first + "_" + (words.size() < 2 ? "$" : words.get(1)));
        boolean cue = analysis.sentenceStance() != null;
        for (TopicTrace trace : analysis.topics().values()) {
            cue |= trace.stance() != null;
        }
        f.add("cue:" + cue + "|voice:" + (voiced ? "1" : "0"));
        f.add("cue:" + cue + "|h:" + how);
        if (silent >= 0) {
            long fifths = Math.round(silent * 5);
            f.add("kvs:" + fifths);
            f.add("kvs:" + fifths + "|h:" + how);
            f.add("kvs:" + fifths + "|cue:" + cue);
        }
    }

    /** A figure, a year or a document symbol ("CTOC/COP/2020/3", "A/RES/74/247"). */
    private static final Pattern FIGURE = Pattern.compile("\\d|\\b[A-Z]+/[A-Z0-9.]+/");

    private static int bucket(String feature) {
        int h = feature.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h & (BUCKETS - 1);
    }
}
