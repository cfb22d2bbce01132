package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A reason goes on past a short aside set off by commas ("because, in their view, …"), so a topic named after the
 * aside is still only the reason; what a step "would" entail after "since", and what a programme is praised "for
 * having" done, are reasons too. Dated facts about a State's own ratification, a topic that was only mentioned or
 * debated, and a debate on whether something holds take no position. The rules alone, one sentence each.
 */
class AsidesAndRecordedFactsTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void aReasonGoesOnPastAShortAside() {
        assertThat(classify("A few delegations opposed a new treaty because, in their assessment, it would force "
                + "service providers to retain data for years.")).containsExactly("NEW_INSTRUMENT AGAINST OPPOSE");
        assertThat(classify("Two experts endorsed the draft convention because it would, for the first time, give "
                + "every State a point of contact open around the clock."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION FOR SUPPORT");
    }

    @Test
    void aClauseAfterTheAsideThatIsNoAsideEndsTheReason() {
        // "and several ..." is no aside: the reason ends at the comma, and the 24/7 network after it is judged
        assertThat(classify("One speaker opposed a new treaty because it would take years to negotiate, and several "
                + "speakers supported strengthening the 24/7 network."))
                .contains("NETWORKS_24_7 FOR STRENGTHEN");
    }

    @Test
    void whatAStepWouldEntailIsTheReason() {
        assertThat(classify("The expert from Ruritania said her country could not join the Organized Crime "
                + "Convention's protocol, since joining would oblige it to allow direct requests for subscriber "
                + "information.")).noneMatch(p -> p.startsWith("ELECTRONIC_EVIDENCE"));
    }

    @Test
    void whatAProgrammeIsPraisedForHavingDoneIsTheReason() {
        assertThat(classify("Several speakers commended the Global Programme on Cybercrime for having helped their "
                + "prosecutors prepare accession to the Budapest Convention."))
                .containsExactly("CAPACITY_BUILDING FOR WELCOME");
    }

    @Test
    void aDatedRatificationByANamedStateIsAFact() {
        assertThat(RULES.mentionOnly("The delegate of Freedonia said Freedonia had acceded to the Budapest Convention "
                + "in 2019 and had designated a contact point the following year.")).isTrue();
        assertThat(RULES.mentionOnly("The expert from Freedonia said her country's ratification of the Organized "
                + "Crime Convention had been approved by the senate in 2003.")).isTrue();
        // the same fact followed by a call is a position
        assertThat(RULES.mentionOnly("Freedonia had acceded to the Budapest Convention in 2019 and urged other States "
                + "to accede to it.")).isFalse();
    }

    @Test
    void aTopicOnlyMentionedOrDebatedTakesNoPosition() {
        // only mentioning: neither the rules nor the learned combiner read these sentences
        assertThat(RULES.mentionOnly("Data protection was mentioned briefly.")).isTrue();
        assertThat(RULES.mentionOnly("Capacity-building was not mentioned in the outcome document.")).isTrue();
        assertThat(RULES.mentionOnly("Retention periods were the subject of lengthy discussions during the second "
                + "session.")).isTrue();
        // mentioned, and then judged
        assertThat(RULES.mentionOnly("The 24/7 network was mentioned by many speakers, who considered it essential."))
                .isFalse();
        assertThat(classify("The 24/7 network was mentioned by many speakers, who considered it essential."))
                .contains("NETWORKS_24_7 FOR NEED");
    }

    @Test
    void aDebateOnWhetherIsAnEventOfTheMeeting() {
        assertThat(RULES.mentionOnly("The experts then debated whether the Organized Crime Convention could apply to "
                + "ransomware.")).isTrue();
        assertThat(RULES.mentionOnly("An old argument resurfaced over whether the Budapest Convention was open to "
                + "all.")).isTrue();
        // a side taken after the debate is a position
        assertThat(RULES.mentionOnly("Experts discussed whether a new treaty was needed, with most speakers arguing "
                + "that it was not.")).isFalse();
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
