package org.rapporteur.positions.learned;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * A linear model over sentence vectors: {@code outputs} independent yes/no scores (sigmoid, for the topics a sentence
 * takes a position on) or one choice among {@code outputs} classes (softmax, for a stance). Trained by mini-batch
 * gradient descent with momentum and L2 regularisation on standardised features, in a fixed order (a seeded shuffle):
 * the same examples give the same weights, bit for bit.
 */
public final class LinearModel {

    /** How the outputs are read. */
    public enum Kind { SIGMOID, SOFTMAX }

    /** Training settings. */
    public record Settings(int epochs, int batch, double rate, double momentum, double l2, long seed) {
        public static final Settings DEFAULT = new Settings(40, 32, 0.05, 0.9, 1e-3, 20240611L);
    }

    private final Kind kind;
    private final int outputs;
    private final int dim;
    private final float[] mean;
    private final float[] scale;
    /** outputs × (dim + 1), the bias last. */
    private final double[][] weights;

    private LinearModel(Kind kind, int outputs, int dim, float[] mean, float[] scale, double[][] weights) {
        this.kind = kind;
        this.outputs = outputs;
        this.dim = dim;
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
    }

    public int outputs() {
        return outputs;
    }

    /**
     * @param x       the examples' vectors
     * @param targets per example, per output, the wanted value (0 or 1; for softmax one 1 per example)
     * @param weight  per example, how much it counts (1 for all when null)
     */
    public static LinearModel train(Kind kind, List<float[]> x, List<double[]> targets, double[] weight,
                                    Settings settings) {
        int n = x.size();
        int dim = x.get(0).length;
        int k = targets.get(0).length;
        float[] mean = new float[dim];
        float[] scale = new float[dim];
        for (float[] v : x) {
            for (int j = 0; j < dim; j++) {
                mean[j] += v[j] / n;
            }
        }
        for (float[] v : x) {
            for (int j = 0; j < dim; j++) {
                double d = v[j] - mean[j];
                scale[j] += (float) (d * d / n);
            }
        }
        for (int j = 0; j < dim; j++) {
            scale[j] = (float) (1 / Math.sqrt(scale[j] + 1e-8));
        }
        double[][] features = new double[n][];
        for (int i = 0; i < n; i++) {
            features[i] = standardise(x.get(i), mean, scale);
        }
        double[][] w = new double[k][dim + 1];
        double[][] velocity = new double[k][dim + 1];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        double[] p = new double[k];
        double[][] grad = new double[k][dim + 1];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double rate = settings.rate() / (1 + 0.1 * epoch);
            for (int from = 0; from < n; from += settings.batch()) {
                int to = Math.min(n, from + settings.batch());
                for (double[] g : grad) {
                    java.util.Arrays.fill(g, 0);
                }
                for (int b = from; b < to; b++) {
                    int i = order[b];
                    double[] f = features[i];
                    scores(kind, w, f, p);
                    double[] y = targets.get(i);
                    double c = weight == null ? 1 : weight[i];
                    for (int o = 0; o < k; o++) {
                        double e = (p[o] - y[o]) * c;
                        if (e == 0) {
                            continue;
                        }
                        double[] g = grad[o];
                        for (int j = 0; j < dim; j++) {
                            g[j] += e * f[j];
                        }
                        g[dim] += e;
                    }
                }
                int size = to - from;
                for (int o = 0; o < k; o++) {
                    for (int j = 0; j <= dim; j++) {
                        double g = grad[o][j] / size + (j < dim ? settings.l2() * w[o][j] : 0);
                        velocity[o][j] = settings.momentum() * velocity[o][j] - rate * g;
                        w[o][j] += velocity[o][j];
                    }
                }
            }
        }
        for (double[] row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) row[j]; // as stored: a model read back predicts exactly what the trained one did
            }
        }
        return new LinearModel(kind, k, dim, mean, scale, w);
    }

    /** The outputs for one vector: probabilities (sigmoid: each on its own; softmax: summing to 1). */
    public double[] predict(float[] vector) {
        double[] p = new double[outputs];
        scores(kind, weights, standardise(vector, mean, scale), p);
        return p;
    }

    private static double[] standardise(float[] v, float[] mean, float[] scale) {
        double[] f = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            f[j] = (v[j] - mean[j]) * scale[j];
        }
        return f;
    }

    private static void scores(Kind kind, double[][] w, double[] f, double[] out) {
        int dim = f.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < w.length; o++) {
            double[] row = w[o];
            double z = row[dim];
            for (int j = 0; j < dim; j++) {
                z += row[j] * f[j];
            }
            out[o] = z;
            max = Math.max(max, z);
        }
        if (kind == Kind.SIGMOID) {
            for (int o = 0; o < out.length; o++) {
                out[o] = 1 / (1 + Math.exp(-out[o]));
            }
        } else {
            double sum = 0;
            for (int o = 0; o < out.length; o++) {
                out[o] = Math.exp(out[o] - max);
                sum += out[o];
            }
            for (int o = 0; o < out.length; o++) {
                out[o] /= sum;
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(kind.name());
        out.writeInt(outputs);
        out.writeInt(dim);
        for (int j = 0; j < dim; j++) {
            out.writeFloat(mean[j]);
            out.writeFloat(scale[j]);
        }
        for (double[] row : weights) {
            for (double v : row) {
                out.writeFloat((float) v);
            }
        }
    }

    static LinearModel read(DataInputStream in) throws IOException {
        Kind kind = Kind.valueOf(in.readUTF());
        int outputs = in.readInt();
        int dim = in.readInt();
        float[] mean = new float[dim];
        float[] scale = new float[dim];
        for (int j = 0; j < dim; j++) {
            mean[j] = in.readFloat();
            scale[j] = in.readFloat();
        }
        double[][] weights = new double[outputs][dim + 1];
        for (double[] row : weights) {
            for (int j = 0; j <= dim; j++) {
                row[j] = in.readFloat();
            }
        }
        return new LinearModel(kind, outputs, dim, mean, scale, weights);
    }
}
