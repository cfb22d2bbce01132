package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a list's cells say about the delegation and the person's place in it: a column of roles in the delegation
 * (only the head is the head), and delegation cells naming the entity with the office that sent the person or with
 * its acronym.
 */
class DelegationCellsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aRoleInDelegationColumnMakesOnlyTheHeadTheHead() {
        ParticipantList list = reader.readCsv("ICCD_COP_16_3.csv", """
                Country,Given name,Surname,Role in delegation
                Chad,Achta,Mahamat,Head of Delegation
                Chad,Abakar,Saleh,Alternate
                Chad,Khadija,Brahim,Adviser
                Mali,Fanta,Keita,Head
                Mali,Bakary,Traoré,Deputy Head of Delegation
                Mali,Awa,Coulibaly,Delegate
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("Mahamat true", "Saleh false", "Brahim false", "Keita true", "Traoré false",
                        "Coulibaly false");
    }

    @Test
    void aRoleColumnNamedInOtherWordsIsTheHeadColumnToo() {
        ParticipantList list = reader.readCsv("ICCD_COP_16_3.csv", """
                Pays;Prénom;Nom;Fonction dans la délégation
                Niger;Achta;Mahamat;Chef de délégation
                Niger;Abakar;Saleh;Chef de délégation adjoint
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("Mahamat true", "Saleh false");
    }

    @Test
    void anEntityWrittenWithTheOfficeThatSentThePersonOrWithItsAcronymIsThatEntity() {
        ParticipantList list = reader.readCsv("ICCD_COP_16_3.csv", """
                Delegation,Last Name
                European Union (European Commission),Aaltonen
                African Union (Commission),Bekele
                OECD - Organisation for Economic Co-operation and Development,Caron
                International Union for Conservation of Nature / IUCN,Dlamini
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName())
                .containsExactly("EU Aaltonen", "AU Bekele", "OECD Caron", "IUCN Dlamini");
    }

    @Test
    void twoEntitiesInOneCellOrAnOfficeOfNoKnownEntityNameNoDelegation() {
        ParticipantList list = reader.readCsv("ICCD_COP_16_3.csv", """
                Delegation,Last Name
                Ghana - Togo,Fofana
                Ministry of Health (Narnia),Gomes
                Ministry of Health - Narnia,Herrera
                """);
        assertThat(list.delegates()).isEmpty();
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 2 REJECTED_ROW", "line 3 REJECTED_ROW", "line 4 REJECTED_ROW");
    }

    @Test
    void aTitleColumnHoldingJobTitlesLeavesTheGenderToTheHonorificInTheName() {
        ParticipantList list = reader.readCsv("ICCD_COP_16_3.csv", """
                Delegation,Name,Title
                Chile,Sra. Valentina ROJAS,Minister Counsellor
                Chile,Mr. Pablo SOTO,Second Secretary
                Chile,Dr. Ana PEREZ,Adviser
                Chile,Ignacio VERA,Ms.
                """);
        assertThat(list.delegates()).extracting(d -> d.gender().name())
                .containsExactly("WOMAN", "MAN", "UNKNOWN", "WOMAN");
    }

    @Test
    void anAsteriskAfterTheNameMarksTheHeadWhereALegendSaysSo() {
        String rows = """
                Country,Salutation,Name
                Senegal,Mr,DIOP Amadou *
                Senegal,Ms,FALL Awa
                Senegal,Mr,DIOP Amadou
                """;
        ParticipantList withLegend = reader.readCsv("ICCD_COP_16_3.csv", rows + "* Head of delegation\n");
        assertThat(withLegend.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("DIOP Amadou true", "FALL Awa false");
        assertThat(withLegend.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 4 DUPLICATE_PARTICIPANT");
        ParticipantList withoutLegend = reader.readCsv("ICCD_COP_16_3.csv", rows + "* Late registration\n");
        assertThat(withoutLegend.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("DIOP Amadou false", "FALL Awa false");
    }

    @Test
    void besideACountryColumnAnOrganisationRowBelongsToItsOrganisationNotToTheCountryOfItsSeat() {
        ParticipantList list = reader.readCsv("ICCD_COP_16_3.csv", """
                Type,Country,Organization,Family name
                Government,Kenya,Ministry of Environment,Wanjiru
                Intergovernmental organization,France,OECD Environment Directorate,Moreau
                Specialized agency,Italy,FAO,Rossi
                Observer State,Holy See,Permanent Observer Mission,Bianchi
                Non-governmental organization,Kenya,Green Belt Movement,Maathai
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + "/" + d.entity().name() + " " + d.lastName())
                .containsExactly("KEN/Kenya Wanjiru", "OECD/Organisation for Economic Co-operation and Development Moreau",
                        "FAO/Food and Agriculture Organization of the United Nations Rossi", "VAT/Holy See Bianchi",
                        "/Green Belt Movement Maathai");
    }

    @Test
    void frenchAndSpanishNamesOfStatesAndOrganisationsAreThoseEntities() {
        ParticipantList list = reader.readCsv("ICCD_COP_16_3.csv", """
                Délégation;Nom
                Allemagne;Weber
                Saint-Siège;Conti
                Países Bajos (Reino de los);de Jong
                Soudan du Sud;Deng
                Soudan;Ahmed
                PNUD;Kamara
                Estados Unidos de América;Smith
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code())
                .containsExactly("DEU", "VAT", "NLD", "SSD", "SDN", "UNDP", "USA");
    }
}
