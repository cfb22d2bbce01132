package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Forms of grouped lists that a secretariat's hand adds around the persons: a title line whose commas outnumber the
 * semicolons of the list below it, a note line between two delegations, a heading that says its category before a
 * colon, a post alone under its column where the name is missing, UN entities written by their full French or
 * Spanish names, and a title's symbol that completes the session the file name gives.
 */
class NotesTitlesAndDelimitersTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aSemicolonListUnderATitleWithCommasIsCutAtItsSemicolons() {
        // the title has three commas and two semicolons; the header names no delegation column (grouped list)
        ParticipantList list = reader.readCsv("B_CN.44_2031_3_liste.csv", """
                Comité de l'exemple, troisième session, Genève, 4-6 mars 2031 (B/CN.44/2031/3);;
                Nom;Fonction;Badge remis le
                NORVÈGE;;
                Mme Ingrid LIE;Conseillère, Mission permanente;04/03/2031
                M. Per HOLM;Chef de délégation, Directeur;
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.position()
                        + " head=" + d.headOfDelegation() + " in=" + d.checkedIn())
                .containsExactly("NOR Mme Ingrid LIE Conseillère, Mission permanente head=false in=true",
                        "NOR Per HOLM Chef de délégation, Directeur head=true in=false");
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsOnly("B/CN.44/2031/3");
    }

    @Test
    void aTitleSymbolThatCompletesTheFileNamesSessionNamesTheMeeting() {
        // the file name gives the series and year only; the title adds the report's number
        ParticipantList list = reader.readCsv("B_CN.44_2031_attendees.csv", """
                Example Board, 2031 session (B/CN.44/2031/7)
                Name,Position
                SWEDEN
                Ms. Eva BERG,Counsellor
                """);
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsExactly("B/CN.44/2031/7");
    }

    @Test
    void aCommaListKeepsItsCommasWhenItsLinesAreNotCutAlikeBySemicolons() {
        assertThat(TabularFile.delimiter("""
                ESTONIA
                Ms. Kai TAMM,"Adviser; Ministry of Justice"
                Mr. Mart SAAR,Counsellor
                """, cells -> false)).isEqualTo(',');
        assertThat(TabularFile.delimiter("""
                Meeting of the parties, fifth session, Nairobi;;
                Ms. Kai TAMM;Adviser, Ministry of Justice;yes
                Mr. Mart SAAR;Counsellor;no
                """, cells -> false)).isEqualTo(';');
    }

    @Test
    void aNoteBetweenTwoDelegationsIsReportedAndEndsNoGroup() {
        ParticipantList list = reader.readCsv("B_CN.44_2031_3_list.csv", """
                Name,Position
                PORTUGAL
                Ms. Rita SOUSA,Counsellor
                (Names in order of credentials received on 2 March 2031)
                Mr. Nuno PAIS,First Secretary
                Note: two further names are awaited from capitals.
                KENYA
                Mr. Otieno WERE,Ambassador
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName())
                .containsExactly("PRT Ms. Rita SOUSA", "PRT Mr. Nuno PAIS", "KEN Mr. Otieno WERE");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.severity())
                .containsExactly("line 4 SUMMARY_ROW INFO", "line 6 SUMMARY_ROW INFO");
    }

    @Test
    void aLineBetweenAsterisksUnderAHeaderIsANoteNotALegend() {
        ParticipantList list = reader.readCsv("B_CN.44_2031_3_list.csv", """
                Country,Name,Post
                Chile,Ms. Ana ROJAS,Minister
                ** Registrations made on site follow **
                Peru,Mr. Luis PAZ,Adviser
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code()).containsExactly("CHL", "PER");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.message())
                .containsExactly("line 3 SUMMARY_ROW " + Groups.NOTE);
    }

    @Test
    void aTitleLineAboveThePersonsIsNoNote() {
        ParticipantList list = reader.readCsv("B_CN.44_2031_3_list.csv", """
                Name,Position
                List of participants of the 12th meeting held on 3 May 2031.
                PORTUGAL
                Ms. Rita SOUSA,Counsellor
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).hasSize(1);
    }

    @Test
    void aHeadingThatSaysItsCategoryBeforeAColonNamesTheDelegation() {
        ParticipantList list = reader.readCsv("B_CN.44_2031_3_list.csv", """
                Name,Position
                URUGUAY
                Ms. Lía VIERA,Counsellor
                Observer State: State of Palestine
                Mr. Adel NASSAR,First Secretary
                Intergovernmental organization: African Union
                Ms. Amina BELLO,Senior Officer
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code())
                .containsExactly("URY", "PSE", "AU");
    }

    @Test
    void aPostAloneInItsColumnUnderAFinishedPostIsAPersonWithoutAName() {
        ParticipantList list = reader.readCsv("B_CN.44_2031_3_list.csv", """
                Nom,Fonction
                MALTE
                M. Karl BORG,"Économiste, Banque centrale"
                ,"Attaché, Direction des douanes"
                IRLANDE
                Mme Orla KEANE,Attachée
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.position())
                .containsExactly("MLT Économiste, Banque centrale", "IRL Attachée");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 4 REJECTED_ROW");
    }

    @Test
    void unEntitiesAreKnownByTheirFullFrenchAndSpanishNames() {
        ParticipantList list = reader.readCsv("B_CN.44_2031_3_list.csv", """
                Nom,Fonction
                HAUT-COMMISSARIAT DES NATIONS UNIES POUR LES RÉFUGIÉS
                Mme Lina HADDAD,Juriste
                Organización de las Naciones Unidas para el Desarrollo Industrial
                Sr. Pablo REY,Oficial
                "ORGANISATION DES NATIONS UNIES POUR L'ÉDUCATION, LA SCIENCE ET LA CULTURE"
                Mme Inès MOREL,Experte
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code()).containsExactly("UNHCR", "UNIDO", "UNESCO");
    }
}
