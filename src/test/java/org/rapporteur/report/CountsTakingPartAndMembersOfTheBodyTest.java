package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.Finding;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Count sentences in the forms other bodies print: the counted "took part" or "participated" (after "In all,"), "12 of
 * the 15 members of the Committee", the body's members counted beside States, members who participated "as
 * observers", and WHO's "non-State actors". Each sentence is read on its own.
 */
class CountsTakingPartAndMembersOfTheBodyTest {

    private static final NameResolver RESOLVER = new NameResolver(ReferenceData.loadDefault());

    private static List<AttendanceCount> counts(String sentence) {
        List<Finding> findings = new ArrayList<>();
        return new AttendanceCounts(new EntityNames(RESOLVER, findings), findings).read(4, sentence)
                .map(AttendanceCounts.Counted::counts).orElse(List.of());
    }

    @Test
    void countsThatTookPartInAll() {
        assertThat(counts("In all, [forty-two] States Parties, five signatory States and nine States not parties took "
                + "part in the session, together with two United Nations entities and six non-governmental organizations."))
                .extracting(AttendanceCount::category, AttendanceCount::capacity, AttendanceCount::count,
                        AttendanceCount::provisional)
                .containsExactly(tuple(AttendanceCategory.MEMBER_STATE, Capacity.PARTY, 42, true),
                        tuple(AttendanceCategory.MEMBER_STATE, Capacity.SIGNATORY, 5, false),
                        tuple(AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 9, false),
                        tuple(AttendanceCategory.UN_ENTITY, null, 2, false),
                        tuple(AttendanceCategory.NGO, null, 6, false));
    }

    @Test
    void someOfAllTheMembersOfTheBodyAreStatesWhenRepresented() {
        assertThat(counts("The session was attended by representatives of 12 of the 15 members of the Bureau."))
                .extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactly(tuple(AttendanceCategory.MEMBER_STATE, 12));
    }

    @Test
    void membersOfTheBodyCountedBesideStatesAreStates() {
        assertThat(counts("The plenary was attended by the 30 Members of the Committee, 64 States not members of the "
                + "Committee and four intergovernmental organizations."))
                .extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactly(tuple(AttendanceCategory.MEMBER_STATE, 30), tuple(AttendanceCategory.MEMBER_STATE, 64),
                        tuple(AttendanceCategory.IGO, 4));
        // alone, the members of an expert body may be persons: no State count
        assertThat(counts("The session was attended by 14 members of the Committee."))
                .extracting(AttendanceCount::category).containsExactly(AttendanceCategory.OTHER);
    }

    @Test
    void membersWhoParticipatedAsObserversAreStatesAttendingAsObservers() {
        assertThat(counts("In addition, 18 members of the Coastal Authority participated in the session as observers."))
                .extracting(AttendanceCount::category, AttendanceCount::capacity, AttendanceCount::count)
                .containsExactly(tuple(AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 18));
    }

    @Test
    void nonStateActorsAreTheNonGovernmentalSide() {
        assertThat(counts("Representatives of 11 non-State actors in official relations with the secretariat attended "
                + "the session.")).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactly(tuple(AttendanceCategory.NGO, 11));
    }
}
