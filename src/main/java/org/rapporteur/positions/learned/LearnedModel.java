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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.Stance;

/**
 * The learned parts of the position classifier, over sentence vectors: a topic detector (for each topic, how likely
 * the sentence takes a position on it), a gate (how likely it takes any position at all: mentions, facts, procedure and
 * reasons take none) and a stance model (FOR, AGAINST, NEUTRAL), plus the labelled examples themselves, so that a
 * learned decision can name the nearest ones. Trained from the labelled corpus, deterministically.
 */
public final class LearnedModel {

    /** What the model says about one sentence. */
    public record Prediction(Map<String, Double> topics, double gate, Map<Stance, Double> stance) {

        public double topic(String id) {
            return topics.getOrDefault(id, 0.0);
        }

        /** The most likely stance and its probability. */
        public Map.Entry<Stance, Double> bestStance() {
            return stance.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        }
    }

    /** A labelled example: its id, its labels as "TOPIC=STANCE;…" ("" for none) and its vector. */
    record Example(String id, String labels, float[] vector) {
    }

    private static final int VERSION = 1;
    private static final Stance[] STANCES = Stance.values();

    private final String modelId;
    private final List<String> topics;
    private final LinearModel detector;
    private final LinearModel stance;
    private final List<Example> examples;

    private LearnedModel(String modelId, List<String> topics, LinearModel detector, LinearModel stance,
                         List<Example> examples) {
        this.modelId = modelId;
        this.topics = List.copyOf(topics);
        this.detector = detector;
        this.stance = stance;
        this.examples = examples;
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
     * @param topics    the topics to detect (labels of other topics are ignored)
     */
    public static LearnedModel train(String modelId, List<GoldSentence> sentences, Map<String, float[]> vectors,
                                     List<String> topics) {
        List<Example> examples = new ArrayList<>();
        for (GoldSentence s : sentences) {
            float[] v = vectors.get(s.sentence());
            if (v == null) {
                throw new IllegalArgumentException("No vector for the sentence " + s.id());
            }
            StringBuilder labels = new StringBuilder();
            s.labels().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> labels
                    .append(labels.isEmpty() ? "" : ";").append(e.getKey()).append('=').append(e.getValue()));
            examples.add(new Example(s.id(), labels.toString(), v));
        }
        return train(modelId, examples, topics);
    }

    /**
     * This model retrained for other topics (an analyst's codebook): its labelled examples, plus the given ones
     * (a codebook's example sentences with their vectors), labelled "TOPIC=STANCE" or "" for a mere mention.
     */
    public LearnedModel retrained(List<String> topics, List<String> ids, List<String> labels, List<float[]> vectors) {
        List<Example> all = new ArrayList<>(examples);
        for (int i = 0; i < ids.size(); i++) {
            all.add(new Example(ids.get(i), labels.get(i), vectors.get(i)));
        }
        return train(modelId, all, topics);
    }

    private static LearnedModel train(String modelId, List<Example> examples, List<String> topics) {
        List<float[]> x = new ArrayList<>();
        List<double[]> y = new ArrayList<>();
        List<float[]> stanceX = new ArrayList<>();
        List<double[]> stanceY = new ArrayList<>();
        for (Example e : examples) {
            float[] v = e.vector();
            Map<String, Stance> labels = labels(e.labels());
            double[] target = new double[topics.size() + 1];
            for (int t = 0; t < topics.size(); t++) {
                Stance st = labels.get(topics.get(t));
                if (st != null) {
                    target[t] = 1;
                    target[topics.size()] = 1;
                    double[] one = new double[STANCES.length];
                    one[st.ordinal()] = 1;
                    stanceX.add(v);
                    stanceY.add(one);
                }
            }
            x.add(v);
            y.add(target);
        }
        LinearModel detector = LinearModel.train(LinearModel.Kind.SIGMOID, x, y, null, LinearModel.Settings.DEFAULT);
        LinearModel stance = LinearModel.train(LinearModel.Kind.SOFTMAX, stanceX, stanceY, null,
                LinearModel.Settings.DEFAULT);
        return new LearnedModel(modelId, topics, detector, stance, List.copyOf(examples));
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

    public Prediction predict(float[] vector) {
        double[] p = detector.predict(vector);
        Map<String, Double> byTopic = new LinkedHashMap<>();
        for (int t = 0; t < topics.size(); t++) {
            byTopic.put(topics.get(t), p[t]);
        }
        double[] s = stance.predict(vector);
        Map<Stance, Double> byStance = new TreeMap<>();
        for (Stance st : STANCES) {
            byStance.put(st, s[st.ordinal()]);
        }
        return new Prediction(byTopic, p[topics.size()], byStance);
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
        out.writeInt(topics.size());
        for (String t : topics) {
            out.writeUTF(t);
        }
        detector.write(out);
        stance.write(out);
        out.writeInt(examples.size());
        for (Example e : examples) {
            out.writeUTF(e.id());
            out.writeUTF(e.labels());
            out.writeInt(e.vector().length);
            for (float f : e.vector()) {
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
        int n = in.readInt();
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            topics.add(in.readUTF());
        }
        LinearModel detector = LinearModel.read(in);
        LinearModel stance = LinearModel.read(in);
        int count = in.readInt();
        List<Example> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            String labels = in.readUTF();
            float[] v = new float[in.readInt()];
            for (int j = 0; j < v.length; j++) {
                v[j] = in.readFloat();
            }
            examples.add(new Example(id, labels, v));
        }
        return new LearnedModel(modelId, topics, detector, stance, List.copyOf(examples));
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
