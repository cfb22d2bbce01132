package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * Lists printed as tables: names in columns (a plain-text page spaces them out, a Word table or a text saved from Word
 * puts a tab between them), a row label before the lists of its row, and panellists as a name and a description in
 * two cells or one per line with commas. Each cell is an item; the row label is no name. And one name per line with
 * an item wrapped inside its bracket onto the next line: still one item.
 */
class ListsInColumnsAndTablesTest {

    private static final String TABLES = "lists-printed-in-columns-and-tables.txt";

    private static String code(Participation p) {
        return p.entity().code();
    }

    @Test
    void namesInTwoColumnsSpacedOutOnAPlainTextPageAreOneItemEach() {
        assertThat(rows(parse(TABLES), Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 1)
                .extracting(ListsInColumnsAndTablesTest::code, Participation::capacity)
                .containsExactly(tuple("ARM", Capacity.MEMBER), tuple("MNG", Capacity.MEMBER),
                        tuple("BOL", Capacity.MEMBER), tuple("NPL", Capacity.MEMBER), tuple("TCD", Capacity.MEMBER),
                        tuple("PRY", Capacity.MEMBER), tuple("KGZ", Capacity.MEMBER));
    }

    @Test
    void namesInTabbedCellsAreOneItemEach() {
        assertThat(rows(parse(TABLES), Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 2)
                .extracting(ListsInColumnsAndTablesTest::code, Participation::capacity)
                .containsExactly(tuple("AUT", Capacity.OBSERVER), tuple("BTN", Capacity.OBSERVER),
                        tuple("MLI", Capacity.OBSERVER), tuple("NER", Capacity.OBSERVER),
                        tuple("RWA", Capacity.OBSERVER), tuple("UZB", Capacity.OBSERVER));
    }

    @Test
    void aRowLabelBeforeCommaListsIsNoName() {
        assertThat(rows(parse(TABLES), Role.REPRESENTED)).filteredOn(p -> p.paragraph() == 3)
                .extracting(ListsInColumnsAndTablesTest::code)
                .containsExactly("GHA", "ZMB", "FJI", "LAO", "VNM");
    }

    @Test
    void panellistsAsANameAndADescriptionInTwoCells() {
        assertThat(rows(parse(TABLES), Role.PANELLIST)).filteredOn(p -> p.paragraph() == 4)
                .extracting(Participation::person, ListsInColumnsAndTablesTest::code)
                .containsExactlyInAnyOrder(tuple("Oyuna Batbold", "MNG"), tuple("Idriss Mahamat", "TCD"),
                        tuple("Ruth Kalinda", ""), tuple("Paulo Lima", "BRA"));
    }

    @Test
    void panellistsOnePerLineWithCommasInTheirTitles() {
        assertThat(rows(parse(TABLES), Role.PANELLIST)).filteredOn(p -> p.paragraph() == 5)
                .extracting(Participation::person, ListsInColumnsAndTablesTest::code)
                .containsExactlyInAnyOrder(tuple("Kamal Thapa", "NPL"), tuple("Elena Quispe", "BOL"),
                        tuple("Anton Weiss", ""));
    }

    @Test
    void anItemWrappedInsideItsBracketIsOneItem() {
        assertThat(rows(parse(TABLES), Role.STATEMENT)).filteredOn(p -> p.paragraph() == 6)
                .filteredOn(p -> p.entity().type() == org.rapporteur.reference.EntityType.MEMBER_STATE)
                .extracting(ListsInColumnsAndTablesTest::code, Participation::onBehalfOf)
                .containsExactly(tuple("WSM", "Alliance of Small Island States"),
                        tuple("BOL", "Group of Landlocked Developing Countries"), tuple("NOR", ""), tuple("PER", ""),
                        tuple("KEN", ""), tuple("JOR", ""), tuple("IRL", ""));
    }
}
