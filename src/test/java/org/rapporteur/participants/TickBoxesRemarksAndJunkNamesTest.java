package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lists in the forms secretariats and spreadsheets leave them: an abbreviated honorific column ("Trat.", "Civ."), and
 * name cells a spreadsheet broke ("#REF!", "#N/A", "####", a character lost in a conversion), which are bad rows.
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

    @Test
    void aNameCellTheSpreadsheetBrokeIsABadRowNeverAPerson() {
        ParticipantList list = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_participants.csv", """
                Country,Title,First name,Last name,Position
                Kenya,Ms.,Wanjiru,Kamau,Counsellor
                Kenya,Mr.,Otieno,#REF!,Attaché
                Kenya,Mr.,#N/A,#N/A,Adviser
                Ghana,Ms.,Efua,####,Director
                Ghana,Mr.,K\uFFFDfi,Boateng,Minister
                Ghana,Ms.,Ama,Owusu,Expert
                #VALUE!,Mr.,Kojo,Asante,Expert
                """);
        assertThat(list.delegates()).extracting(d -> d.line() + " " + d.entity().code() + " " + d.lastName())
                .containsExactly("2 KEN Kamau", "7 GHA Owusu");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 3 REJECTED_ROW", "line 4 REJECTED_ROW", "line 5 REJECTED_ROW",
                        "line 6 REJECTED_ROW", "line 8 REJECTED_ROW");
        assertThat(list.findings().get(0).message()).contains("spreadsheet error").doesNotContain("Otieno");
        assertThat(list.findings().get(4).message()).contains("delegation cell");
    }
}
