package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A report denied by its subject ("No delegation argued that …", "None of the experts suggested that …") negates what
 * is reported, however far the cue stands from the negation; a negation inside the report cancels it; the denial does
 * not reach past a turn of the sentence. The rules alone, one sentence each.
 */
class DeniedReportTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void aDeniedReportFlipsACueFarFromItsNegation() {
        assertThat(classify("No delegation argued that the Convention on Cybercrime had become outdated."))
                .containsExactly("BUDAPEST_CONVENTION FOR CRITICAL+negated");
        assertThat(classify("None of the experts suggested that cooperation with service providers was "
                + "unnecessary for investigations."))
                .containsExactly("PRIVATE_SECTOR FOR NO_NEED+negated");
    }

    @Test
    void withoutTheDenialTheSameReportStands() {
        assertThat(classify("One delegation argued that the Convention on Cybercrime had become outdated."))
                .containsExactly("BUDAPEST_CONVENTION AGAINST CRITICAL");
    }

    @Test
    void aNegationInsideADeniedReportCancelsIt() {
        assertThat(classify("Not a single speaker maintained that a new convention on cybercrime was not needed."))
                .containsExactly("NEW_INSTRUMENT FOR NEED");
    }

    @Test
    void theSubjectsNegationIsTheReportsOwnNotASecondOne() {
        assertThat(classify("None of the delegations proposed deleting the article on the 24/7 network."))
                .containsExactly("NETWORKS_24_7 FOR DELETE+negated");
    }

    @Test
    void theDenialStopsWhereTheSentenceTurns() {
        assertThat(classify("No delegation argued that the Organized Crime Convention was ill-suited to cybercrime, but "
                + "several considered a new convention on cybercrime unnecessary."))
                .containsExactly("UNTOC FOR CRITICAL+negated", "NEW_INSTRUMENT AGAINST NO_NEED");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
