package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * An annex whose attendance comes in numbered paragraphs of its own (numbered from 1 again): each is read as a
 * report's paragraph is, in paragraph 0: States in two columns continued on a line that fills only the second, a
 * list wrapped as prose after "at the session:", a consultative-status sub-heading with a colon, and the footnote of
 * the annex's title left out.
 */
class AttendanceInNumberedParagraphsOfAnAnnexTest {

    private static final String ANNEX = "attendance-in-numbered-paragraphs-of-an-annex.txt";

    @Test
    void everyListOfTheAnnexIsReadInParagraphZero() {
        assertThat(rows(parse(ANNEX), Role.REPRESENTED))
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::category)
                .containsExactly(tuple(0, "BEN", AttendanceCategory.MEMBER_STATE),
                        tuple(0, "LVA", AttendanceCategory.MEMBER_STATE), tuple(0, "CPV", AttendanceCategory.MEMBER_STATE),
                        tuple(0, "MLT", AttendanceCategory.MEMBER_STATE), tuple(0, "DOM", AttendanceCategory.MEMBER_STATE),
                        tuple(0, "OMN", AttendanceCategory.MEMBER_STATE), tuple(0, "FJI", AttendanceCategory.MEMBER_STATE),
                        tuple(0, "URY", AttendanceCategory.MEMBER_STATE), tuple(0, "YEM", AttendanceCategory.MEMBER_STATE),
                        tuple(0, "PSE", AttendanceCategory.OBSERVER_STATE),
                        tuple(0, "IMO", AttendanceCategory.SPECIALIZED_AGENCY),
                        tuple(0, "UPU", AttendanceCategory.SPECIALIZED_AGENCY),
                        tuple(0, "", AttendanceCategory.NGO), tuple(0, "", AttendanceCategory.NGO));
    }

    @Test
    void theSubHeadingAndTheFootnoteAreNoNames() {
        assertThat(rows(parse(ANNEX), Role.REPRESENTED)).filteredOn(p -> p.category() == AttendanceCategory.NGO)
                .extracting(Participation::nameAsWritten)
                .containsExactly("Harbour Workers Alliance", "Ocean Freight Forum");
    }

    @Test
    void theAnnexCountsAreItsLists() {
        assertThat(parse(ANNEX).attendance())
                .extracting(AttendanceCount::category, AttendanceCount::count, AttendanceCount::basis)
                .containsExactly(tuple(AttendanceCategory.MEMBER_STATE, 9, AttendanceCount.Basis.LIST),
                        tuple(AttendanceCategory.OBSERVER_STATE, 1, AttendanceCount.Basis.LIST),
                        tuple(AttendanceCategory.SPECIALIZED_AGENCY, 2, AttendanceCount.Basis.LIST),
                        tuple(AttendanceCategory.NGO, 2, AttendanceCount.Basis.LIST));
    }
}
