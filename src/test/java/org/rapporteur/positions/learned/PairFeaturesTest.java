package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rapporteur.positions.CodebookReader;
import org.rapporteur.positions.RuleAnalysis;
import org.rapporteur.positions.RuleClassifier;
import org.rapporteur.positions.SentenceContext;

/** The learned combiner's evidence for a (sentence, topic) pair, and its training. */
class PairFeaturesTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void wordsInsideANegationsScopeAreMarkedUpToTheEndOfItsClause() {
        RuleAnalysis analysis = RULES.analyse("Some experts did not regard the Budapest Convention as a suitable "
                + "template, and welcomed training.", SentenceContext.NONE);
        assertThat(PairFeatures.scoped(analysis.text(), 0, analysis.text().length(), analysis.negationScopes()))
                .containsExactly("some", "experts", "did", "not", "NOT_regard", "NOT_the", "NOT_budapest",
                        "NOT_convention", "NOT_as", "NOT_a", "NOT_suitable", "NOT_template", ",", "and", "welcomed",
                        "training");
    }

    @Test
    void aNegatedSubjectNegatesTheVerbButNotWhatTheVerbDisputes() {
        RuleAnalysis analysis = RULES.analyse("Not a single speaker disputed the value of the Budapest Convention.",
                SentenceContext.NONE);
        assertThat(PairFeatures.scoped(analysis.text(), 0, analysis.text().length(), analysis.negationScopes()))
                .containsExactly("not", "NOT_a", "NOT_single", "NOT_speaker", "NOT_disputed", "the", "value", "of",
                        "the", "budapest", "convention");
    }

    @Test
    void oneNegationMatchedByTwoPatternsIsOneNegation() {
        // "not" and "not convinced that" are both negations of the codebook: they must not cancel each other
        RuleAnalysis analysis = RULES.analyse("Some speakers were not convinced that data retention was useful.",
                SentenceContext.NONE);
        assertThat(PairFeatures.scoped(analysis.text(), 0, analysis.text().length(), analysis.negationScopes()))
                .containsExactly("some", "speakers", "were", "not", "NOT_convinced", "NOT_that", "NOT_data",
                        "NOT_retention", "NOT_was", "NOT_useful");
    }

    @Test
    void aFactWithNoVoiceAndAFigureIsToldFromAViewHeldBySpeakers() {
        RuleAnalysis fact = RULES.analyse("The Budapest Convention entered into force in 2004 and has 68 parties.",
                SentenceContext.NONE);
        assertThat(PairFeatures.names(fact, "BUDAPEST_CONVENTION", null, 0.8)).contains("voice:0",
                "voice:0|h:NAMED", "fig:true|h:NAMED", "s1:the", "s2:the_budapest", "cue:false|voice:0", "kvs:4",
                "kvs:4|h:NAMED");
        RuleAnalysis view = RULES.analyse("Many speakers supported the Budapest Convention.", SentenceContext.NONE);
        assertThat(PairFeatures.names(view, "BUDAPEST_CONVENTION", null, 0.2)).contains("voice:w4",
                "fig:false|h:NAMED", "s2:many_speakers", "cue:true|voice:1", "kvs:1|cue:true");
        RuleAnalysis named = RULES.analyse("The representative of Mexico supported the Budapest Convention.",
                SentenceContext.NONE);
        assertThat(PairFeatures.names(named, "BUDAPEST_CONVENTION", null, -1)).noneMatch(f -> f.startsWith("kvs:"));
    }

    @Test
    void theSamePairsGiveTheSameWeightsAndTheModelLearnsThem() throws IOException {
        List<PairModel.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int label = i % 4;
            float[] vector = {label == 1 ? 1f : 0f, label == 2 ? 1f : 0f, label == 3 ? 1f : 0f, i % 5 / 5f};
            pairs.add(new PairModel.Pair(new int[] {label, 100 + i % 3}, vector, i % 2, label));
        }
        PairModel first = PairModel.train(pairs, 2, PairModel.Settings.DEFAULT);
        PairModel second = PairModel.train(pairs, 2, PairModel.Settings.DEFAULT);
        assertThat(bytes(first)).isEqualTo(bytes(second));
        double[] p = first.predict(new int[] {2, 101}, new float[] {0f, 1f, 0f, 0.2f}, 1);
        assertThat(p).hasSize(4);
        assertThat(p[2]).isGreaterThan(Math.max(Math.max(p[0], p[1]), p[3]));
    }

    private static byte[] bytes(PairModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(new DataOutputStream(out));
        return out.toByteArray();
    }
}
