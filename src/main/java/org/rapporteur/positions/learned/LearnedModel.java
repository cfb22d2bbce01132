package org.rapporteur.positions.learned;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.RuleAnalysis;
import org.rapporteur.positions.Stance;
import org.rapporteur.positions.TopicTrace;

/**
 * The learned part of the position classifier: a combiner ({@link PairModel}) that weighs, for each (sentence, topic)
 * pair, the rules' reading of the topic, the words of its clause with negation scope marked and the sentence's
 * embedding, and says whether the sentence takes a position on the topic and which; plus the labelled examples
 * themselves, so that a learned decision can name the nearest ones. Trained from the labelled corpus,
 * deterministically.
 */
public final class LearnedModel {

    /**
     * A labelled example: its id, text, the body series of its meeting ("" when unknown: it decides what "the
     * Convention" means), labels as "TOPIC=STANCE;…" ("" for none) and vector.
     */
    record Example(String id, String text, String body, String labels, float[] vector) {
    }

    private static final int VERSION = 7;
    private static final Stance[] STANCES = Stance.values();

    private final String modelId;
    private final List<String> topics;
    private final PairModel pairs;
    private final List<Example> examples;
    /** How many nearest examples vote on each topic as features of a pair (0: none). */
    private final int knn;
    /** Per example, per topic: the class labelled (NONE, or 1 + the stance's ordinal). */
    private final int[][] classes;
    /**
     * Per example, the indexes of its {@link #knn} nearest examples of other sources, best first, as found in training
     * (null for an example the model did not read): a retraining that adds a few examples compares each old one with
     * the new ones only, not with every other.
     */
    private final int[][] neighbours;
    /**
     * The vectors of the voices' parts of the examples ({@link #part}), by text, in the order first met: a retraining
     * (an analyst's codebook) reads them here rather than embedding them again.
     */
    private final Map<String, float[]> parts;

    private LearnedModel(String modelId, List<String> topics, PairModel pairs, List<Example> examples, int knn,
                         int[][] neighbours, Map<String, float[]> parts) {
        this.modelId = modelId;
        this.topics = List.copyOf(topics);
        this.pairs = pairs;
        this.examples = examples;
        this.knn = knn;
        this.classes = classes(examples, topics);
        this.neighbours = neighbours;
        this.parts = parts;
    }

    /**
     * Where a sentence turns from one voice to another: a semicolon, a contrast or concession ("while", "whereas",
     * "but", "although", "though", "however", "on the other hand"), or a comma before a new group of speakers
     * ("…, others …", "…, other delegations …"). Not within one voice: "not only X but also Y", "while acknowledging
     * …", "although welcoming …" (a concession by a participle is the same speaker's).
     */
    private static final Pattern VOICE_CUT = Pattern.compile("\\s*;\\s*|,?\\s+(?:(?:while|whereas|although|though)"
            + "(?!\\s+\\w+ing\\b)|but(?!\\s+(?:also|rather)\\b)|however|on the other hand)\\b,?\\s*|,\\s+(?=(?:others|"
            + "other (?:delegations|speakers|States|representatives|participants)|some others)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A part shorter than this many characters is not a voice of its own ("…, but not yet"). */
    private static final int PART_MIN = 25;

    /**
     * The part of a sentence that holds a topic's stance, when the sentence has more than one voice: the sentence cut
     * where it turns from one voice or clause to another (see {@link #VOICE_CUT}), the piece in which the rules read
     * the topic. Null when the sentence is one piece, the rules did not read the topic (the model alone finds it), or
     * the topic is only in a reason: the whole sentence then stands for the part. The sentence's embedding mixes every
     * voice of a long sentence ("X regarded the networks as indispensable, but Y considered them duplicative"); this
     * piece's embedding is given to the combiner beside it.
     */
    public static String part(RuleAnalysis analysis, String topic) {
        TopicTrace trace = analysis.topics().get(topic);
        if (trace == null || trace.how() == TopicTrace.How.REASON) {
            return null;
        }
        String text = analysis.text();
        int from = 0;
        int to = text.length();
        Matcher m = VOICE_CUT.matcher(text);
        while (m.find()) {
            if (m.end() <= trace.start()) {
                from = m.end();
            } else if (m.start() >= trace.end()) {
                to = m.start();
                break;
            }
        }
        if (from == 0 && to == text.length()) {
            return null;
        }
        String part = text.substring(from, to).strip();
        return part.length() < PART_MIN || part.length() == text.strip().length() ? null : part;
    }

    /**
     * Which voice of the sentence holds the topic where the rules read it: "one" for a sentence of one voice (or a topic
     * the rules did not read, or read only in a reason), "first" for the first of several ("Some regarded the networks
     * as indispensable, while others considered them duplicative": the networks' stance is the first voice's), "later"
     * for a later one. The same cuts as {@link #part}.
     */
    public static String voice(RuleAnalysis analysis, String topic) {
        if (part(analysis, topic) == null) {
            return "one";
        }
        boolean before = false;
        boolean after = false;
        TopicTrace trace = analysis.topics().get(topic);
        Matcher m = VOICE_CUT.matcher(analysis.text());
        while (m.find()) {
            if (m.end() <= trace.start()) {
                before = true;
            } else if (m.start() >= trace.end()) {
                after = true;
            }
        }
        return before ? "later" : after ? "first" : "one";
    }

    /** The parts ({@link #part}) of a sentence for the topics, distinct, in the topics' order. */
    public static List<String> parts(RuleAnalysis analysis, List<String> topics) {
        List<String> out = new ArrayList<>();
        if (!analysis.forModel()) {
            return out;
        }
        for (String topic : topics) {
            String part = part(analysis, topic);
            if (part != null && !out.contains(part)) {
                out.add(part);
            }
        }
        return out;
    }

    /** The parts of labelled sentences ({@link #parts(RuleAnalysis, List)}), distinct, in order. */
    public static List<String> parts(List<GoldSentence> sentences, List<String> topics,
                                     BiFunction<String, String, RuleAnalysis> rules) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (GoldSentence s : sentences) {
            out.addAll(parts(rules.apply(s.sentence(), s.body()), topics));
        }
        return List.copyOf(out);
    }

    /** The sentence's vector, then its part's (the sentence's again when it has none), as one vector. */
    static float[] joined(float[] sentence, float[] part) {
        float[] out = Arrays.copyOf(sentence, sentence.length + sentence.length);
        System.arraycopy(part == null ? sentence : part, 0, out, sentence.length, sentence.length);
        return out;
    }

    static int[][] classes(List<Example> examples, List<String> topics) {
        int[][] out = new int[examples.size()][topics.size()];
        for (int i = 0; i < examples.size(); i++) {
            Map<String, Stance> labels = labels(examples.get(i).labels());
            for (int t = 0; t < topics.size(); t++) {
                Stance st = labels.get(topics.get(t));
                out[i][t] = st == null ? PairModel.NONE : 1 + st.ordinal();
            }
        }
        return out;
    }

    /**
     * The votes of the {@code k} examples nearest to a vector, leaving out those of one source: per topic, the share
     * of them labelled NONE, FOR, AGAINST and NEUTRAL on it; then one row more, whose first value is the share of them
     * that take no position on any topic (whether such a sentence takes a position at all: a fact, a procedure, a
     * mention). Null when k is 0.
     *
     * @param excluded the source (hand) whose examples do not vote, or null: in training, a sentence's neighbours come
     *                 from other hands only, as a new text's do
     */
    static double[][] votes(List<Example> examples, int[][] classes, int topics, float[] vector, int k,
                                    String excluded) {
        return k == 0 ? null : votes(nearest(examples, vector, k, excluded, null), classes, topics);
    }

    /**
     * The indexes of the {@code k} examples nearest to a vector, best first (of two as near, the one listed first),
     * leaving out those of one source; among the given indexes only (ascending), or all when null.
     */
    static int[] nearest(List<Example> examples, float[] vector, int k, String excluded, int[] among) {
        int[] best = new int[k];
        double[] sims = new double[k];
        int found = 0;
        int n = among == null ? examples.size() : among.length;
        for (int c = 0; c < n; c++) {
            int i = among == null ? c : among[c];
            Example e = examples.get(i);
            if (excluded != null && fromSource(e.id(), excluded)) {
                continue;
            }
            double sim = Vectors.dot(e.vector(), vector);
            if (found == k && sim <= sims[k - 1]) {
                continue;
            }
            int at = Math.min(found, k - 1);
            while (at > 0 && sims[at - 1] < sim) {
                sims[at] = sims[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            sims[at] = sim;
            best[at] = i;
            found = Math.min(k, found + 1);
        }
        return Arrays.copyOf(best, found);
    }

    /**
     * The votes of the given examples (see {@link #votes(List, int[][], int, float[], int, String)}).
     */
    static double[][] votes(int[] best, int[][] classes, int topics) {
        int found = best.length;
        double[][] out = new double[topics + 1][PairModel.CLASSES];
        for (int n = 0; n < found; n++) {
            boolean silent = true;
            for (int t = 0; t < topics; t++) {
                out[t][classes[best[n]][t]] += 1.0 / found;
                silent &= classes[best[n]][t] == PairModel.NONE;
            }
            out[topics][0] += silent ? 1.0 / found : 0;
        }
        return out;
    }

    /**
     * Whether an example comes from a source (as {@code source(id).equals(source)}, without cutting the id: asked
     * once per pair of examples when the model is trained).
     */
    static boolean fromSource(String id, String source) {
        return id.startsWith(source) && sourceLength(id) == source.length();
    }

    /**
     * The hand an example comes from: its id without the sentence's number in the hand, the id's last three digits
     * ("sec014" is of "sec", "bl8014" of "bl8", "bl10014" of "bl10": the spent blind hands are distinct writers, each
     * its own hand); an id ending in fewer digits, up to its first digit ("TOPIC#1" is of "TOPIC#").
     */
    static String source(String id) {
        return id.substring(0, sourceLength(id));
    }

    private static int sourceLength(String id) {
        int i = 0;
        while (i < id.length() && !Character.isDigit(id.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < id.length() && Character.isDigit(id.charAt(end))) {
            end++;
        }
        return end == id.length() && end - i > 3 ? end - 3 : i;
    }

    public String modelId() {
        return modelId;
    }

    public List<String> topics() {
        return topics;
    }

    /**
     * @param sentences the labelled sentences
     * @param vectors   each sentence's vector, by its text
     * @param topics    the topics to learn (labels of other topics are ignored)
     * @param rules     the rules' reading of a sentence and its meeting's body series (read without the sentences around
     *                  it, as each sentence is labelled alone)
     */
    public static LearnedModel train(String modelId, List<GoldSentence> sentences, Map<String, float[]> vectors,
                                     List<String> topics, BiFunction<String, String, RuleAnalysis> rules) {
        return train(modelId, sentences, vectors, topics, rules, PairModel.Settings.DEFAULT);
    }

    public static LearnedModel train(String modelId, List<GoldSentence> sentences, Map<String, float[]> vectors,
                                     List<String> topics, BiFunction<String, String, RuleAnalysis> rules,
                                     PairModel.Settings settings) {
        return train(modelId, sentences, vectors, topics, rules, settings, null);
    }

    /**
     * The same with the sentences' nearest found beforehand ({@link FoldNeighbours}, for leave-one-hand-out): by a
     * sentence's index, its {@code knn} nearest as indexes into {@code sentences}, or null where they are to be found
     * here. The model is the same, bit for bit.
     */
    public static LearnedModel train(String modelId, List<GoldSentence> sentences, Map<String, float[]> vectors,
                                     List<String> topics, BiFunction<String, String, RuleAnalysis> rules,
                                     PairModel.Settings settings, IntFunction<int[]> nearestFound) {
        List<Example> examples = new ArrayList<>();
        for (GoldSentence s : sentences) {
            float[] v = vectors.get(s.sentence());
            if (v == null) {
                throw new IllegalArgumentException("No vector for the sentence " + s.id());
            }
            StringBuilder labels = new StringBuilder();
            s.labels().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> labels
                    .append(labels.isEmpty() ? "" : ";").append(e.getKey()).append('=').append(e.getValue()));
            examples.add(new Example(s.id(), s.sentence(), s.body(), labels.toString(), v));
        }
        Function<String, float[]> partVectors = text -> {
            float[] v = vectors.get(text);
            if (v == null) {
                throw new IllegalArgumentException("No vector for the part \"" + text + "\"");
            }
            return v;
        };
        return train(modelId, examples, topics, rules, settings, null, null, null, nearestFound, partVectors);
    }

    /**
     * This model retrained for other topics or rules (an analyst's codebook): its labelled examples, plus the given
     * ones (a codebook's example sentences with their vectors), labelled "TOPIC=STANCE" or "" for a mere mention.
     */
    public LearnedModel retrained(List<String> topics, BiFunction<String, String, RuleAnalysis> rules, List<String> ids,
                                  List<String> texts, List<String> labels, List<float[]> vectors,
                                  Function<String, float[]> embed) {
        List<Example> all = new ArrayList<>(examples);
        for (int i = 0; i < ids.size(); i++) {
            all.add(new Example(ids.get(i), texts.get(i), "", labels.get(i), vectors.get(i)));
        }
        int[] fromTopic = topics.stream().mapToInt(this.topics::indexOf).toArray();
        return train(modelId, all, topics, rules,
                PairModel.Settings.DEFAULT.withEpochs(RETRAIN_EPOCHS).with("knn=" + knn), pairs, fromTopic,
                neighbours, null, text -> {
                    float[] v = parts.get(text);
                    return v != null ? v : embed.apply(text);
                });
    }

    /** Epochs of a retraining, from this model's weights (a new topic's own weights start from zero). */
    private static final int RETRAIN_EPOCHS = 4;

    private static LearnedModel train(String modelId, List<Example> examples, List<String> topics,
                                      BiFunction<String, String, RuleAnalysis> rules, PairModel.Settings settings,
                                      PairModel start, int[] fromTopic, int[][] known,
                                      IntFunction<int[]> nearestFound, Function<String, float[]> partVectors) {
        List<PairModel.Pair> pairs = new ArrayList<>();
        Map<String, float[]> parts = new LinkedHashMap<>();
        int[][] classes = classes(examples, topics);
        int[][] neighbours = new int[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            RuleAnalysis analysis = rules.apply(e.text(), e.body());
            if (!analysis.forModel()) {
                continue;
            }
            double[][] votes = null;
            if (settings.knn() > 0) {
                int[] among = known != null && i < known.length && known[i] != null
                        ? withNewOnes(known[i], known.length, examples.size()) : null;
                int[] found = among == null && nearestFound != null ? nearestFound.apply(i) : null;
                neighbours[i] = found != null ? found
                        : nearest(examples, e.vector(), settings.knn(), source(e.id()), among);
                votes = votes(neighbours[i], classes, topics.size());
            }
            // one joined vector per distinct part of the sentence, shared by its topics' pairs
            Map<String, float[]> joinedByPart = new LinkedHashMap<>();
            float[] whole = joined(e.vector(), null);
            for (int t = 0; t < topics.size(); t++) {
                String part = part(analysis, topics.get(t));
                float[] vector = whole;
                if (part != null) {
                    vector = joinedByPart.computeIfAbsent(part,
                            p -> joined(e.vector(), parts.computeIfAbsent(p, partVectors)));
                }
                pairs.add(new PairModel.Pair(PairFeatures.of(analysis, topics.get(t), votes == null ? null : votes[t],
                        votes == null ? -1 : votes[topics.size()][0]), vector, t, classes[i][t],
                        analysis.topics().containsKey(topics.get(t))));
            }
        }
        return new LearnedModel(modelId, topics, PairModel.train(pairs, topics.size(), settings, start, fromTopic),
                List.copyOf(examples), settings.knn(), neighbours, parts);
    }

    /**
     * An example's nearest among the examples a model had ({@code old} of them), and every example added since: the
     * nearest among all of them are among these.
     */
    private static int[] withNewOnes(int[] nearest, int old, int size) {
        int[] out = new int[nearest.length + size - old];
        System.arraycopy(nearest, 0, out, 0, nearest.length);
        for (int i = old; i < size; i++) {
            out[nearest.length + i - old] = i;
        }
        Arrays.sort(out, 0, nearest.length);
        return out;
    }

    private static Map<String, Stance> labels(String text) {
        Map<String, Stance> out = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), Stance.valueOf(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    /**
     * For each topic, the probabilities that the sentence takes no position on it (index 0) or FOR, AGAINST, NEUTRAL
     * (1 + the stance's ordinal).
     */
    public Map<String, double[]> predict(RuleAnalysis analysis, float[] vector, Function<String, float[]> partVectors) {
        Map<String, double[]> out = new LinkedHashMap<>();
        double[][] votes = votes(examples, classes, topics.size(), vector, knn, null);
        float[] whole = joined(vector, null);
        for (int t = 0; t < topics.size(); t++) {
            String part = part(analysis, topics.get(t));
            float[] joined = part == null ? whole : joined(vector, partVectors.apply(part));
            out.put(topics.get(t), pairs.predict(PairFeatures.of(analysis, topics.get(t),
                    votes == null ? null : votes[t], votes == null ? -1 : votes[topics.size()][0]), joined, t));
        }
        return out;
    }

    /** The stance of an output index (null for no position). */
    public static Stance stance(int output) {
        return output == PairModel.NONE ? null : STANCES[output - 1];
    }

    /**
     * The ids of the {@code k} labelled examples nearest to a vector that take a position on the topic (with their
     * stance: "sec014=FOR"), nearest first: the evidence of a learned decision.
     */
    public List<String> nearest(float[] vector, String topic, int k) {
        String key = topic + "=";
        // each example's similarity computed once and the k best kept as they come (a sort whose comparator computed
        // the similarities took some 40 dot products per example, for every sentence the model gives a topic)
        List<Scored> best = new ArrayList<>(k + 1);
        for (Example e : examples) {
            if (!e.labels().contains(key)) {
                continue;
            }
            Scored scored = new Scored(e, Vectors.dot(e.vector(), vector));
            int at = best.size();
            while (at > 0 && NEAREST_FIRST.compare(scored, best.get(at - 1)) < 0) {
                at--;
            }
            if (at < k) {
                best.add(at, scored);
                if (best.size() > k) {
                    best.remove(k);
                }
            }
        }
        return best.stream().map(s -> s.example().id() + "=" + stanceOf(s.example().labels(), key)).toList();
    }

    private record Scored(Example example, double similarity) {
    }

    private static final Comparator<Scored> NEAREST_FIRST = Comparator.comparingDouble((Scored s) -> -s.similarity())
            .thenComparing(s -> s.example().id());

    private static String stanceOf(String labels, String key) {
        int at = labels.indexOf(key) + key.length();
        int end = labels.indexOf(';', at);
        return labels.substring(at, end < 0 ? labels.length() : end);
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
        out.writeInt(VERSION);
        out.writeUTF(modelId);
        out.writeInt(knn);
        out.writeInt(topics.size());
        for (String t : topics) {
            out.writeUTF(t);
        }
        pairs.write(out);
        out.writeInt(examples.size());
        for (Example e : examples) {
            out.writeUTF(e.id());
            out.writeUTF(e.text());
            out.writeUTF(e.body());
            out.writeUTF(e.labels());
            out.writeInt(e.vector().length);
            for (float f : e.vector()) {
                out.writeFloat(f);
            }
        }
        for (int[] near : neighbours) {
            out.writeInt(near == null ? -1 : near.length);
            for (int i = 0; near != null && i < near.length; i++) {
                out.writeInt(near[i]);
            }
        }
        out.writeInt(parts.size());
        for (Map.Entry<String, float[]> part : parts.entrySet()) {
            out.writeUTF(part.getKey());
            out.writeInt(part.getValue().length);
            for (float f : part.getValue()) {
                out.writeFloat(f);
            }
        }
        out.flush();
    }

    public static LearnedModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("model file version " + version + ", this Rapporteur reads " + VERSION);
        }
        String modelId = in.readUTF();
        int knn = in.readInt();
        int n = in.readInt();
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            topics.add(in.readUTF());
        }
        PairModel pairs = PairModel.read(in);
        int count = in.readInt();
        List<Example> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            String text = in.readUTF();
            String body = in.readUTF();
            String labels = in.readUTF();
            float[] v = new float[in.readInt()];
            for (int j = 0; j < v.length; j++) {
                v[j] = in.readFloat();
            }
            examples.add(new Example(id, text, body, labels, v));
        }
        int[][] neighbours = new int[count][];
        for (int i = 0; i < count; i++) {
            int near = in.readInt();
            if (near >= 0) {
                neighbours[i] = new int[near];
                for (int j = 0; j < near; j++) {
                    neighbours[i][j] = in.readInt();
                }
            }
        }
        int partCount = in.readInt();
        Map<String, float[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < partCount; i++) {
            String text = in.readUTF();
            float[] v = new float[in.readInt()];
            for (int j = 0; j < v.length; j++) {
                v[j] = in.readFloat();
            }
            parts.put(text, v);
        }
        return new LearnedModel(modelId, topics, pairs, List.copyOf(examples), knn, neighbours, parts);
    }

    /** The model shipped in the jar ({@code positions/model.bin}, built with the jar), or null when there is none. */
    public static LearnedModel readDefault() {
        try (InputStream in = LearnedModel.class.getResourceAsStream("/positions/model.bin")) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
