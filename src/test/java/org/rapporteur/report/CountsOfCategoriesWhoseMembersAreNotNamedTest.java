package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * A category the report counts without naming its members ("Representatives of 7 intergovernmental organizations also
 * attended"), one whose number is still a draft's placeholder, and a listed category: each is a count of its own,
 * with how many of those counted the report names, so that no category is lost from the attendance tables for want of
 * names; and the sentence each fact comes from.
 */
class CountsOfCategoriesWhoseMembersAreNotNamedTest {

    private static final String REPORT = "counts-of-categories-whose-members-are-not-named.txt";

    @Test
    void everyCategoryCountedHasACountWithHowManyOfItsMembersAreNamed() {
        assertThat(parse(REPORT).attendance())
                .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count, AttendanceCount::basis, AttendanceCount::named)
                .containsExactly(
                        tuple(1, AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 4, AttendanceCount.Basis.LIST, 4),
                        tuple(2, AttendanceCategory.IGO, null, 7, AttendanceCount.Basis.PRINTED, 0),
                        tuple(3, AttendanceCategory.NGO, Capacity.OBSERVER, 0, AttendanceCount.Basis.PLACEHOLDER, 0),
                        tuple(4, AttendanceCategory.ACADEMIA, null, 12, AttendanceCount.Basis.PRINTED, 0));
    }

    @Test
    void aPlaceholderCountIsProvisionalAndStillFlaggedAsOne() {
        MeetingReport report = parse(REPORT);
        assertThat(report.attendance()).filteredOn(c -> c.basis() == AttendanceCount.Basis.PLACEHOLDER)
                .extracting(AttendanceCount::provisional).containsExactly(true);
        assertThat(ReportFixturesTest.locations(report, org.rapporteur.quality.FindingCode.PLACEHOLDER))
                .containsExactly("paragraph 3");
    }

    @Test
    void eachRowAndCountNamesTheSentenceItComesFromAsPositionsCountThem() {
        MeetingReport report = parse("rows-traced-to-their-sentence.txt");
        assertThat(report.participation())
                .extracting(p -> p.role() + " " + p.entity().code() + " " + p.paragraph() + "." + p.sentence())
                .contains("CHAIR NGA 1.2", "STATEMENT FJI 2.2", "STATEMENT URY 2.2", "STATEMENT AUT 2.2",
                        "STATEMENT VAT 2.3", "REPRESENTED ILO 3.3", "REPRESENTED WHO 3.3");
        assertThat(report.attendance())
                .extracting(c -> c.category() + " " + c.count() + " " + c.basis() + " " + c.named() + " "
                        + c.paragraph() + "." + c.sentence())
                .containsExactly("MEMBER_STATE 31 PRINTED 0 3.2", "SPECIALIZED_AGENCY 2 LIST 2 3.3");
    }

    @Test
    void aRowsSentenceHoldsItsNameAsWholeWordsAndSaysWhatItsRoleDid() {
        // Mali is elected in the first sentence and speaks in the second; "Niger" is no part of "Nigeria"
        assertThat(parse("rows-traced-to-their-sentence.txt").participation())
                .filteredOn(p -> p.paragraph() == 4 && p.role() == Role.STATEMENT)
                .extracting(p -> p.entity().code() + " " + p.sentence())
                .containsExactlyInAnyOrder("MLI 2", "NGA 2", "NER 2");
    }
}
