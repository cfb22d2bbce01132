package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A negating prefix ("non-") negates the one word it is attached to: a cue word written with it is flipped ("the
 * non-necessity of X" is AGAINST X), and nothing after that word is. The rules alone, one sentence each.
 */
class NegatingPrefixTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void aCueWithNonAttachedIsNegated() {
        assertThat(classify("Several delegations stressed the non-necessity of a new convention on cybercrime."))
                .containsExactly("NEW_INSTRUMENT AGAINST NEED+negated non-necessity");
        assertThat(classify("Some speakers regarded mandatory data retention as non-essential."))
                .containsExactly("DATA_RETENTION AGAINST NEED+negated non-essential");
    }

    @Test
    void withoutThePrefixTheSameCueIsFor() {
        assertThat(classify("Some speakers regarded mandatory data retention as essential."))
                .containsExactly("DATA_RETENTION FOR NEED essential");
    }

    @Test
    void thePrefixReachesNoFurtherThanItsWord() {
        assertThat(classify("Non-governmental organizations supported the expansion of the 24/7 network."))
                .containsExactly("NETWORKS_24_7 FOR SUPPORT supported");
    }

    @Test
    void aNegationBeforeAPrefixedCueCancelsIt() {
        assertThat(classify("Several delegations did not consider capacity-building non-essential."))
                .containsExactly("CAPACITY_BUILDING FOR NEED not … non-essential");
    }

    @Test
    void theLearnedCombinerReadsOnlyThePrefixedWordAsNegated() {
        String text = "Non-governmental organizations supported the non-binding guidelines.";
        List<int[]> scopes = RULES.analyse(text, SentenceContext.NONE).negationScopes();
        assertThat(scopes).extracting(s -> text.substring(s[0], s[1]))
                .containsExactly("Non-governmental", "non-binding");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule() + " " + p.cueWords()).toList();
    }
}
