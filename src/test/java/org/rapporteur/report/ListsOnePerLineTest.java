package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.locations;
import static org.rapporteur.report.ReportFixturesTest.paragraph;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.FindingCode;

/**
 * Lists printed one name per line under the sentence that introduces them (Word and PDF reports print attendance and
 * officers so): each line is one item, across a page break, whatever commas and "and" the names hold; sub-headings are
 * no names, and prose or a comma list wrapped after a colon stays as it was.
 */
class ListsOnePerLineTest {

    private static final String LISTS = "lists-printed-one-name-per-line.txt";

    private static String code(Participation p) {
        return p.entity().code();
    }

    @Test
    void statesOnePerLineUnderABracketedCountAcrossAPageBreak() {
        assertThat(rows(parse(LISTS), Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 1)
                .extracting(ListsOnePerLineTest::code, Participation::capacity)
                .containsExactly(tuple("BTN", Capacity.MEMBER), tuple("BOL", Capacity.MEMBER),
                        tuple("KGZ", Capacity.MEMBER), tuple("LSO", Capacity.MEMBER), tuple("NPL", Capacity.MEMBER),
                        tuple("TTO", Capacity.MEMBER));
        assertThat(parse(LISTS).attendance()).filteredOn(a -> a.paragraph() == 1)
                .extracting(AttendanceCount::count, AttendanceCount::provisional, AttendanceCount::basis)
                .containsExactly(tuple(6, true, AttendanceCount.Basis.PRINTED));
    }

    @Test
    void organisationsWhoseNamesHoldAndOrACommaAreOneItemEach() {
        assertThat(rows(parse(LISTS), Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 2)
                .extracting(ListsOnePerLineTest::code, Participation::nameAsWritten)
                .containsExactly(tuple("FAO", "Food and Agriculture Organization of the United Nations"),
                        tuple("UNESCO", "United Nations Educational, Scientific and Cultural Organization"),
                        tuple("SCBD", "secretariat of the Convention on Biological Diversity"));
    }

    @Test
    void subHeadingsOfConsultativeStatusAreNoNamesAndThePlaceholderIsFlagged() {
        assertThat(rows(parse(LISTS), Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 3)
                .extracting(Participation::nameAsWritten).containsExactly("Highland Farmers Union");
        assertThat(locations(parse(LISTS), FindingCode.PLACEHOLDER)).contains("paragraph 3");
    }

    @Test
    void proseAndACommaListWrappedAfterAColonStayAsPrinted() {
        assertThat(paragraph(parse(LISTS), 4).text()).isEqualTo("The following statement was read out by the Chair: "
                + "the Commission recalled its earlier decisions on glacier monitoring and invited States to report on "
                + "the measures taken under them at its next session.");
        assertThat(rows(parse(LISTS), Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 6)
                .extracting(ListsOnePerLineTest::code, Participation::capacity)
                .containsExactly(tuple("CHL", Capacity.OBSERVER), tuple("PER", Capacity.OBSERVER),
                        tuple("CHE", Capacity.OBSERVER), tuple("AUT", Capacity.OBSERVER));
    }

    @Test
    void officersUnderLabelsOnLinesOfTheirOwn() {
        assertThat(parse(LISTS).participation()).filteredOn(p -> p.paragraph() == 5)
                .extracting(Participation::role, Participation::person, ListsOnePerLineTest::code)
                .containsExactly(tuple(Role.CHAIR, "Dorji Wangchuk", "BTN"),
                        tuple(Role.OFFICER, "Aigerim Sadykova", "KGZ"), tuple(Role.OFFICER, "Thabo Mokoena", "LSO"));
    }
}
