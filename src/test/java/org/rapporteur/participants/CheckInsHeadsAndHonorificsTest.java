package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a row says of its person in the words of other registration systems: a pass issued, a French "Pointage" or a
 * Spanish "Acreditación" as the check-in, dates written with the month's name, an "Honorific" column beside a "Title"
 * column that holds the job, a chief delegate as the head, and a job title under "Title" that says who heads.
 */
class CheckInsHeadsAndHonorificsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    private static String summary(Delegate d) {
        return d.entity().code() + " " + d.gender() + (d.headOfDelegation() ? " head" : "") + " " + d.checkedIn();
    }

    @Test
    void aPassIssuedOnAWrittenDateIsACheckInAndTheHonorificColumnIsNotTheTitle() {
        ParticipantList list = reader.readCsv("A_AC.99_2027_4_delegates.csv", """
                Delegation,Honorific,Name,Title,Position in delegation,Pass issued
                Norway,Ms.,"LUND, Karin",Legal Counsellor,Head of Delegation,3 Mar 2027
                Norway,Mr.,"LUND, Olaf",Attaché,Alternate Head of Delegation,not issued
                Nigeria,Mrs.,"OKAFOR, Ngozi",Minister,Head of Delegation,"March 4, 2027"
                Nigeria,Mr.,"OKAFOR, Emeka",Adviser,Adviser,
                Austria,Ms.,"BERGER, Ilse",Counsellor,Adviser,05-Mar-2027 14:20
                Austria,Dr.,"HUBER, Kurt",Counsellor,Adviser,4 avr. 2027
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(CheckInsHeadsAndHonorificsTest::summary).containsExactly(
                "NOR WOMAN head true", "NOR MAN false", "NGA WOMAN head true", "NGA MAN false", "AUT WOMAN true",
                "AUT UNKNOWN true");
    }

    @Test
    void aFrenchPointageAndASpanishAcreditacionAreCheckIns() {
        ParticipantList french = reader.readCsv("TD_B_C.II_9_inscrits.csv", """
                Civilité;NOM;Prénom;Délégation;Fonction dans la délégation;Pointage
                Mme;DIALLO;Awa;Sénégal;Cheffe de délégation;12/05/2027 08:30
                M.;FAYE;Ousmane;Sénégal;Conseiller;
                """);
        ParticipantList spanish = reader.readCsv("CCM_MSP_2027_CRP.2_registro.csv", """
                Tratamiento;Apellidos;Nombre;Delegación;Cargo en la delegación;Acreditación
                Sra.;Paredes;Lucía;Chile;Jefa de delegación;Sí
                Sr.;Soto;Mateo;Chile;Asesor;No
                """);
        assertThat(french.delegates()).extracting(CheckInsHeadsAndHonorificsTest::summary)
                .containsExactly("SEN WOMAN head true", "SEN MAN false");
        assertThat(spanish.delegates()).extracting(CheckInsHeadsAndHonorificsTest::summary)
                .containsExactly("CHL WOMAN head true", "CHL MAN false");
    }

    @Test
    void anAccreditationApprovedIsNoCheckInWhereABadgeColumnSaysWhoCame() {
        ParticipantList list = reader.readCsv("A_AC.88_2027_3_registrations.csv", """
                Delegation,Last name,First name,Salutation,Accreditation status,Badge status
                Kenya,Wanjiru,Grace,Ms,Approved,Collected
                Kenya,Otieno,Paul,Mr,Approved,Printed
                """);
        assertThat(list.delegates()).extracting(CheckInsHeadsAndHonorificsTest::summary)
                .containsExactly("KEN WOMAN true", "KEN MAN false");
    }

    @Test
    void aChiefDelegateHeadsTheDelegationAndHisDeputyDoesNot() {
        ParticipantList list = reader.readCsv("A_IGWG_7_3_participants.csv", """
                Member State,Title,Name,Delegation role
                Ghana,Mr.,Kofi ASANTE,Chief delegate
                Ghana,Ms.,Efua MENSAH,Deputy chief delegate
                Peru,Ms.,Rosa QUISPE,Leader of the delegation
                Peru,Mr.,Juan MAMANI,Delegate
                """);
        assertThat(list.delegates()).extracting(CheckInsHeadsAndHonorificsTest::summary).containsExactly(
                "GHA MAN head null", "GHA WOMAN null", "PER WOMAN head null", "PER MAN null");
    }

    @Test
    void aJobTitleUnderTitleSaysWhoHeadsWhereThereIsNoPositionColumn() {
        ParticipantList list = reader.readCsv("E_ESCWA_C.4_2027_8_participants.csv", """
                Country,Name,Title
                Jordan,Ms. Lina HADDAD,Head of Delegation – Director of Planning
                Jordan,Mr. Sami KHOURY,Deputy Head of Delegation
                Jordan,Mr. Omar SALEH,Engineer
                """);
        assertThat(list.delegates()).extracting(CheckInsHeadsAndHonorificsTest::summary).containsExactly(
                "JOR WOMAN head null", "JOR MAN null", "JOR MAN null");
    }
}
