package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * Attendance counted and listed in one sentence ("[Six] States parties … took part …, as listed below: …", "One State,
 * Mongolia, …, attended as an observer"), entities granted observer status, a count with a bound inside its bracket
 * and a tail of rules, "…, including A and B", and a table of counts flattened to text; statements with the group
 * before its speaker ("on behalf of X by the representative of Y", "On behalf of X, the representative of Y made a
 * statement"), "the following … made statements: …", "made by: …" and rights of reply "exercised by".
 */
class CountedListsAndStatementFormsTest {

    private static final String COUNTED = "attendance-counted-lists-and-tables.txt";
    private static final String STATEMENTS = "statements-group-first-and-following-made.txt";

    private static String code(Participation p) {
        return p.entity().code().isEmpty() ? p.nameAsWritten() : p.entity().code();
    }

    @Test
    void countsPrintedWithTheirListsInBracketsInWordsAndInATable() {
        assertThat(parse(COUNTED).attendance())
                .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count, AttendanceCount::provisional, AttendanceCount::basis)
                .containsExactly(
                        tuple(1, AttendanceCategory.MEMBER_STATE, Capacity.PARTY, 6, true, AttendanceCount.Basis.PRINTED),
                        tuple(2, AttendanceCategory.MEMBER_STATE, Capacity.SIGNATORY, 2, false,
                                AttendanceCount.Basis.PRINTED),
                        tuple(3, AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 1, false,
                                AttendanceCount.Basis.PRINTED),
                        tuple(7, AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 3, false,
                                AttendanceCount.Basis.PRINTED),
                        tuple(4, AttendanceCategory.UN_ENTITY, Capacity.OBSERVER, 2, false, AttendanceCount.Basis.LIST),
                        tuple(7, AttendanceCategory.IGO, null, 5, false, AttendanceCount.Basis.PRINTED),
                        tuple(7, AttendanceCategory.NGO, null, 12, false, AttendanceCount.Basis.PRINTED),
                        tuple(5, AttendanceCategory.OTHER, null, 20, true, AttendanceCount.Basis.APPROXIMATE),
                        tuple(6, AttendanceCategory.OTHER, Capacity.OBSERVER, 4, false, AttendanceCount.Basis.PRINTED));
    }

    @Test
    void theEntitiesTheCountedSentencesName() {
        assertThat(rows(parse(COUNTED), Role.REPRESENTED))
                .extracting(Participation::paragraph, CountedListsAndStatementFormsTest::code, Participation::capacity)
                .containsExactly(tuple(1, "AUT", Capacity.PARTY), tuple(1, "CHL", Capacity.PARTY),
                        tuple(1, "VAT", Capacity.PARTY), tuple(1, "NPL", Capacity.PARTY),
                        tuple(1, "NOR", Capacity.PARTY), tuple(1, "PER", Capacity.PARTY),
                        tuple(2, "BTN", Capacity.SIGNATORY), tuple(2, "ISL", Capacity.SIGNATORY),
                        tuple(3, "MNG", Capacity.OBSERVER),
                        tuple(4, "WMO", Capacity.OBSERVER), tuple(4, "UNEP", Capacity.OBSERVER),
                        tuple(6, "the Andean Water Institute", Capacity.OBSERVER),
                        tuple(6, "the Himalayan Snow Centre", Capacity.OBSERVER));
    }

    @Test
    void groupsNamedBeforeTheirSpeakersListsAfterTheVerbAndRightsOfReply() {
        assertThat(rows(parse(STATEMENTS), Role.STATEMENT))
                .extracting(Participation::paragraph, CountedListsAndStatementFormsTest::code,
                        Participation::onBehalfOf, Participation::provisional)
                .containsExactly(tuple(1, "SEN", "Group of African States", false),
                        tuple(1, "AFRICAN_GROUP", "", false),
                        tuple(1, "FJI", "Alliance of Small Island States", false),
                        tuple(1, "AOSIS", "", false),
                        tuple(2, "PER", "Chile", false), tuple(2, "CHL", "", false),
                        tuple(2, "NPL", "", false), tuple(2, "NOR", "", false),
                        tuple(3, "URY", "Group of Latin American and Caribbean States", true),
                        tuple(3, "GRULAC", "", true),
                        tuple(4, "AUT", "", false), tuple(4, "BTN", "Group of Least Developed Countries", false),
                        tuple(4, "LDC", "", false), tuple(4, "ISL", "", false),
                        tuple(5, "CHL", "", false), tuple(5, "PER", "", false), tuple(6, "MNG", "", false));
        assertThat(rows(parse(STATEMENTS), Role.STATEMENT)).filteredOn(p -> p.paragraph() == 6)
                .extracting(Participation::capacity).containsExactly(Capacity.OBSERVER);
    }
}
