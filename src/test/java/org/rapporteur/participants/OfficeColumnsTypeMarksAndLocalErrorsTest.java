package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An office column under delegation headings, an organisation's type in brackets after its name, spreadsheet errors as
 * French Excel writes them, and a neutral honorific written without its dot.
 */
class OfficeColumnsTypeMarksAndLocalErrorsTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void anOfficeUnderAMinistryColumnIsNoDelegationWhereAHeadingNamesOne() {
        ParticipantList list = lists.readCsv("K_LM.4_2027_3_list.csv", """
                Salutation;Name;Position;Ministry / Organization
                CHILE;;;
                Mr.;Juan Soto;Counsellor;Permanent Mission of Chile
                Ms.;Ana Rojas;Prosecutor;Office of the Public Prosecutor
                GLOBAL FORUM FOR LAKES (NGO);;;
                Dr.;Lea Moser;Director;Global Forum for Lakes
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.entity().name() + " " + d.lastName())
                .containsExactly("CHL Chile Juan Soto", "CHL Chile Ana Rojas", " Global Forum for Lakes Lea Moser");
        assertThat(list.findings()).extracting(f -> f.location()).doesNotContain("line 3", "line 4", "line 6");
    }

    @Test
    void anOfficeUnderADelegationColumnIsStillAnUnknownDelegation() {
        ParticipantList list = lists.readCsv("K_LM.4_2027_3_list.csv", """
                Salutation;Name;Position;Delegation
                CHILE;;;
                Ms.;Ana Rojas;Prosecutor;Office of the Public Prosecutor
                """);
        assertThat(list.delegates()).isEmpty();
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).contains("line 3 REJECTED_ROW");
    }

    @Test
    void aTypeInBracketsAfterAnOrganisationsNameIsItsTypeNotItsName() {
        ParticipantList list = lists.readCsv("K_LM.4_2027_3_liste.csv", """
                Délégation;Nom;Fonction
                Association des juristes du lac (ONG);Mme Lea MOSER;Secrétaire
                Tunisie;Dr Hela BEN ALI;Experte
                Maroc;#VALEUR!;#VALEUR!
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().name() + "|" + d.entity().type() + "|" + d.title())
                .containsExactly("Association des juristes du lac|NGO|Mme", "Tunisia|MEMBER_STATE|Dr");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).containsExactly(
                "line 4 REJECTED_ROW");
    }
}
