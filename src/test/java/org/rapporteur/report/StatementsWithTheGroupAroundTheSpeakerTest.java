package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;

/**
 * The group a speaker spoke for, written around the speaker in running text: before it ("Speaking on behalf of …, the
 * delegation of Thailand underlined"), between commas after it when the tables do not know the group or it names
 * several States ("also on behalf of Denmark and Finland"), and after a State opening the sentence ("Norway, on behalf
 * of the Nordic countries, welcomed"); an organisation's Commissioner by a title holding commas; and a panel that
 * "comprised" its panellists.
 */
class StatementsWithTheGroupAroundTheSpeakerTest {

    static final String GROUPS = "statements-groups-around-the-speaker-and-a-panel-comprised.txt";

    @Test
    void theGroupIsReadBeforeBetweenCommasAndAfterAStateOpeningTheSentence() {
        assertThat(rows(parse(GROUPS), Role.STATEMENT))
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactly(tuple(1, "THA", "Group of Asia-Pacific States"),
                        tuple(2, "CHL", "group of like-minded Andean States"),
                        tuple(3, "SWE", "Denmark and Finland"),
                        tuple(4, "NOR", "Nordic countries"),
                        tuple(6, "AU", ""), tuple(6, "EGY", ""));
    }

    @Test
    void aPanelThatComprisedPersonsNamesPanellists() {
        assertThat(rows(parse(GROUPS), Role.PANELLIST))
                .extracting(Participation::paragraph, p -> p.entity().code(), Participation::person)
                .containsExactlyInAnyOrder(tuple(5, "ROU", "Mirela Popescu"), tuple(5, "DNK", "Anders Holm"));
    }
}
