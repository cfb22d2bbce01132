package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/** Forms an outside probe found misread: numbers over a hundred, observer States, names with particles, agencies. */
class ReportFormsProbeTest {

    private final ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private MeetingReport parse(String body) {
        return parser.parse("probe.txt", """
                 United Nations A/AC.300/2023/3
                 Distr.: General
                 Original: English
                 Ad Hoc Committee
                 Report of the Ad Hoc Committee on its second session, held in New York from 9 to 20 January 2023
                  I. Organization of the session
                """ + body);
    }

    @Test
    void aHundredAndTwelveIsOneNumber() {
        MeetingReport report = parse("""
                1. The session was attended by representatives of one hundred and twelve Member States and
                three intergovernmental organizations.
                """);
        assertThat(report.attendance()).extracting(a -> a.category() + " " + a.count())
                .containsExactly("MEMBER_STATE 112", "IGO 3");
    }

    @Test
    void specializedAgenciesAndProgrammesAreKnownAndNotSplitAtTheirAnd() {
        MeetingReport report = parse("""
                1. Statements were made by the representatives of the Food and Agriculture Organization of the United
                Nations, the World Health Organization and the United Nations Environment Programme.
                """);
        assertThat(report.participation()).extracting(p -> p.role() + " " + p.entity().code())
                .containsExactly("STATEMENT FAO", "STATEMENT WHO", "STATEMENT UNEP");
    }

    @Test
    void officersWithNameParticlesAreKept() {
        MeetingReport report = parse("""
                1. The following officers were elected by acclamation:
                Chair: Ana Lucía dos Santos (Brazil)
                Vice-Chairs: Pieter van der Berg (Netherlands) and João Carlos dos Anjos (Portugal)
                """);
        assertThat(report.participation()).extracting(p -> p.role() + " " + p.entity().code() + " " + p.person())
                .containsExactly("CHAIR BRA Ana Lucía dos Santos", "OFFICER NLD Pieter van der Berg",
                        "OFFICER PRT João Carlos dos Anjos");
    }

    @Test
    void aStateWhoseNameHoldsAndKeepsItWhenItSpeaksForAGroupAndObserversAreNamedForTheirState() {
        MeetingReport report = parse("""
                1. Statements were made by the representatives of Antigua and Barbuda (on behalf of the Alliance of
                Small Island States), Bosnia and Herzegovina (on behalf of the Group of Eastern European States),
                Brazil and Japan, and by the observer for the State of Palestine.
                """);
        assertThat(report.participation()).filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(p -> p.entity().code() + (p.onBehalfOf().isEmpty() ? "" : " for " + p.onBehalfOf()))
                .containsExactly("ATG for Alliance of Small Island States", "AOSIS",
                        "BIH for Group of Eastern European States", "EASTERN_EUROPEAN_GROUP", "BRA", "JPN", "PSE");
        assertThat(report.findings()).noneSatisfy(f -> assertThat(f.code().name()).isEqualTo("UNKNOWN_ENTITY"));
    }

    @Test
    void theAttendanceOfAnEarlierMeetingRecountedInTheIntroductionIsNotAddedIn() {
        MeetingReport report = parse("""
                1. The first session of the Ad Hoc Committee was attended by representatives of 64 Member States and
                2 intergovernmental organizations.
                  II. Attendance
                2. The second session was attended by representatives of thirty-one Member States and
                4 intergovernmental organizations.
                """);
        assertThat(report.attendance()).extracting(a -> a.category() + " " + a.count() + " #" + a.paragraph())
                .containsExactlyInAnyOrder("MEMBER_STATE 31 #2", "IGO 4 #2");
    }

    @Test
    void aSessionAcrossTheYearsEndEndsInTheNewYear() {
        assertThat(DateExpressions.findAll("held in Nairobi from 28 December 2022 to 3 January 2023."))
                .extracting(d -> d.date().toString()).containsExactly("2022-12-28", "2023-01-03");
        assertThat(DateExpressions.findAll("from 27 to 29 March 2019 and on 3 April 2019"))
                .extracting(d -> d.date().toString()).containsExactly("2019-03-27", "2019-03-29", "2019-04-03");
        MeetingReport report = parser.parse("probe.txt", """
                 United Nations UNEP/EA.6/2
                 Distr.: General
                 Original: English
                 United Nations Environment Assembly
                 Report of the United Nations Environment Assembly on its sixth session, held in Nairobi from
                 28 December 2022 to 3 January 2023
                  I. Organization of the session
                1. The session was attended by representatives of 150 Member States.
                """);
        assertThat(List.of(String.valueOf(report.startDate()), String.valueOf(report.endDate())))
                .containsExactly("2022-12-28", "2023-01-03");
    }

    @Test
    void aCommissionsMembersAndTheObserversAlsoAttendingAreCountedAsPrinted() {
        MeetingReport report = parse("""
                1. The session was attended by representatives of 52 States members of the Commission.
                Also attending were observers for ninety-eight other States Members of the United Nations, two
                non-member States, 14 United Nations entities, 21 intergovernmental organizations and 76
                non-governmental organizations.
                """);
        // each count as the report prints it: the members, and the other States attending as observers
        assertThat(report.attendance()).extracting(a -> a.category() + " " + a.capacity() + " " + a.count())
                .containsExactlyInAnyOrder("MEMBER_STATE MEMBER 52", "MEMBER_STATE OBSERVER 98",
                        "OBSERVER_STATE OBSERVER 2", "UN_ENTITY OBSERVER 14", "IGO OBSERVER 21", "NGO OBSERVER 76");
    }

    @Test
    void theGeneralAssemblysSessionOnTheCoverIsNotTheCommitteesSession() {
        MeetingReport report = parser.parse("probe.txt", """
                 A/77/41
                 United Nations
                 Report of the Ad Hoc Committee on the Elaboration of a Convention
                 General Assembly
                 Official Records
                 Seventy-seventh session
                 Supplement No. 41
                 Report of the Ad Hoc Committee on its second session, held in New York from 30 May to 10 June 2022
                  I. Organization of the session
                1. The session was attended by representatives of 120 Member States.
                """);
        assertThat(report.sessionNumber()).isEqualTo(2);
    }

    @Test
    void officersElectedByAcclamationInRunningTextKeepTheirOwnOffices() {
        MeetingReport report = parse("""
                1. At its 1st meeting, on 9 January 2023, the Ad Hoc Committee elected by acclamation Maria Rossi
                (Italy) as Chair, and Tan Wei Ming (Singapore) and Fatima Zahra Benali (Morocco) as Vice-Chairs.
                """);
        assertThat(report.participation()).extracting(p -> p.role() + " " + p.entity().code() + " " + p.person())
                .containsExactly("CHAIR ITA Maria Rossi", "OFFICER SGP Tan Wei Ming", "OFFICER MAR Fatima Zahra Benali");
    }

    @Test
    void aSessionUnderTheChairmanshipOfSomeoneHasThatChair() {
        MeetingReport report = parse("""
                1. The session was opened under the chairmanship of Kwame Mensah (Ghana).
                """);
        assertThat(report.participation()).extracting(p -> p.role() + " " + p.entity().code() + " " + p.person())
                .containsExactly("CHAIR GHA Kwame Mensah");
    }
}
