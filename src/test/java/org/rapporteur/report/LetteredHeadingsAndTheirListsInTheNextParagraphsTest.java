package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * An attendance sentence announcing lists by category, each under a lettered heading alone on a line ("(b)
 * Non-Parties") with its list the whole of the next numbered paragraph; a lettered heading after other text is no list.
 */
class LetteredHeadingsAndTheirListsInTheNextParagraphsTest {

    static final String REPORT = "lettered-headings-and-their-lists-in-the-next-paragraphs.txt";

    @Test
    void everyListUnderItsHeading() {
        assertThat(rows(parse(REPORT), Role.REPRESENTED))
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::nameAsWritten)
                .containsExactlyInAnyOrder(tuple(2, "ARG", "Argentina"), tuple(2, "CHL", "Chile"),
                        tuple(2, "KEN", "Kenya"), tuple(2, "MRT", "Mauritania"),
                        tuple(2, "NLD", "Netherlands (Kingdom of the)"), tuple(2, "SEN", "Senegal"),
                        tuple(2, "EU", "European Union"), tuple(3, "CAN", "Canada"), tuple(3, "JPN", "Japan"),
                        tuple(4, "FAO", "Food and Agriculture Organization of the United Nations"),
                        tuple(4, "UNEP", "United Nations Environment Programme"),
                        tuple(5, "", "Wader Count Alliance"), tuple(5, "", "Coastal Flyway Trust"));
    }
}
