package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Attendance given by the persons who represented each delegation: a Word table of a State and its representative a
 * row, ministers with their titles naming their State, and heads of delegation after their State and a colon.
 */
class DelegationsNamedByTheirRepresentativesTest {

    private final ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private MeetingReport parse(String body) {
        return parser.parse("delegations.txt", """
                 United Nations E/CN.99/2031/4
                 Distr.: General
                 Original: English
                 Regional Preparatory Meeting
                 Report of the Regional Preparatory Meeting, held in Lima from 3 to 5 March 2031
                  I. Organization of the meeting
                """ + body);
    }

    private static List<String> represented(MeetingReport report) {
        return report.participation().stream().filter(p -> p.role() == Role.REPRESENTED)
                .map(p -> p.paragraph() + " " + (p.entity().code().isEmpty() ? p.entity().name() : p.entity().code()))
                .toList();
    }

    @Test
    void aTableOfStatesAndTheirRepresentativesNamesTheStates() {
        MeetingReport report = parse("""
                1.\tThe meeting was attended by the following States, as listed in the table below:
                Country\tHead of delegation
                Peru\tMr. Hugo Salas Ortiz, Vice-Minister of Justice, Ministry of Justice
                Ecuador\tMs. Lucia Andrade, Director of International Cooperation
                Paraguay
                Honduras\tMr. Carlos Meza, Attorney General
                2.\tThe meeting adopted its agenda.
                """);
        assertThat(represented(report)).containsExactly("1 PER", "1 ECU", "1 PRY", "1 HND");
    }

    @Test
    void ministersWithTheirTitlesStandForTheStateTheTitleNames() {
        MeetingReport report = parse("""
                1.\tThe following ministers attended the meeting: H.E. Mr. Omar Diallo, Minister of the Interior and
                Public Security of Mali; H.E. Ms. Grace Banda, Attorney General and Minister of Justice of Malawi;
                Mr. Tariq Aziz Noor, Deputy Minister of Justice, Keeper of the Seals, of the Niger.
                """);
        assertThat(represented(report)).containsExactly("1 MLI", "1 MWI", "1 NER");
    }

    @Test
    void headsOfDelegationAfterTheirStateAndAColon() {
        MeetingReport report = parse("""
                1.\tThe other States were represented by the following heads of delegation: Zambia: Mr. Joseph
                Phiri, Ambassador to Ethiopia and Permanent Representative to the African Union; the Congo: Ms. Aline
                Ngoma, Director of Judicial Affairs; Botswana: Mr. Kabo Seretse, Director of Public Prosecutions.
                """);
        assertThat(represented(report)).containsExactly("1 ZMB", "1 COG", "1 BWA");
    }

    @Test
    void aPersonWhoseTitleNamesNoKnownStateIsAFindingNotARow() {
        MeetingReport report = parse("""
                1.\tThe following ministers attended the meeting: H.E. Mr. Omar Diallo, Minister of Justice of Mali;
                H.E. Ms. Rina Vos, Minister of Justice of the Federation.
                """);
        assertThat(represented(report)).containsExactly("1 MLI");
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNKNOWN_ENTITY);
            assertThat(f.message()).contains("H.E. Ms. Rina Vos, Minister of Justice of the Federation");
        });
    }
}
