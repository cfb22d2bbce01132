package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Topics described by what they are rather than named in the codebook's words, and stances carried by an evaluation or
 * a question rather than by the codebook's verbs: the class of the read hands' pairs labelled FOR or AGAINST that were
 * given no position. The instrument described by who would make it, the draft by what is done to it (the verb stays
 * the cue), the records kept, the data frozen, help by what it gives; the need for a thing "not self-evident", a path
 * "the only credible answer", a convention "not designed for" a purpose, a rhetorical "whether it was realistic". A
 * description that only names the purpose of another topic, or a question to the secretariat, stays no position. The
 * rules alone, one sentence each, our own wording.
 */
class DescribedTopicsTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void anInstrumentDescribedByWhoWouldMakeIt() {
        assertThat(classify("Several speakers said a treaty negotiated by every Member State was the only credible "
                + "answer to the threat.")).containsExactly("NEW_INSTRUMENT FOR ONLY_WAY");
        assertThat(classify("One delegation argued that a universally negotiated legal framework was long overdue."))
                .containsExactly("NEW_INSTRUMENT FOR NEED");
        assertThat(classify("A few experts opposed a fresh round of treaty talks."))
                .containsExactly("NEW_INSTRUMENT AGAINST OPPOSE");
        assertThat(classify("The representative of Mali said the time had come for a universal convention on "
                + "cybercrime.")).containsExactly("NEW_INSTRUMENT FOR ONLY_WAY");
    }

    @Test
    void theDraftNamedByWhatIsDoneToIt() {
        assertThat(classify("The representative of Peru said her delegation would go along with the package."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION FOR SUPPORT");
        assertThat(classify("The representative of Peru said her delegation could not go along with the package."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST OPPOSE");
        assertThat(classify("The representative of Chile said his delegation could not accept the text as it stood."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION AGAINST OPPOSE");
        assertThat(classify("Some delegations urged that the text be adopted without a vote."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION FOR CALL_FOR");
        assertThat(classify("The delegate of Oman said her country would not block adoption."))
                .containsExactly("DRAFT_CONVENTION_ADOPTION FOR OPPOSE+negated");
    }

    @Test
    void theTextAsThePlaceOfAnotherTopicIsNotTheDraft() {
        assertThat(classify("The Chair's revised text was circulated in all official languages.")).isEmpty();
        assertThat(classify("Some delegations regretted that the final text did not include an obligation to retain "
                + "traffic data.")).containsExactly("DATA_RETENTION FOR REGRET_ABSENCE");
    }

    @Test
    void dataAndRecordsNamedByWhatIsDoneWithThem() {
        assertThat(classify("Some experts supported quicker means of freezing stored data."))
                .containsExactly("ELECTRONIC_EVIDENCE FOR SUPPORT");
        assertThat(classify("One delegation welcomed rules allowing logs to be frozen pending a formal request."))
                .containsExactly("ELECTRONIC_EVIDENCE FOR WELCOME");
        assertThat(classify("Several speakers opposed laws obliging operators to store the browsing records of their "
                + "customers.")).containsExactly("DATA_RETENTION AGAINST OPPOSE");
        assertThat(classify("One expert called for blanket retention.")).containsExactly("DATA_RETENTION FOR CALL_FOR");
        // preserving data as what a network is for names no evidence topic
        assertThat(classify("The representative of Japan said the 24/7 networks were a practical channel for "
                + "preserving data.")).isEmpty();
    }

    @Test
    void helpGuaranteesAndContactPointsDescribed() {
        assertThat(classify("The representative of Togo called for outside help in setting up a cybercrime unit."))
                .containsExactly("CAPACITY_BUILDING FOR CALL_FOR");
        assertThat(classify("The secondment of experienced judges to new units was welcomed."))
                .containsExactly("CAPACITY_BUILDING FOR WELCOME");
        assertThat(classify("Some delegations insisted on effective oversight of intrusive powers."))
                .containsExactly("HUMAN_RIGHTS FOR EMPHASIS");
        assertThat(classify("One speaker warned that vague offences could become a tool of censorship."))
                .containsExactly("HUMAN_RIGHTS FOR CONCERN_FOR_RIGHTS");
        assertThat(classify("A few delegations stressed that focal points reachable day and night had saved "
                + "evidence.")).containsExactly("NETWORKS_24_7 FOR EMPHASIS");
    }

    @Test
    void stancesCarriedByAnEvaluation() {
        assertThat(classify("The utility of compulsory retention rules was far from evident to some experts."))
                .containsExactly("DATA_RETENTION AGAINST NOT_SHOWN");
        assertThat(classify("The representative of Cuba said the Palermo framework had not been designed for "
                + "offences committed online.")).containsExactly("UNTOC AGAINST NOT_MADE_FOR");
        assertThat(classify("The idea of regional training hubs met with broad sympathy."))
                .containsExactly("CAPACITY_BUILDING FOR SUPPORT");
        assertThat(classify("The suggestion that providers be made subject to binding cooperation duties did not "
                + "find favour with the experts.")).containsExactly("PRIVATE_SECTOR AGAINST SUPPORT+negated");
        assertThat(classify("Several delegations said the Council of Europe's 2001 treaty deserved wider "
                + "membership.")).containsExactly("BUDAPEST_CONVENTION FOR MERIT");
    }

    @Test
    void aQuestionThatDoubtsAndOneThatAsks() {
        assertThat(classify("One delegation asked whether it was realistic to expect a new instrument to be ready "
                + "within two years.")).containsExactly("NEW_INSTRUMENT AGAINST DOUBT");
        assertThat(classify("Some experts wondered about the real need for a further convention."))
                .containsExactly("NEW_INSTRUMENT AGAINST DOUBT");
        assertThat(classify("One delegation asked whether the secretariat could organize a workshop on the new "
                + "instrument.")).isEmpty();
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
