package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * Counts before their verb in a sentence that goes on after it ("… took part in the session as observers, and the
 * Committee thanked them …", "… participated as observers; their names …"), and a count of States followed by "and
 * for non-member States", another item that does not take the count.
 */
class CountsBeforeAnotherClauseTest {

    @Test
    void everyCountAsPrintedWithItsCategoryAndCapacity() {
        assertThat(parse("counts-before-another-clause-and-a-repeated-for.txt").attendance())
                .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(1, AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 24),
                        tuple(2, AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 11),
                        tuple(3, AttendanceCategory.IGO, Capacity.OBSERVER, 6),
                        tuple(4, AttendanceCategory.NGO, Capacity.OBSERVER, 19));
    }
}
