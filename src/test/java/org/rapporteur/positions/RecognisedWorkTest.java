package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Recognising what something does is appreciating it ("noted with appreciation the efforts of X", "recognized the
 * contribution made by X"): FOR X. Noting it without appreciation ("took note of the role of X") is a neutral report
 * the rules leave open, and a fact noted ("noted that X had been ratified") is not a work recognised. The rules alone,
 * one sentence each.
 */
class RecognisedWorkTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void recognisingTheWorkOrContributionOfATopicIsFor() {
        assertThat(classify("A number of experts noted with appreciation the efforts of the 24/7 points of contact "
                + "in urgent cases."))
                .containsExactly("NETWORKS_24_7 FOR WELCOME");
        assertThat(classify("Several delegations recognized the valuable contribution made by the private sector to "
                + "the prevention of online offences."))
                .containsExactly("PRIVATE_SECTOR FOR WELCOME");
        assertThat(classify("Some delegations took note with satisfaction of the role of the private sector in "
                + "reporting offences.")).containsExactly("PRIVATE_SECTOR FOR WELCOME");
    }

    @Test
    void aWorkNotedWithoutAppreciationIsLeftOpen() {
        assertThat(classify("Some delegations took note of the role of the private sector in reporting offences."))
                .isEmpty();
    }

    @Test
    void notingAFactIsNotRecognisingAWork() {
        assertThat(classify("It was noted that the Organized Crime Convention had been ratified by almost every "
                + "State.")).isEmpty();
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
