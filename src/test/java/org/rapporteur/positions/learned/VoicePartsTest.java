package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.RuleAnalysis;
import org.rapporteur.positions.SentenceContext;
import org.rapporteur.positions.Stance;

/**
 * The part of a sentence with more than one voice that holds a topic's stance, whose embedding the combiner reads
 * beside the sentence's: the sentence cut where it turns from one voice or clause to another.
 */
class VoicePartsTest {

    private static RuleAnalysis read(String text) {
        return PairFeaturesTest.RULES.analyse(text, SentenceContext.NONE);
    }

    @Test
    void aTopicInTheFirstOfTwoVoicesHasTheFirstVoiceAsItsPart() {
        RuleAnalysis a = read("A group of delegations praised the technical assistance given to prosecutors, while "
                + "others found a new binding treaty unnecessary.");
        assertThat(LearnedModel.part(a, "CAPACITY_BUILDING"))
                .isEqualTo("A group of delegations praised the technical assistance given to prosecutors");
        assertThat(LearnedModel.part(a, "NEW_INSTRUMENT")).isEqualTo("others found a new binding treaty unnecessary.");
    }

    @Test
    void aSemicolonAndAConcessionCutTheSentence() {
        RuleAnalysis a = read("One delegation welcomed the work on capacity-building; another delegation questioned "
                + "whether data retention obligations were proportionate.");
        assertThat(LearnedModel.part(a, "CAPACITY_BUILDING"))
                .isEqualTo("One delegation welcomed the work on capacity-building");
        RuleAnalysis b = read("Several speakers spoke warmly of the Organized Crime Convention and its protocols, "
                + "whereas a few delegations called it ill-suited to offences committed online.");
        assertThat(LearnedModel.part(b, "UNTOC"))
                .isEqualTo("Several speakers spoke warmly of the Organized Crime Convention and its protocols");
    }

    @Test
    void aSentenceOfOneVoiceHasNoPartOfItsOwn() {
        RuleAnalysis a = read("Several delegations said that they had yet to decide on the proposed treaty on "
                + "cybercrime and its scope.");
        assertThat(a.topics()).containsKey("NEW_INSTRUMENT");
        assertThat(LearnedModel.part(a, "NEW_INSTRUMENT")).isNull();
        assertThat(LearnedModel.parts(a, List.of("NEW_INSTRUMENT", "UNTOC"))).isEmpty();
    }

    @Test
    void oneVoiceSayingTwoThingsIsNotCut() {
        // "not only … but also …" and a concession by a participle ("while acknowledging …") are the same speaker's
        RuleAnalysis a = read("Several delegations supported not only the Organized Crime Convention but also "
                + "capacity-building for the judiciaries of developing States.");
        assertThat(a.topics()).containsKey("CAPACITY_BUILDING");
        assertThat(LearnedModel.part(a, "CAPACITY_BUILDING")).isNull();
        RuleAnalysis b = read("Some speakers, while acknowledging that informal channels between police forces worked "
                + "well, said that mandatory data retention would burden small providers.");
        assertThat(b.topics()).containsKey("DATA_RETENTION");
        assertThat(LearnedModel.part(b, "DATA_RETENTION")).isNull();
    }

    @Test
    void aTopicTheRulesDidNotReadHasNoPart() {
        RuleAnalysis a = read("Many speakers praised the exchange, but a few regretted how short the session had been.");
        assertThat(LearnedModel.part(a, "UNTOC")).isNull();
    }

    @Test
    void theModelFileKeepsThePartsVectorsAndPredictsTheSame() throws Exception {
        List<GoldSentence> sentences = List.of(
                new GoldSentence("e1", "Some delegations supported the Budapest Convention as a legal basis, while "
                        + "others found a new binding treaty unnecessary.", Map.of("BUDAPEST_CONVENTION", Stance.FOR,
                        "NEW_INSTRUMENT", Stance.AGAINST)),
                new GoldSentence("e2", "The representative of Chile opposed a new treaty on cybercrime.",
                        Map.of("NEW_INSTRUMENT", Stance.AGAINST)));
        java.util.Map<String, float[]> vectors = new java.util.LinkedHashMap<>();
        vectors.put(sentences.get(0).sentence(), new float[] {1, 0, 0});
        vectors.put(sentences.get(1).sentence(), new float[] {0, 1, 0});
        List<String> topics = List.of("BUDAPEST_CONVENTION", "NEW_INSTRUMENT");
        java.util.function.BiFunction<String, String, RuleAnalysis> rules = (t, b) -> read(t);
        List<String> parts = LearnedModel.parts(sentences, topics, rules);
        assertThat(parts).containsExactly("Some delegations supported the Budapest Convention as a legal basis",
                "others found a new binding treaty unnecessary.");
        vectors.put(parts.get(0), new float[] {0, 0, 1});
        vectors.put(parts.get(1), new float[] {0, 1, 1});
        LearnedModel model = LearnedModel.train("test", sentences, vectors, topics, rules);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        model.write(bytes);
        LearnedModel read = LearnedModel.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
        read.write(again);
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
        RuleAnalysis a = read(sentences.get(0).sentence());
        assertThat(read.predict(a, vectors.get(a.text()), vectors::get).get("NEW_INSTRUMENT"))
                .containsExactly(model.predict(a, vectors.get(a.text()), vectors::get).get("NEW_INSTRUMENT"));
    }
}
