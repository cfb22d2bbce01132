package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The first person of verbatim records and direct speech: the present tense's one-word "cannot" negates as "could
 * not" does ("we cannot support X" is AGAINST X, "my delegation cannot agree to the deletion of X" is FOR X, "a new
 * text cannot replace X" is FOR X), and "unconvinced of" negates as "not convinced of"; "speaking in her national
 * capacity" is the speaker's role, not capacity-building; the emphatic "cannot stress enough", "cannot overstate" are
 * no negation. The rules alone, one sentence each, in our own wording.
 */
class FirstPersonStanceTest {

    static final RuleClassifier RULES = new RuleClassifier(CodebookReader.readDefault(), name -> Optional.empty());

    @Test
    void cannotSupportOrAcceptIsAgainst() {
        assertThat(classify("The delegate of Iceland said: \"My delegation cannot support the mandatory retention of "
                + "traffic data.\""))
                .containsExactly("DATA_RETENTION AGAINST OPPOSE");
        assertThat(classify("\"We cannot accept the proposal for a new treaty on cybercrime,\" the representative of "
                + "Tonga said."))
                .containsExactly("NEW_INSTRUMENT AGAINST OPPOSE");
        assertThat(classify("Speaking in his national capacity, the delegate of Nepal said: \"We can not go along with "
                + "the 24/7 network as now proposed.\""))
                .containsExactly("NETWORKS_24_7 AGAINST OPPOSE");
    }

    @Test
    void speakingInANationalCapacityIsNoCapacityBuilding() {
        assertThat(classify("Speaking in her national capacity, the representative of Palau said that she supported "
                + "the Budapest Convention."))
                .containsExactly("BUDAPEST_CONVENTION FOR SUPPORT");
        // national capacity as a thing built or needed stays capacity-building
        assertThat(classify("Several speakers stressed the importance of national capacity for the investigation of "
                + "cybercrime."))
                .containsExactly("CAPACITY_BUILDING FOR IMPORTANCE");
    }

    @Test
    void cannotNegatesTheCueAfterIt() {
        assertThat(classify("\"Frankly, we cannot see the added value of yet another global instrument,\" the "
                + "representative of Malta said."))
                .containsExactly("NEW_INSTRUMENT AGAINST IMPORTANCE+negated");
        assertThat(classify("The delegate of Oman said: \"We remain unconvinced of the usefulness of the 24/7 "
                + "networks.\""))
                .containsExactly("NETWORKS_24_7 AGAINST IMPORTANCE+negated");
    }

    @Test
    void whatCannotBeDeletedOrReplacedIsSupported() {
        assertThat(classify("The representative of Benin said: \"Our delegation cannot agree to the deletion of the "
                + "article on human rights safeguards.\""))
                .containsExactly("HUMAN_RIGHTS FOR KEEP");
        assertThat(classify("\"Training programmes delivered by others cannot replace sustained capacity-building,\" "
                + "the delegate of Laos said."))
                .containsExactly("CAPACITY_BUILDING FOR IRREPLACEABLE");
    }

    @Test
    void cannotDeniedIsNoNegation() {
        // a denied negation cancels: "it cannot be denied that X had helped" is FOR X, as "could not be denied" is
        assertThat(classify("\"It cannot be denied that the Budapest Convention has helped many States,\" the "
                + "representative of Fiji said."))
                .containsExactly("BUDAPEST_CONVENTION FOR ENABLE");
    }

    @Test
    void anEmphaticCannotIsNoNegation() {
        // "cannot stress enough", "cannot overstate", "cannot be overemphasised": as strong a FOR as "stressed"
        assertThat(classify("\"We cannot stress enough the importance of capacity-building,\" the representative of "
                + "Ghana said."))
                .containsExactly("CAPACITY_BUILDING FOR IMPORTANCE");
        assertThat(classify("The delegate of Chile said: \"One cannot overstate the importance of capacity-building "
                + "for small administrations.\""))
                .containsExactly("CAPACITY_BUILDING FOR IMPORTANCE");
        assertThat(classify("\"The importance of capacity-building cannot be overemphasised,\" said the "
                + "representative of Samoa."))
                .containsExactly("CAPACITY_BUILDING FOR IMPORTANCE");
        assertThat(classify("\"We cannot overemphasise how important capacity-building is,\" the delegate of Peru "
                + "said."))
                .containsExactly("CAPACITY_BUILDING FOR IMPORTANCE");
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
