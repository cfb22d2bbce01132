package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * Officers whose State is written out rather than bracketed: the rows of a table of officers flattened to text (and
 * not another session's table), the title and State before the person ("the Permanent Representative of Nepal …,
 * Sunita Karki, as Vice-Chair"), "Name, of State" items under an office; a Bureau of States under ordinal labels
 * ("First Vice-Chair: Kenya"), and the person who presides for the State in the Chair.
 */
class OfficersWithTheirStateWrittenOutTest {

    static final String TABLE = "officers-in-a-table-and-with-their-state-written-out.txt";
    static final String BUREAU_OF_STATES = "officers-a-bureau-of-states-and-who-presides-for-one.txt";

    private static java.util.List<Participation> officers(MeetingReport report) {
        return report.participation().stream().filter(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER).toList();
    }

    @Test
    void tableRowsTitleFirstAndNameOfStateItemsGiveOfficersButAnotherSessionsTableDoesNot() {
        MeetingReport report = parse(TABLE);
        assertThat(report.sessionNumber()).isEqualTo(9);
        assertThat(officers(report)).extracting(Participation::paragraph, Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(1, Role.CHAIR, "MNG", "Batbayar Dorj"),
                        tuple(1, Role.OFFICER, "TON", "Siosaia Taufa"),
                        tuple(1, Role.OFFICER, "TJK", "Nilufar Rahimova"),
                        tuple(2, Role.OFFICER, "NPL", "Sunita Karki"),
                        tuple(3, Role.OFFICER, "BTN", "Arjun Thapa"),
                        tuple(3, Role.OFFICER, "WSM", "Mere Tuilagi"));
    }

    @Test
    void statesUnderOrdinalLabelsAreOfficersAndThePersonPresidingForTheChairsStateIsTheChair() {
        assertThat(officers(parse(BUREAU_OF_STATES))).extracting(Participation::paragraph, Participation::role,
                        p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(2, Role.OFFICER, "KEN", ""),
                        tuple(2, Role.OFFICER, "MAR", ""),
                        tuple(2, Role.OFFICER, "ZMB", ""),
                        tuple(3, Role.CHAIR, "GHA", "Kwame Asare Bediako"));
    }

    @Test
    void aSessionNamedSecondOfTwoIsThisOne() {
        assertThat(OfficeWords.sentenceOfAnotherSession("elected for its eighth and ninth sessions", 9, null)).isFalse();
        assertThat(OfficeWords.sentenceOfAnotherSession("elected for its tenth and eleventh sessions", 9, null)).isTrue();
        assertThat(OfficeWords.ofAnotherSession("as Chair for its eighty-ninth and ninetieth sessions", 88)).isTrue();
        assertThat(OfficeWords.sentenceOfAnotherSession("The Bureau for 2030 had met twice.", null, 2031)).isTrue();
        assertThat(PersonNames.lastName("She welcomed the delegations, as well as Ilse Brandt")).isEqualTo("Ilse Brandt");
    }
}
