package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapporteur.positions.corpus.LabelledCorpus;
import org.rapporteur.text.RequiredText;

/** The rule path's prefilter skips patterns that cannot match, and changes no answer. */
class PrefilterTest {

    @Test
    void theWordsAPatternNeedsAreFoundFromItsSyntax() {
        assertThat(RequiredText.of("budapest convention")).containsExactly("budapest convention");
        assertThat(RequiredText.of("(?:support\\w*|favou?r\\w*|in favour of)"))
                .containsExactlyInAnyOrder("support", "favor", "favour", "in favour of");
        assertThat(RequiredText.of("(?<!any )new (?:[\\w-]+ ){0,5}(?:instrument|convention)s?"))
                .containsExactlyInAnyOrder("instrument", "instruments", "convention", "conventions");
        assertThat(RequiredText.of("24/7")).containsExactly("24/7");
        assertThat(RequiredText.of("\\p{L}+ of\\pL")).containsExactly(" of");
    }

    @Test
    void aPatternThatCanMatchAnythingOrIsNotUnderstoodIsAlwaysRun() {
        assertThat(RequiredText.of("\\w+")).isNull();
        assertThat(RequiredText.of("(?:a|\\w+)")).isNull();
        assertThat(RequiredText.of("x?")).isNull();
        assertThat(RequiredText.of("\\Qof\\E")).isNull();
    }

    @Test
    void everyPatternOfTheCodebookMatchesOnlyWhereItsWordsAre() {
        Codebook codebook = CodebookReader.readDefault();
        Prefilter prefilter = new Prefilter(codebook);
        assertThat(prefilter.filtered()).isGreaterThan(200);
        List<String> sentences = LabelledCorpus.sentences(LabelledCorpus.readDefault()).stream()
                .map(GoldSentence::sentence).toList();
        List<Pattern> patterns = new java.util.ArrayList<>();
        codebook.topics().forEach(t -> {
            patterns.addAll(t.patterns());
            patterns.addAll(t.anaphora());
            t.cues().forEach(c -> patterns.add(c.pattern()));
        });
        codebook.cues().forEach(c -> patterns.add(c.pattern()));
        codebook.hedges().forEach(c -> patterns.add(c.pattern()));
        patterns.addAll(codebook.negations());
        patterns.addAll(codebook.attribution());
        for (String sentence : sentences) {
            prefilter.sentence(sentence);
            for (Pattern p : patterns) {
                assertThat(prefilter.matcher(p, sentence).find()).as(p + " on " + sentence)
                        .isEqualTo(p.matcher(sentence).find());
            }
        }
        prefilter.sentence(null);
    }

    @Test
    void aWordIsLookedForWholeNotOnlyByItsFirstAndLastFourCharacters() {
        Codebook codebook = CodebookReader.readDefault();
        Prefilter prefilter = new Prefilter(codebook);
        Pattern budapestConvention = codebook.topic("BUDAPEST_CONVENTION").orElseThrow().patterns().stream()
                .filter(p -> p.pattern().contains("(?:budapest convention)")).findFirst().orElseThrow();
        assertThat(RequiredText.of("budapest convention")).containsExactly("budapest convention");
        // "buda…" and "…tion" are there, "budapest convention" is not: the pattern is not run
        String sentence = "The Budapest delegation recalled its conversation with another nation.";
        prefilter.sentence(sentence);
        assertThat(prefilter.matcher(budapestConvention, sentence).pattern().pattern()).isEqualTo("(?!)");
        String named = "The Budapest Convention was cited.";
        prefilter.sentence(named);
        assertThat(prefilter.matcher(budapestConvention, named).pattern()).isSameAs(budapestConvention);
        assertThat(prefilter.matcher(budapestConvention, named).find()).isTrue();
        prefilter.sentence(null);
    }

    @Test
    void theRulesGiveTheSameAnswersWithAndWithoutIt() {
        Codebook codebook = CodebookReader.readDefault();
        RuleClassifier filtered = new RuleClassifier(codebook, name -> Optional.empty(), true);
        RuleClassifier unfiltered = new RuleClassifier(codebook, name -> Optional.empty(), false);
        int positions = 0;
        for (GoldSentence g : LabelledCorpus.sentences(LabelledCorpus.readDefault())) {
            SentenceResult expected = unfiltered.classify(g.sentence(), SentenceContext.NONE);
            assertThat(filtered.classify(g.sentence(), SentenceContext.NONE)).as(g.sentence()).isEqualTo(expected);
            positions += expected.positions().size();
        }
        assertThat(positions).isGreaterThan(300);
    }
}
