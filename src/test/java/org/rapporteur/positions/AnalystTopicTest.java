package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * An analyst adds a topic from another negotiation by writing one topic with patterns and example sentences: the
 * rest of the codebook is the default's, and the learned detector is retrained at start-up on the examples.
 */
class AnalystTopicTest {

    static final Path PLASTICS = Path.of("src/test/resources/positions-small/plastics-codebook.yml");

    @Test
    void aCodebookOfOneTopicKeepsTheDefaultTopicsAndSections() {
        Codebook codebook = CodebookReader.read(PLASTICS);
        Codebook defaults = CodebookReader.readDefault();
        assertThat(codebook.topics()).extracting(Topic::id).hasSize(11).startsWith("NEW_INSTRUMENT")
                .endsWith("PRODUCTION_CAPS");
        assertThat(codebook.cues()).extracting(c -> c.pattern().pattern())
                .isEqualTo(defaults.cues().stream().map(c -> c.pattern().pattern()).toList());
        assertThat(codebook.neutralFrames()).extracting(Cue::id)
                .isEqualTo(defaults.neutralFrames().stream().map(Cue::id).toList());
        Topic caps = codebook.topic("PRODUCTION_CAPS").orElseThrow();
        assertThat(caps.examples()).hasSize(9);
        assertThat(caps.examples()).filteredOn(e -> e.stance() == null).hasSize(2);
        assertThat(caps.description()).startsWith("A global limit");
    }

    @Test
    void theRulesAndTheRetrainedModelTakePositionsOnTheNewTopic() {
        PositionClassifier classifier = PositionClassifier.withDefaultModel(CodebookReader.read(PLASTICS),
                name -> Optional.empty());
        assertThat(positions(classifier, "Most delegations supported a cap on the global production of primary "
                + "plastics.")).containsExactly("PRODUCTION_CAPS FOR");
        assertThat(positions(classifier, "Several delegations opposed production caps, which in their view would "
                + "hamper development.")).containsExactly("PRODUCTION_CAPS AGAINST");
        assertThat(positions(classifier, "Many speakers were of the opinion that a new global legal instrument on "
                + "cybercrime was not needed.")).containsExactly("NEW_INSTRUMENT AGAINST");
    }

    private static List<String> positions(PositionClassifier classifier, String sentence) {
        return classifier.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance()).toList();
    }
}
