package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.report.ReportParser;

/** The positions of the seed report's deliberations (paragraphs 12 to 15), as issue 3's acceptance states them, by the full classifier (rules and model). */
class SeedPositionsTest {

    static final Path SEED = Path.of("src/test/resources/seed/000_df15103811212375.txt");
    static List<SentencePosition> positions;

    @BeforeAll
    static void classifyTheSeed() throws Exception {
        NameResolver resolver = new NameResolver(ReferenceData.loadDefault());
        PositionClassifier classifier = PositionClassifier.withDefaultModel(CodebookReader.readDefault(),
                name -> resolver.resolve(name).map(Entity::code));
        var report = new ReportParser(resolver).parse("seed.txt", Files.readString(SEED));
        positions = ReportPositions.of(report, classifier).positions();
    }

    @Test
    void paragraph13ManySpeakersFindANewInstrumentNeedlessAndTheExistingOnesSufficient() {
        assertThat(in(13, 1)).containsExactlyInAnyOrder(
                "NEW_INSTRUMENT AGAINST Many speakers 4", "BUDAPEST_CONVENTION FOR Many speakers 4",
                "UNTOC FOR Many speakers 4");
    }

    @Test
    void paragraph13SomeSpeakersWantHumanRightsSafeguardsAndAnyInstrumentIsNotANewOne() {
        assertThat(in(13, 5)).containsExactly("HUMAN_RIGHTS FOR Some speakers 2");
    }

    @Test
    void paragraph14OtherSpeakersWantANewInstrument() {
        assertThat(in(14, 1)).containsExactly("NEW_INSTRUMENT FOR Other speakers 2");
    }

    @Test
    void paragraph14CriticisesTheBudapestConventionInThreeSentences() {
        assertThat(in(14, 2)).containsExactly("BUDAPEST_CONVENTION AGAINST Some speakers 2");
        assertThat(in(14, 3)).containsExactly("BUDAPEST_CONVENTION AGAINST Some of the speakers 2");
        assertThat(in(14, 4)).containsExactly("BUDAPEST_CONVENTION AGAINST Some speakers 2");
    }

    @Test
    void paragraph15IsSomeSpeakersNotTheManyOfInManyCases() {
        assertThat(in(15, 1)).containsExactly("UNTOC FOR some speakers 2");
    }

    @Test
    void paragraph12CarriesManyDelegationsToTheirInTheNextSentence() {
        assertThat(in(12, 2)).containsExactly("CAPACITY_BUILDING FOR Many delegations 4");
    }

    @Test
    void noPositionIsCreditedToAnyState() {
        assertThat(positions).isNotEmpty()
                .allSatisfy(p -> assertThat(p.position().attributedEntityCode()).isEmpty());
    }

    @Test
    void theIntroductionAndTheOrganizationOfTheMeetingTakeNoPositions() {
        assertThat(positions).allSatisfy(p -> assertThat(p.paragraph()).isBetween(9, 19));
    }

    @Test
    void everyPositionNamesItsRule() {
        assertThat(positions).allSatisfy(p -> assertThat(p.position().rule()).isNotBlank());
    }

    private static List<String> in(int paragraph, int sentence) {
        return positions.stream().filter(p -> p.paragraph() == paragraph && p.sentenceIndex() == sentence)
                .map(p -> p.position().topic() + " " + p.position().stance() + " " + p.position().quantifier() + " "
                        + p.position().weight())
                .toList();
    }
}
