package org.rapporteur.positions.learned;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.positions.Codebook;
import org.rapporteur.positions.CodebookReader;
import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.RuleClassifier;
import org.rapporteur.positions.SentenceContext;
import org.rapporteur.positions.Topic;
import org.rapporteur.positions.corpus.LabelledCorpus;

/**
 * Run by the build (Maven's process-classes phase): trains the learned parts of the position classifier on the corpus
 * shipped in the jar with the default codebook's topics, and writes {@code positions/model.bin} into the classes
 * folder. Vectors are kept between builds in a cache file (by sentence text), so that only new sentences are embedded.
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
        List<GoldSentence> corpus = LabelledCorpus.sentences(LabelledCorpus.readDefault());
        Codebook codebook = CodebookReader.readDefault();
        List<String> topics = codebook.topics().stream().map(Topic::id).toList();
        E5Embedder embedder = E5Embedder.shared();
        Map<String, float[]> vectors = EmbeddingStore.read(cache, embedder.modelId());
        int known = vectors.size();
        EmbeddingStore.complete(vectors, corpus.stream().map(GoldSentence::sentence).toList(), embedder);
        if (vectors.size() > known) {
            Files.createDirectories(cache.getParent());
            EmbeddingStore.write(cache, embedder.modelId(), vectors);
        }
        RuleClassifier rules = new RuleClassifier(codebook, name -> Optional.empty());
        LearnedModel model = LearnedModel.train(embedder.modelId(), corpus, vectors, topics,
                (text, body) -> rules.analyse(text, SentenceContext.of(body)));
        Path out = classes.resolve("positions/model.bin");
        Files.createDirectories(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.write(stream);
        }
        System.out.printf("Position model: %d labelled sentences (%d embedded now), %d topics, written to %s in %.1f s%n",
                corpus.size(), vectors.size() - known, topics.size(), out, (System.nanoTime() - start) / 1e9);
        System.exit(0);
    }
}
