package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/** Panellists named with a title that ends in their State or organisation instead of a bracket; never dropped. */
class PanellistsByTitleTest {

    static final String TITLES = "panellists-named-with-titles.txt";
    static final String UNKNOWN_ORGANISATIONS = "panellists-from-unknown-organisations.txt";
    static final String HONORIFICS = "panellists-with-honorifics-and-titles.txt";
    static final String PRESENTATIONS = "panellists-after-presentations-and-a-moderator.txt";

    @Test
    void thePersonBeforeTheCommaAndTheStateOrOrganisationThatEndsTheTitle() {
        assertThat(rows(parse(TITLES), Role.PANELLIST))
                .extracting(Participation::paragraph, Participation::person, p -> p.entity().code())
                .containsExactly(tuple(1, "Amal Haddad", "JOR"), tuple(1, "Piotr Nowak", "POL"),
                        tuple(1, "Ruth Kimani", "WHO"), tuple(1, "Tomás Ferreira", "BRA"),
                        tuple(2, "Lina Sorensen", "DNK"), tuple(2, "Kofi Mensah", "GHA"), tuple(2, "Sione Vea", ""));
    }

    @Test
    void aPanellistOfAnOrganisationTheTablesDoNotKnowIsKeptAsWrittenAndReported() {
        MeetingReport report = parse(UNKNOWN_ORGANISATIONS);
        assertThat(rows(report, Role.PANELLIST))
                .extracting(Participation::person, Participation::nameAsWritten, p -> p.entity().code())
                .containsExactly(tuple("Mei Lin", "Harbour Trade Institute", ""),
                        tuple("Dmitri Volkov", "Head of Forecasting of the Northern Weather Bureau", ""),
                        tuple("Ana Costa", "Portugal", "PRT"));
        assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.UNKNOWN_ENTITY)
                .extracting(Finding::message).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("Harbour Trade Institute"))
                .anySatisfy(m -> assertThat(m).contains("Northern Weather Bureau"));
    }

    @Test
    void thePersonIsTheNameWithoutHonorificAndATitleMayEndInABracketedState() {
        assertThat(rows(parse(HONORIFICS), Role.PANELLIST))
                .extracting(Participation::paragraph, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(1, "Rosa Quintero Lagos", "URY"), tuple(1, "Tarek Mansour", "EGY"),
                        tuple(1, "Ilse Brandt", "DEU"), tuple(1, "Adjoa Owusu", "GHA"),
                        tuple(2, "Pavel Dvořák", "CZE"), tuple(2, "Nadia Rahimi", "NLD"),
                        tuple(2, "Ama Boateng", "GHA"), tuple(2, "Luis Ortega", "CHL"));
    }

    @Test
    void aStateInsideALongerNameIsNoPanellistsStateAndATreatysSecretariatIsASpeakerBeforeTheNextOne() {
        MeetingReport report = parse("names-inside-longer-names.txt");
        assertThat(report.participation()).filteredOn(p -> p.role() == Role.PANELLIST)
                .extracting(Participation::person, p -> p.entity().code(), Participation::nameAsWritten)
                .containsExactly(tuple("Tala Afamasaga", "",
                                "Deputy Governor of American Samoa"),
                        tuple("Jorge Ruiz Paredes", "PER", "Peru"),
                        tuple("Mele Tupou", "SPC", "Pacific Community"));
        assertThat(report.participation()).filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(Participation::paragraph, Participation::nameAsWritten)
                .containsExactly(tuple(2, "the secretariat of the Ramsar Convention on Wetlands"),
                        tuple(2, "Wetland Youth Network"));
    }

    @Test
    void presentersAfterPresentationsWereMadeByAndTheModeratorIsNoPanellist() {
        assertThat(ReportFixturesTest.rows(ReportFixturesTest.parse(PRESENTATIONS), Role.PANELLIST))
                .extracting(Participation::person, p -> p.entity().code(), Participation::nameAsWritten)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Noor Rahimi", "AFG", "Afghanistan"),
                        org.assertj.core.api.Assertions.tuple("Kofi Mensah-Bonsu", "GHA", "Ghana"),
                        org.assertj.core.api.Assertions.tuple("Lea Brunner", "", "Rural Solar Network"));
    }
}
