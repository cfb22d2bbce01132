package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Opposition that governs what follows it, where the rules read the supportive word after it as support: opposing an
 * act ("opposed expanding X", "rejected any attempt to hold X up as a model", "warned against any move to strengthen
 * X"); seeing no point or reason in a thing ("saw little point in X") where no reason to undo a thing is for it ("saw
 * no reason to delay X"); being glad of what a text leaves out ("welcomed the fact that the text did not impose X");
 * few or less convinced ("few speakers were convinced that X was needed", "less persuaded that X was relevant", "few of
 * those present saw any advantage in X"); and a sentence turning to "others", "most" or "the majority" as to another
 * group. The rules alone, one sentence each, our own wording.
 */
class GoverningOppositionTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void opposingAnActIsAgainstWhatTheActWouldDo() {
        assertThat(classify("Two delegations opposed expanding the 24/7 networks beyond their present tasks."))
                .containsExactly("NETWORKS_24_7 AGAINST STRENGTHEN+negated");
        assertThat(classify("A few experts warned against any move to strengthen mandatory data retention."))
                .containsExactly("DATA_RETENTION AGAINST STRENGTHEN+negated");
        // the negation reaches the topic's own cue past a long topic name
        assertThat(classify("The representative of Peru rejected any attempt to hold up the Budapest Convention as a "
                + "model for the rest of the world.")).containsExactly("BUDAPEST_CONVENTION AGAINST MODEL+negated");
        // opposing the thing itself is still plain opposition
        assertThat(classify("Some delegations opposed the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION AGAINST OPPOSE");
    }

    @Test
    void noPointOrReasonInAThingIsAgainstIt() {
        assertThat(classify("Several delegations saw little point in further seminars on capacity-building."))
                .containsExactly("CAPACITY_BUILDING AGAINST NO_POINT");
        assertThat(classify("The representative of Kenya saw no reason to impose data retention on small "
                + "providers.")).containsExactly("DATA_RETENTION AGAINST NO_POINT");
    }

    @Test
    void noReasonToUndoAThingIsForIt() {
        assertThat(classify("One delegation saw no reason to delay the adoption of the draft convention."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION FOR NO_REASON_TO_UNDO");
    }

    @Test
    void gladOfWhatATextLeavesOutIsAgainstWhatItLeavesOut() {
        assertThat(classify("Some speakers welcomed the fact that the revised text did not impose data retention on "
                + "providers.")).containsExactly("DATA_RETENTION AGAINST WELCOME_ABSENCE");
        assertThat(classify("Several delegations expressed satisfaction that the draft would not require mandatory "
                + "data retention.")).containsExactly("DATA_RETENTION AGAINST WELCOME_ABSENCE");
        // welcoming the thing itself is still welcome
        assertThat(classify("Some experts welcomed the capacity-building programme."))
                .containsExactly("CAPACITY_BUILDING FOR WELCOME");
    }

    @Test
    void fewOrLessConvincedIsNotConvinced() {
        assertThat(classify("Some experts were less persuaded that the Organized Crime Convention was relevant to "
                + "attacks on computer systems.")).containsExactly("UNTOC AGAINST RELEVANT+negated");
        assertThat(classify("Few speakers were convinced that a new treaty was needed."))
                .containsExactly("NEW_INSTRUMENT AGAINST CONVINCED+negated");
        assertThat(classify("Few of those present saw any advantage in a separate global treaty."))
                .containsExactly("NEW_INSTRUMENT AGAINST IMPORTANCE+negated");
        // "a few" is a quantifier, not a negation
        assertThat(classify("A few speakers were convinced that a new treaty was needed."))
                .containsExactly("NEW_INSTRUMENT FOR CONVINCED");
    }

    @Test
    void readinessToAcceptIsSupport() {
        assertThat(classify("Some delegations were prepared to accept the capacity-building chapter as drafted."))
                .containsExactly("CAPACITY_BUILDING FOR MERIT");
    }

    @Test
    void theFirstGroupHoldsTheTopicWhenTheSentenceTurnsToOthersOrMost() {
        assertThat(classify("While several experts held that the 24/7 networks worked well, others described them as "
                + "a duplication.")).containsExactly("NETWORKS_24_7 FOR EFFECTIVE");
        assertThat(classify("A few experts called the 24/7 networks a duplication, whereas most described them as "
                + "indispensable.")).containsExactly("NETWORKS_24_7 AGAINST DUPLICATION");
        // the first group's view is not overruled by the cue of the group the sentence turns to
        assertThat(classify("While a few delegations called for the prompt adoption of the convention, others, "
                + "citing pending consultations, wanted the decision postponed."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION FOR CALL_FOR");
        assertThat(classify("While a handful of delegations called for the prompt adoption of the convention, the "
                + "great majority wished to postpone it.")).containsExactly("DRAFT_CONVENTION_ADOPTION FOR CALL_FOR");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
