package org.rapporteur.positions.learned;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.rapporteur.positions.Codebook;
import org.rapporteur.positions.CodebookReader;
import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.RuleAnalysis;
import org.rapporteur.positions.RuleClassifier;
import org.rapporteur.positions.SentenceContext;
import org.rapporteur.positions.Topic;
import org.rapporteur.positions.corpus.LabelledCorpus;

/**
 * Run by the build (Maven's process-classes phase): trains the learned parts of the position classifier on the corpus
 * shipped in the jar with the default codebook's topics, and writes {@code positions/model.bin} into the classes
 * folder. Vectors are kept between builds in a cache file (by sentence text), so that only new sentences are embedded.
 * The model is not trained again when nothing it is made from changed since the last build in the same target
 * folder: every file of the classes folder but the model (the compiled code, the codebook and the corpus) and the
 * class path (the embedding model's artifact) give a key, kept beside the cache file ({@link #KEY_FILE}); a clean
 * build always trains.
 *
 * <p>Arguments: the classes folder, the cache file.
 */
public final class BuildPositionModel {

    private BuildPositionModel() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        long start = System.nanoTime();
        Path out = classes.resolve("positions/model.bin");
        Path keyFile = cache.resolveSibling(KEY_FILE);
        String key = key(classes, out, System.getProperty("java.class.path", ""));
        if (Files.exists(out) && Files.exists(keyFile) && Files.readString(keyFile).strip().equals(key)) {
            System.out.printf("Position model: nothing it is made from changed, %s kept (key %s)%n", out,
                    key.substring(0, 12));
            System.exit(0);
        }
        Files.deleteIfExists(keyFile);
        List<GoldSentence> corpus = LabelledCorpus.sentences(LabelledCorpus.readDefault());
        Codebook codebook = CodebookReader.readDefault();
        List<String> topics = codebook.topics().stream().map(Topic::id).toList();
        E5Embedder embedder = E5Embedder.shared();
        Map<String, float[]> vectors = EmbeddingStore.read(cache, embedder.modelId());
        int known = vectors.size();
        EmbeddingStore.complete(vectors, corpus.stream().map(GoldSentence::sentence).toList(), embedder);
        RuleClassifier rules = new RuleClassifier(codebook, name -> Optional.empty());
        BiFunction<String, String, RuleAnalysis> analyse = (text, body) -> rules.analyse(text, SentenceContext.of(body));
        // the parts of sentences with more than one voice are embedded too (LearnedModel.part)
        EmbeddingStore.complete(vectors, LearnedModel.parts(corpus, topics, analyse), embedder);
        if (vectors.size() > known) {
            Files.createDirectories(cache.getParent());
            EmbeddingStore.write(cache, embedder.modelId(), vectors);
        }
        LearnedModel model = LearnedModel.train(embedder.modelId(), corpus, vectors, topics, analyse);
        Files.createDirectories(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.write(stream);
        }
        Files.writeString(keyFile, key + "\n");
        System.out.printf("Position model: %d labelled sentences (%d embedded now), %d topics, written to %s in %.1f s%n",
                corpus.size(), vectors.size() - known, topics.size(), out, (System.nanoTime() - start) / 1e9);
        System.exit(0);
    }

    /** Where the key of the inputs of the last model built is kept, beside the vectors' cache file. */
    static final String KEY_FILE = "position-model.key";

    /**
     * The SHA-256 of what the model is made from: each file under the classes folder but the model itself (its path
     * and bytes, in path order) and the class path.
     */
    static String key(Path classes, Path model, String classPath) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(classPath.getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (var walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.equals(model)).sorted().toList();
        }
        for (Path f : files) {
            digest.update(classes.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
