package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Joining a consensus, or not blocking one, is said of the adoption of the draft convention even where the sentence
 * does not name the draft; a condition on it makes it NEUTRAL. The rules alone.
 */
class JoiningTheConsensusTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void joiningTheConsensusIsForTheAdoption() {
        assertThat(classify("The representative of Peru said that her delegation was ready to join the consensus."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION FOR JOIN_CONSENSUS");
        assertThat(classify("Several delegations explained that they had joined the consensus in a spirit of "
                + "compromise.")).containsExactly("DRAFT_CONVENTION_ADOPTION FOR JOIN_CONSENSUS");
    }

    @Test
    void notBlockingTheConsensusIsForAndBlockingItAgainst() {
        assertThat(classify("One delegation said that it had serious doubts but would not block the consensus."))
                .contains("DRAFT_CONVENTION_ADOPTION FOR BLOCK_CONSENSUS+negated");
        assertThat(classify("One delegation announced that it would block any consensus."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST BLOCK_CONSENSUS");
    }

    @Test
    void joiningOnlyOnAConditionIsNeutral() {
        assertThat(classify("A few delegations said that they could join a consensus only if the chapter on "
                + "jurisdiction were shortened.")).extracting(p -> p.substring(0, p.lastIndexOf(' ')))
                .containsExactly("DRAFT_CONVENTION_ADOPTION NEUTRAL");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
