package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Two stances said by what the speaker wants to happen or not: regretting that something is missing (wanting it, FOR
 * what is missing, where "regretted" alone is criticism), and asking that the adoption of the draft be put off (more
 * time, AGAINST the adoption), where a body's own decision to defer an item is procedure. The rules alone.
 */
class RegretAndPostponementTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void regrettingThatTheTextLeftSomethingOutIsForIt() {
        assertThat(classify("A few delegations regretted that the final text made no provision for the retention of "
                + "subscriber data.")).containsExactly("DATA_RETENTION FOR REGRET_ABSENCE");
        assertThat(classify("Two delegations regretted the omission of technical assistance from the chapter on "
                + "prevention.")).containsExactly("CAPACITY_BUILDING FOR REGRET_ABSENCE");
        assertThat(classify("One speaker lamented that funding for technical assistance had not kept pace with the "
                + "demand.")).containsExactly("CAPACITY_BUILDING FOR REGRET_ABSENCE");
    }

    @Test
    void regrettingWhatIsThereIsStillCriticism() {
        assertThat(classify("Several delegations regretted that the text imposed broad obligations on service "
                + "providers.")).containsExactly("PRIVATE_SECTOR AGAINST CRITICAL");
    }

    @Test
    void askingThatTheAdoptionBePutOffIsAgainstIt() {
        assertThat(classify("A small group of delegations asked for the adoption of the draft convention to be "
                + "postponed.")).containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST POSTPONE");
        assertThat(classify("One delegation said that it wished to continue the negotiations on the draft convention "
                + "for another year.")).containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST POSTPONE");
    }

    @Test
    void adoptingWithoutDelayStaysFor() {
        assertThat(classify("Many delegations urged that the draft convention be adopted without delay."))
                .extracting(p -> p.split(" ")[1]).containsExactly("FOR");
    }

    @Test
    void aBodyDecidingToDeferAnItemIsProcedure() {
        assertThat(classify("The Ad Hoc Committee decided to postpone consideration of the draft convention to a "
                + "later meeting.")).isEmpty();
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
