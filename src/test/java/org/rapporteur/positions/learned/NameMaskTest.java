package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Participants' names are masked with one placeholder before a sentence is embedded, so that the learned model reads
 * what was said and not who said it; topics named after an organisation keep their words.
 */
class NameMaskTest {

    private final NameMask mask = NameMask.standard();

    @Test
    void aStateNamedByItsLongFormWithTheIsOnePlaceholder() {
        assertThat(mask.apply("The representative of the Islamic Republic of Iran expressed support for a new treaty."))
                .isEqualTo("The representative of X expressed support for a new treaty.");
    }

    @Test
    void aGroupSpokenForAndItsSpeakerAreEachMasked() {
        assertThat(mask.apply("Speaking on behalf of the Group of 77 and China, Egypt stressed the need for capacity-building."))
                .isEqualTo("Speaking on behalf of X, X stressed the need for capacity-building.");
    }

    @Test
    void statesListedAfterAQuantifierAreMaskedAndTheQuantifierKept() {
        assertThat(mask.apply("Several States, including Japan and Chile, favoured the Budapest Convention."))
                .isEqualTo("Several States, including X and X, favoured the Budapest Convention.");
    }

    @Test
    void aNameWithParenthesesOrAPossessiveIsMaskedWhole() {
        assertThat(mask.apply("Bolivia (Plurinational State of) and the Democratic People's Republic of Korea objected."))
                .isEqualTo("X and X objected.");
        assertThat(mask.apply("Japan's delegation agreed.")).isEqualTo("X's delegation agreed.");
    }

    @Test
    void aNameWhoseLastWordFollowsAnApostropheIsMaskedWhole() {
        assertThat(mask.apply("Training was delivered in Côte d’Ivoire and in Senegal."))
                .isEqualTo("Training was delivered in X and in X.");
    }

    @Test
    void aGroupInsideAnOrganisationsNameIsNotMaskedAlone() {
        String sentence = "Contact points were set up with the Economic Community of West African States.";
        assertThat(mask.apply(sentence)).isEqualTo(sentence);
    }

    @Test
    void anOrganisationIsMaskedWhereItSpeaks() {
        assertThat(mask.apply("The observer for the Council of Europe described its capacity-building programmes."))
                .isEqualTo("The observer for X described its capacity-building programmes.");
        assertThat(mask.apply("The European Union, speaking on behalf of its member States, supported the text."))
                .isEqualTo("X, speaking on behalf of its member States, supported the text.");
    }

    @Test
    void anOrganisationThatIsPartOfWhatTheSentenceIsAboutIsKept() {
        String sentence = "Some speakers regarded the treaty of the Council of Europe as a model, and others the "
                + "Council of Europe Convention on Cybercrime, with the support of UNODC.";
        assertThat(mask.apply(sentence)).isEqualTo(sentence);
    }

    @Test
    void aSentenceNamingNoParticipantIsUnchanged() {
        String sentence = "Many speakers said that the United Nations should negotiate a new convention.";
        assertThat(mask.apply(sentence)).isEqualTo(sentence);
    }

    @Test
    void twoSentencesDifferingOnlyByTheCountryGetTheSameEmbeddingInput() {
        List<String> embedded = new ArrayList<>();
        SentenceEmbedder recording = new SentenceEmbedder() {
            @Override
            public String modelId() {
                return "recording";
            }

            @Override
            public List<float[]> embed(List<String> sentences) {
                embedded.addAll(sentences);
                return sentences.stream().map(s -> new float[] {1f}).toList();
            }
        };
        NameMaskingEmbedder embedder = new NameMaskingEmbedder(recording, mask);

        embedder.embed(List.of("The representative of Brazil expressed support for a new instrument.",
                "The representative of the United Kingdom of Great Britain and Northern Ireland expressed support for "
                        + "a new instrument."));

        assertThat(embedded).containsExactly("The representative of X expressed support for a new instrument.",
                "The representative of X expressed support for a new instrument.");
        assertThat(embedder.modelId()).isEqualTo("recording+names-masked-1");
    }
}
