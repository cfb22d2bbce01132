package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;

/**
 * Delegations that name an organisation with something else or in another language: the United Nations with one of
 * its entities in brackets, a name in another language with a known acronym in brackets, an organisation's office
 * in brackets inside a bilingual heading, a type of organisation in French or Spanish, and States by their common
 * French or Spanish names.
 */
class OrganisationsAndOtherLanguagesTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    private static String summary(Delegate d) {
        return (d.entity().code().isEmpty() ? d.entity().name() : d.entity().code()) + " " + d.entity().type();
    }

    @Test
    void theUnitedNationsWithOneOfItsEntitiesInBracketsIsThatEntity() {
        ParticipantList list = reader.readCsv("UNODC_CCPCJ_EG.9_2027_2_list.csv", """
                Delegation;Name
                United Nations (Office on Drugs and Crime);Ms. Hana Novak
                Nations Unies (Programme des Nations Unies pour le développement);M. Paul Girard
                Ministry of Health (Ghana);Mr. Kwame Boateng
                """);
        assertThat(list.delegates()).extracting(OrganisationsAndOtherLanguagesTest::summary)
                .containsExactly("UNODC UN_ENTITY", "UNDP UN_ENTITY");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 4 " + FindingCode.REJECTED_ROW);
    }

    @Test
    void aNameInAnotherLanguageIsKnownByItsAcronymInBrackets() {
        ParticipantList list = reader.readCsv("TD_B_C.I_MEM.3_11_inscripciones.csv", """
                Delegación;Nombre
                Banco Africano de Importación y Exportación (Afreximbank);Sr. Tomás Ruiz
                Oficina Regional (Ghana);Sra. Elena Gil
                """);
        assertThat(list.delegates()).extracting(OrganisationsAndOtherLanguagesTest::summary)
                .containsExactly("Afreximbank IGO");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 3 " + FindingCode.REJECTED_ROW);
    }

    @Test
    void anOfficeInBracketsInsideABilingualHeadingIsItsOrganisation() {
        ParticipantList list = reader.readCsv("E_ESCWA_C.2_2027_5_Report_participants.csv", """
                Name / Nom,Title / Titre
                World Health Organization (Regional Office for the Eastern Mediterranean) / Organisation mondiale de la Santé,
                Dr. Amal NASSER,Head of Delegation – Regional Adviser
                """);
        assertThat(list.delegates()).extracting(d -> summary(d) + " " + d.headOfDelegation())
                .containsExactly("WHO UN_ENTITY true");
    }

    @Test
    void aTypeInFrenchOrSpanishKeepsAnOrganisationTheTablesDoNotList() {
        ParticipantList list = reader.readCsv("ICCD_COP(18)_L.2_inscrits.csv", """
                Délégation;Catégorie;Nom
                Réseau des femmes rurales du Sahel;Organisation non gouvernementale;Mme Awa Diop
                Red de Mujeres del Chaco;ONG;Sra. Ana Benítez
                Autorité du bassin du lac Tana;Organisation intergouvernementale;M. Yonas Bekele
                """);
        assertThat(list.delegates()).extracting(OrganisationsAndOtherLanguagesTest::summary).containsExactly(
                "Réseau des femmes rurales du Sahel " + EntityType.NGO, "Red de Mujeres del Chaco " + EntityType.NGO,
                "Autorité du bassin du lac Tana " + EntityType.IGO);
    }

    @Test
    void statesByTheirCommonFrenchOrSpanishNames() {
        ParticipantList list = reader.readCsv("CCM_MSP_2027_CRP.4_registro.csv", """
                Delegación;Nombre
                Bielorrusia;Sr. Pavel Novik
                Moldavie;M. Ion Rusu
                Corée du Sud;Mme Min-ji Park
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code()).containsExactly("BLR", "MDA", "KOR");
    }
}
