package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A speaker who tells a view held before and since changed voices the view of now: the cue of the earlier view
 * ("had at first questioned", "had originally endorsed") decides nothing once the sentence turns to the present ("now",
 * "no longer", "had come to"). Without that turn the words are an ordinary position. The rules alone.
 */
class ChangedViewsTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void doubtGivenUpForSupportIsSupport() {
        assertThat(classify("The delegate of Ruritania said that, although her Government had at first questioned "
                + "the need for a new treaty, it had come to support the negotiations wholeheartedly."))
                .containsExactly("NEW_INSTRUMENT FOR SUPPORT");
    }

    @Test
    void supportGivenUpIsOpposition() {
        assertThat(classify("The expert from Freedonia said his country had originally endorsed the draft "
                + "convention, but the new chapter on offences meant it could no longer support its adoption."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST SUPPORT+negated");
    }

    @Test
    void withoutATurnToThePresentTheEarlierWordsStand() {
        assertThat(classify("The delegate of Ruritania recalled that her Government had at first questioned the "
                + "need for a new treaty.")).containsExactly("NEW_INSTRUMENT AGAINST NEED+negated");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
