package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rapporteur.positions.CodebookReader;
import org.rapporteur.positions.RuleAnalysis;
import org.rapporteur.positions.RuleClassifier;
import org.rapporteur.positions.SentenceContext;

/**
 * The model shipped in the jar is trained on the rules' reading as its users read (the nightly job, {@code classify},
 * {@code evaluate}): a named speaker is a voice, not the absence of one. Trained without the names, "The
 * representative of Brazil …" looked like a fact with no speaker, and the named speaker's features were never learnt.
 */
class TrainingReadsSpeakersTest {

    static final String NAMED = "The representative of Brazil expressed support for the Budapest Convention.";

    private static String voice(RuleClassifier rules, String sentence) {
        RuleAnalysis analysis = rules.analyse(sentence, SentenceContext.NONE);
        return PairFeatures.names(analysis, "BUDAPEST_CONVENTION", null, -1).stream()
                .filter(f -> f.startsWith("voice:") && !f.contains("|")).findFirst().orElseThrow();
    }

    @Test
    void theBuildsRulesReadANamedSpeakerAsTheNightlyJobDoes() {
        RuleClassifier build = BuildPositionModel.rules(CodebookReader.readDefault());
        assertThat(voice(build, NAMED)).isEqualTo("voice:named");
        assertThat(build.classify(NAMED, SentenceContext.NONE).positions().get(0).attributedEntityCode())
                .isEqualTo("BRA");
        // a sentence with a quantifier, and one with no voice, read the same with or without the names
        assertThat(voice(build, "Several speakers endorsed the Budapest Convention.")).isEqualTo("voice:w3");
        assertThat(voice(build, "The Budapest Convention entered into force in 2004.")).isEqualTo("voice:0");
    }

    @Test
    void withoutTheNamesANamedSpeakerWouldReadAsNoVoiceAtAll() {
        RuleClassifier nameless = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());
        assertThat(voice(nameless, NAMED)).isEqualTo("voice:0");
    }
}
