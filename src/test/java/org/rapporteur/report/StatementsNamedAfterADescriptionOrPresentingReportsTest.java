package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * Statements in forms of regional commissions and WIPO-style committees: national reports "presented by the
 * representatives of" States; speakers described before they are named ("the representatives of the countries hosting
 * pilot projects, namely A, B and C, addressed …"); "speaking also on behalf of" and "also speaking on behalf of" in
 * either order; "The Delegation of X", capitalised, in running text; two speakers' clauses in one sentence ("…; the
 * representative of Egypt, speaking for …, also made a statement"); one speaker for several States; "by Tonga, on behalf
 * of …" in a semicolon list; "Panama (Observer State)".
 */
class StatementsNamedAfterADescriptionOrPresentingReportsTest {

    @Test
    void nationalReportsPresentedAndSpeakersNamedAfterNamelyAreStatements() {
        assertThat(parse(OfficersAndCountsOfBoardsAndRegionalCommissionsTest.PRESIDING_OFFICERS).participation())
                .filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactly(tuple(5, "BLZ", ""), tuple(5, "ECU", ""), tuple(5, "GUY", ""), tuple(5, "HND", ""),
                        tuple(5, "VEN", ""),
                        tuple(6, "BOL", ""), tuple(6, "JAM", ""), tuple(6, "SUR", ""),
                        tuple(7, "PER", "Chile and Colombia"), tuple(7, "URY", ""), tuple(7, "CUB", ""));
    }

    @Test
    void theDelegationOfAStateSpeaksWhateverTheOrderOfAlsoAndSpeaking() {
        assertThat(parse(OfficersLabelledRepresentedAndElectedEarlierTest.BIENNIUM).participation())
                .filteredOn(p -> p.role() == Role.STATEMENT && !p.entity().type().name().equals("GROUP")
                        && p.paragraph() <= 5)
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactly(tuple(3, "GHA", "Group of African States"), tuple(4, "CAN", "Group B"),
                        tuple(5, "PHL", "Indonesia and Malaysia"));
    }

    @Test
    void clausesOfTwoSpeakersOneSpeakerForSeveralStatesAndItemsAfterByOrWithTheirCapacity() {
        assertThat(parse(OfficersLabelledRepresentedAndElectedEarlierTest.BIENNIUM).participation())
                .filteredOn(p -> p.role() == Role.STATEMENT && p.paragraph() >= 6)
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactly(tuple(6, "BRA", "Group of Latin American and Caribbean States"), tuple(6, "GRULAC", ""),
                        tuple(6, "EGY", "League of Arab States"), tuple(6, "LAS", ""),
                        tuple(7, "PER", "Andean Community"), tuple(7, "FJI", "Pacific island countries"),
                        tuple(8, "DNK", "Iceland, Norway and Sweden"),
                        tuple(9, "KEN", "Group of African States"), tuple(9, "AFRICAN_GROUP", ""),
                        tuple(9, "TON", "Pacific Small Island Developing States"), tuple(9, "PSIDS", ""),
                        tuple(9, "PAN", ""),
                        tuple(10, "TCD", "Sahel subregion"), tuple(10, "AGO", "Southern Africa subregion"));
    }
}
