package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * Statements of an interactive dialogue written as questions ("questions were put to the panellists by the
 * representatives of …, and by the observer for …"), and a list whose head's "of" is said again before its last item
 * ("The Observers of A and of the B made statements").
 */
class QuestionsAndObserversOfSeveralTest {

    static final String REPORT = "statements-questions-to-the-panellists-and-observers-of-several.txt";

    @Test
    void questionsPutToThePanellistsAreStatementsOfTheirSpeakers() {
        assertThat(rows(parse(REPORT), Role.STATEMENT)).filteredOn(p -> p.paragraph() == 3)
                .extracting(p -> p.entity().code()).containsExactly("JAM", "LVA", "OMN", "EU");
    }

    @Test
    void theHeadsOfRepeatedBeforeTheLastItemIsNoPartOfItsName() {
        assertThat(rows(parse(REPORT), Role.STATEMENT)).filteredOn(p -> p.paragraph() == 4)
                .extracting(p -> p.entity().code(), Participation::nameAsWritten)
                .containsExactly(tuple("WMO", "the World Meteorological Organization"),
                        tuple("ILO", "the International Labour Organization"));
    }
}
