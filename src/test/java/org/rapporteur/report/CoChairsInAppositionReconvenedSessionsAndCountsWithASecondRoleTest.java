package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * "opened by the Co-Chairs of the Working Group, A (X) and B (Y)": both Chairs; "Also in attendance were observers for
 * 12 other States …, as well as representatives of 4 United Nations entities …": the observers' capacity stops where
 * the second role begins; "held its resumed second session in Geneva on …", "held its reconvened fourteenth session in
 * Vienna on …": the dates and the venue.
 */
class CoChairsInAppositionReconvenedSessionsAndCountsWithASecondRoleTest {

    static final String CO_CHAIRS = "co-chairs-in-apposition-and-counts-in-attendance-with-a-second-role.txt";
    static final String RECONVENED = "a-reconvened-session-held-in-a-city.txt";

    @Test
    void coChairsInAppositionJoinedByAndAreBothChairs() {
        assertThat(parse(CO_CHAIRS).participation()).filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "NOR", "Ingrid Berg"),
                        tuple(Role.CHAIR, "PAK", "Tariq Aziz Khan"));
    }

    @Test
    void countsInAttendanceTakeTheCapacityOfTheirOwnPart() {
        assertThat(parse(CO_CHAIRS).attendance()).filteredOn(c -> c.basis() == AttendanceCount.Basis.PRINTED)
                .extracting(AttendanceCount::category, AttendanceCount::capacity, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 30),
                        tuple(AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 12),
                        tuple(AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 1),
                        tuple(AttendanceCategory.UN_ENTITY, null, 4),
                        tuple(AttendanceCategory.NGO, null, 9));
    }

    @Test
    void aResumedOrReconvenedSessionHeldInACityGivesItsDatesAndVenue() {
        MeetingReport resumed = parse(CO_CHAIRS);
        assertThat(resumed.startDate()).isEqualTo(LocalDate.of(2031, 6, 3));
        assertThat(resumed.endDate()).isEqualTo(LocalDate.of(2031, 6, 4));
        assertThat(resumed.venue()).isEqualTo("Geneva");
        MeetingReport reconvened = parse(RECONVENED);
        assertThat(reconvened.startDate()).isEqualTo(LocalDate.of(2031, 12, 11));
        assertThat(reconvened.venue()).isEqualTo("Vienna");
    }
}
