package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * "A total of 64 States took part …, of which 58 were States Parties and 6 were signatory States, as shown in …": the
 * parts are the printed counts, the total (several kinds together) none; "Two regional organizations … attended":
 * intergovernmental organizations.
 */
class ATotalOfWhichAndRegionalOrganizationsCountedTest {

    static final String REPORT = "a-total-of-which-and-regional-organizations-counted.txt";

    @Test
    void thePartsOfATotalAndRegionalOrganizationsAsIntergovernmental() {
        assertThat(parse(REPORT).attendance()).extracting(AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count, AttendanceCount::basis)
                .containsExactlyInAnyOrder(
                        tuple(AttendanceCategory.MEMBER_STATE, Capacity.PARTY, 58, AttendanceCount.Basis.PRINTED),
                        tuple(AttendanceCategory.MEMBER_STATE, Capacity.SIGNATORY, 6, AttendanceCount.Basis.PRINTED),
                        tuple(AttendanceCategory.IGO, Capacity.OBSERVER, 2, AttendanceCount.Basis.PRINTED),
                        tuple(AttendanceCategory.NGO, Capacity.OBSERVER, 5, AttendanceCount.Basis.PRINTED));
    }
}
