package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lists in the forms secretariats and spreadsheets leave them: an abbreviated honorific column ("Trat.", "Civ.").
 */
class TickBoxesRemarksAndJunkNamesTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void anAbbreviatedHonorificColumnGivesTheGender() {
        ParticipantList spanish = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_lista.csv", """
                Delegación;Trat.;Nombre;Apellidos;Cargo
                Uruguay;Sra.;Lucía;Ferraz;Directora, Ministerio del Interior
                Uruguay;Sr.;Mateo;Ortiz;Asesor
                """);
        assertThat(spanish.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.gender())
                .containsExactly("URY Ferraz WOMAN", "URY Ortiz MAN");
        ParticipantList french = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_liste.csv", """
                Pays,Civ.,Prénom,Nom,Fonction
                Belgique,Mme,Inès,Lambert,Conseillère
                Belgique,M.,Hugo,Peeters,Attaché
                """);
        assertThat(french.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.gender())
                .containsExactly("BEL Lambert WOMAN", "BEL Peeters MAN");
    }
}
