package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * The head of delegation marked in the other ways lists use: a note saying the first person named heads each
 * delegation, a dagger, superscript or "(*)" that a legend explains, a role's label before the name or on the line
 * above it, a head's mark in brackets after the post.
 */
class HeadMarkedInOtherWaysTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    private static String heads(ParticipantList list) {
        return String.join(" ", list.delegates().stream().map(d -> (d.firstName() + " " + d.lastName()).strip().replaceAll(".* ", "")
                + (d.headOfDelegation() ? "=H" : "")).toList());
    }

    @Test
    void aNoteThatTheFirstNamedHeadsMakesTheFirstOfEachDelegationHead() {
        ParticipantList printed = reader.readCsv("QQ_7_2030_2-list.txt", """
                Note: Within each delegation, the first person named heads the delegation.

                GHANA
                    Ms. Abena OWUSU, Director
                    Mr. Kwame MENSAH, Counsellor

                NEPAL
                    Mr. Ram THAPA, Secretary
                """);
        assertThat(heads(printed)).isEqualTo("OWUSU=H MENSAH THAPA=H");
        ParticipantList spanish = reader.readCsv("QQ_7_2030_2-lista.csv", """
                Los jefes de delegación aparecen en primer lugar.
                País;Nombre;Cargo
                Chile;Sra. Ana ROJAS;Embajadora
                Chile;Sr. Luis MORA;Consejero
                Perú;Sr. Jorge PAZ;Ministro
                Perú;Sra. Rosa QUISPE;Jefa de la delegación
                """);
        // Peru names its head in the post: the note does not make another
        assertThat(heads(spanish)).isEqualTo("ROJAS=H MORA PAZ QUISPE=H");
    }

    @Test
    void aNoteOnTheFirstOfSomethingElseMakesNoHead() {
        assertThat(CellValues.firstNamedIsHead("The first session was held in Vienna; heads of State attended"))
                .isFalse();
        assertThat(CellValues.firstNamedIsHead("Le premier nom de chaque délégation est celui du chef de délégation"))
                .isTrue();
    }

    @Test
    void aDaggerASuperscriptOrABracketedStarThatALegendExplainsMarksTheHead() {
        ParticipantList list = reader.readCsv("QQ_7_2030_2-list.csv", """
                Delegation,Name,Position
                Chile,Ms. Ana ROJAS†,Ambassador
                Chile,Mr. Luis MORA,Counsellor
                Peru,Mr. Jorge PAZ¹,Minister
                Ghana,(*) Ms. Abena OWUSU,Director
                † ¹ (*) Head of delegation,,
                """);
        assertThat(heads(list)).isEqualTo("ROJAS=H MORA PAZ=H OWUSU=H");
        assertThat(list.findings()).isEmpty();
    }

    @Test
    void aRoleLabelBeforeTheNameOrOnTheLineAboveItIsNoPartOfTheNameAndMayMakeTheHead() {
        ParticipantList list = reader.readCsv("QQ_7_2030_2-list.txt", """
                BRAZIL
                Head of delegation: H.E. Ms. Maria SILVA, Ambassador
                Alternate head: Mr. Joao SOUZA, Minister

                FRANCE
                Chef de la délégation :
                S.E. M. Paul DURAND, Ambassadeur
                Suppléants :
                Mme Anne MARTIN, Conseillère
                """);
        assertThat(heads(list)).isEqualTo("SILVA=H SOUZA DURAND=H MARTIN");
        assertThat(list.delegates()).extracting(Delegate::lastName).noneMatch(n -> n.contains(":"));
    }

    @Test
    void aHeadsMarkAfterThePostIsNoPartOfItADeputysStays() {
        ParticipantList list = reader.readCsv("QQ_7_2030_2-list.csv", """
                Delegation,Name,Position
                Peru,Mr. Jorge PAZ,Counsellor (HoD)
                Peru,Ms. Rosa QUISPE,Minister (Deputy Head)
                """);
        assertThat(list.delegates()).extracting(d -> d.position() + " " + d.headOfDelegation())
                .containsExactly("Counsellor true", "Minister (Deputy Head) false");
    }

    @Test
    void aTitleLineCutAtItsCommaAboveAPrintedListIsNoRejectedPerson() {
        ParticipantList list = reader.readCsv("list.txt", """
                Board on Tides, fourth session (QQ/7/2030/INF/1)

                GHANA
                Ms. Abena OWUSU, Director
                """);
        assertThat(heads(list)).isEqualTo("OWUSU");
        assertThat(list.findings()).extracting(Finding::location, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 1", FindingCode.SUMMARY_ROW));
    }
}
