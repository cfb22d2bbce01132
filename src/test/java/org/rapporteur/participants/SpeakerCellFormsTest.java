package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * More ways a speaker cell names the group spoken for: "X, for the Y", a group's acronym in brackets after a State
 * ("Peru (GRULAC)"), and a bracket saying the speaker spoke as host ("Kenya (host country)"), which names no group.
 */
class SpeakerCellFormsTest {

    final StatementsReader reader = new StatementsReader(new NameResolver(ReferenceData.loadDefault()));

    @Test
    void forTheGroupAfterACommaAndAGroupInBracketsAfterAState() {
        StatementsFile file = reader.read("ICCD_COP(17)_L.4_speakers.csv", """
                No,Speaker
                1,"Fiji, for the Asia-Pacific Group"
                2,Peru (GRULAC)
                3,Kenya (host country)
                4,Minister for the Environment of Chile
                """);
        assertThat(file.statements()).extracting(s -> s.line() + " " + s.meetingSymbol() + " " + s.speaker().code()
                        + " [" + s.behalfName() + "]")
                .containsExactly("2 ICCD/COP(17)/L.4 FJI [Group of Asia-Pacific States]",
                        "3 ICCD/COP(17)/L.4 PER [Group of Latin American and Caribbean States]",
                        "4 ICCD/COP(17)/L.4 KEN []");
        assertThat(file.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 5 REJECTED_ROW");
    }

    @Test
    void aStatesOwnBracketIsNoGroup() {
        StatementsFile file = reader.read("ICCD_COP(17)_L.4_speakers.csv", """
                No,Speaker
                1,Mr. Omar Haddad (Jordan)
                """);
        assertThat(file.statements()).extracting(s -> s.speaker().code() + " [" + s.behalfName() + "]")
                .containsExactly("JOR []");
    }

    @Test
    void spanishAndFrenchSpeakerCells() {
        StatementsFile file = reader.read("LC_CRPD.5_3_intervenciones.csv", """
                No,Speaker
                1,"Jamaica, en nombre del Grupo de los 77 y China"
                2,Delegación de Uruguay
                3,"Mali, au nom du Groupe des États d'Afrique"
                4,Délégation du Sénégal
                """);
        assertThat(file.findings()).isEmpty();
        assertThat(file.statements()).extracting(s -> s.speaker().code() + " [" + s.behalfName() + "]")
                .containsExactly("JAM [Grupo de los 77 y China]", "URY []", "MLI [Groupe des États d'Afrique]",
                        "SEN []");
    }
}
