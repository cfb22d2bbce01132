package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * Statement forms: "followed by statements from …", a speaker's sentence ending "…, followed by A and B", "ministers and
 * heads of delegation of … made statements" after an opening clause; and speakers who are no entity: a number of
 * Parties ("representatives of 23 Parties, including on behalf of …", whose groups spoken for each get a row), kinds
 * of organisations and constituencies, and the host Government's minister.
 */
class StatementsFollowedByCountedAndByKindTest {

    static final String STATEMENTS = "statements-followed-by-counted-and-by-kind.txt";

    @Test
    void speakersFollowingOthersAndMinistersAreStatementsAndCountsKindsAndTheHostAreNot() {
        assertThat(ReportFixturesTest.rows(parse(STATEMENTS), Role.STATEMENT))
                .extracting(Participation::paragraph, p -> p.entity().code())
                .containsExactly(tuple(1, "CHL"), tuple(1, "KEN"), tuple(1, "PHL"), tuple(1, "VAT"),
                        tuple(2, "G77"), tuple(2, "EU"), tuple(4, "GHA"), tuple(4, "IDN"), tuple(4, "NOR"), tuple(4, "PER"),
                        tuple(5, "MEX"), tuple(5, "COL"), tuple(5, "ECU"),
                        tuple(6, "MAR"));
    }

    @Test
    void kindsOfSpeakersAndCountsOfThemAreToldFromNames() {
        assertThat(GenericSpeakers.isCategory("youth non-governmental organizations", name -> false)).isTrue();
        assertThat(GenericSpeakers.isCategory("the women and gender constituency", name -> false)).isTrue();
        assertThat(GenericSpeakers.isCategory("the least developed countries", name -> false)).isFalse();
        assertThat(GenericSpeakers.isCategory("International Science Council", name -> false)).isFalse();
        assertThat(GenericSpeakers.isCounted("representatives of 14 Parties, including on behalf of X")).isTrue();
        assertThat(GenericSpeakers.isCounted("twelve States")).isTrue();
        assertThat(GenericSpeakers.isCounted("the representatives of Chile and Peru")).isFalse();
    }
}
