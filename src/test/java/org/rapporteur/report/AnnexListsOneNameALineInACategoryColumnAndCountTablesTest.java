package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * Attendance in an annex: a heading line and its names one a line up to the next heading (a known name holding
 * "States" is a name, a line before a table the table's title); a table of counts under a "Category … Number" header
 * row, to its "Total"; an annex lettered and titled on one line ("ANNEX A. …") whose table prints the category in a
 * first column, on its first row only.
 */
class AnnexListsOneNameALineInACategoryColumnAndCountTablesTest {

    static final String ONE_A_LINE = "annex-lists-one-name-a-line-and-a-table-of-counts.txt";
    static final String CATEGORY_COLUMN = "lettered-annex-with-a-category-column.txt";

    @Test
    void namesOneALineUnderTheirHeadingsUpToTheNextHeadingOrTable() {
        assertThat(rows(parse(ONE_A_LINE), Role.REPRESENTED)).extracting(Participation::nameAsWritten)
                .containsExactlyInAnyOrder("Ecuador", "Mali", "Nepal", "Tonga", "State of Palestine",
                        "African Union", "Commonwealth of Independent States", "Reservoir Watch Network");
    }

    @Test
    void aTableOfCountsInTheAnnexGivesPrintedCountsWithoutItsTotal() {
        assertThat(parse(ONE_A_LINE).attendance()).filteredOn(c -> c.basis() == AttendanceCount.Basis.PRINTED)
                .extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, 4), tuple(AttendanceCategory.NGO, 1));
    }

    @Test
    void aLetteredAnnexWithItsTitleAndACategoryColumnPrintedOnItsFirstRowOnly() {
        assertThat(rows(parse(CATEGORY_COLUMN), Role.REPRESENTED)).extracting(p -> p.entity().code(),
                        Participation::capacity)
                .containsExactlyInAnyOrder(tuple("BOL", Capacity.PARTY), tuple("EST", Capacity.PARTY),
                        tuple("LSO", Capacity.PARTY), tuple("MYS", Capacity.SIGNATORY),
                        tuple("OMN", Capacity.SIGNATORY), tuple("AU", null), tuple("ECOWAS", null));
    }
}
