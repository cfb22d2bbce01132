package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Officers elected with a title that ends in their State ("X, Director-General of the Police of Chile, as Chair"),
 * officers listed as "X of State" with their office after a comma ("A of Peru and B of Chile, Vice-Chairs; and C of
 * Ghana, Rapporteur"), and the Secretary-General of the meeting itself ("of the Conference"), who is no participant.
 */
class OfficersByTitleOrOfTheirStateAndTheConferencesOwnOfficialsTest {

    private final ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private MeetingReport parse(String body) {
        return parser.parse("officers.txt", """
                 United Nations A/CONF.777/PM.3/1
                 Distr.: General
                 Original: English
                 Preparatory Meeting
                 Report of the Preparatory Meeting on its third session, held in Lima from 3 to 5 June 2031
                  I. Organization of the session
                """ + body);
    }

    @Test
    void anOfficerElectedWithATitleEndingInTheirStateIsThatStatesOfficer() {
        MeetingReport report = parse("""
                1. At its opening meeting, the Meeting elected by acclamation Rosa Quispe Mamani, Director-General of
                the National Police of Peru, as Chair.
                """);
        assertThat(report.participation()).extracting(p -> p.role() + " " + p.person() + " " + p.entity().code())
                .containsExactly("CHAIR Rosa Quispe Mamani PER");
    }

    @Test
    void officersOfTheirStateWithTheOfficeAfterACommaAreEachTheirStates() {
        MeetingReport report = parse("""
                1. The Meeting then elected the other officers: Jonas Berg of Norway and Amina Diallo of Senegal,
                Vice-Chairs; and Tevita Lolo of Tonga, Rapporteur.
                """);
        assertThat(report.participation()).extracting(p -> p.role() + " " + p.person() + " " + p.entity().code())
                .containsExactly("OFFICER Jonas Berg NOR", "OFFICER Amina Diallo SEN", "OFFICER Tevita Lolo TON");
    }

    @Test
    void theSecretaryGeneralOfTheConferenceAndTheirRepresentativeAreNoParticipant() {
        MeetingReport report = parse("""
                1. A representative of the Secretary-General of the Conference made a statement, as did the
                representative of Chile.
                """);
        assertThat(report.participation()).extracting(p -> p.role() + " " + p.entity().code())
                .containsExactly("STATEMENT CHL");
        assertThat(report.findings()).noneMatch(f -> f.message().contains("Conference"));
    }
}
