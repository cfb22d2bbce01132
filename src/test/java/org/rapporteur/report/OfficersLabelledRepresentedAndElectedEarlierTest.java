package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Officers in further forms: an office label followed by a comma ("Co-Chairs, A (X), B (Y); Rapporteur, C (Z)"); a
 * State elected to an office and the person who holds it for it ("Chile (represented by Mr. …)", "Kenya, represented
 * by its Permanent Representative …, Ambassador …"); States as Vice-Presidents "also elected at CSP8"; a President
 * elected earlier whose term runs "until the close of its tenth session"; a Chair elected "for the biennium at its
 * fortieth session"; and what is none of them: another term's Bureau, an Acting Chair, numbered working groups'
 * chairs, the end of a group's name before its acronym.
 */
class OfficersLabelledRepresentedAndElectedEarlierTest {

    static final String LABELS = "officers-labels-followed-by-a-comma.txt";
    static final String REPRESENTED = "officers-states-represented-by-persons.txt";
    static final String CONFERENCE = "officers-of-a-numbered-conference-of-states-parties.txt";
    static final String BIENNIUM = "officers-chair-elected-for-a-biennium-at-an-earlier-session.txt";

    private static List<Participation> officers(MeetingReport report) {
        return report.participation().stream().filter(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER).toList();
    }

    @Test
    void labelsFollowedByACommaGiveCoChairsAndARapporteurButNotTheNextTermsBureauOrWorkingGroupChairs() {
        assertThat(officers(parse(LABELS))).extracting(Participation::paragraph, Participation::role,
                        p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(2, Role.CHAIR, "NGA", "Ngozi Adeyemi"),
                        tuple(3, Role.CHAIR, "NOR", "Lars Eklund"),
                        tuple(3, Role.CHAIR, "IND", "Priya Raman"),
                        tuple(3, Role.OFFICER, "PER", "Diego Salinas Mora"));
    }

    @Test
    void theEndOfAGroupsNameBeforeItsAcronymIsNoPerson() {
        assertThat(PersonNames.lastName("speaking on behalf of the Group of Central European and Baltic States"))
                .isEmpty();
        assertThat(PersonNames.lastName("supported by Ingrid Baltic")).isEqualTo("Ingrid Baltic");
    }

    @Test
    void aStateElectedToAnOfficeIsHeldByThePersonWhoRepresentsItAndAnActingChairIsNoChair() {
        assertThat(officers(parse(REPRESENTED))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(Role.CHAIR, "KEN", "Wanjiru Kamau"),
                        tuple(Role.OFFICER, "CHL", "Pablo Rojas Ibáñez"),
                        tuple(Role.OFFICER, "VNM", "Nguyen Thi Lan"),
                        tuple(Role.OFFICER, "MAR", "Youssef Alaoui"));
    }

    @Test
    void aNumberedConferenceOfStatesPartiesAndItsOfficersElectedAtThePreviousOne() {
        MeetingReport report = parse(CONFERENCE);
        assertThat(report.sessionNumber()).as("not the tenth session the President's term runs to").isEqualTo(9);
        assertThat(officers(report)).extracting(Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(Role.CHAIR, "ITA", "Lucia Moretti"),
                        tuple(Role.OFFICER, "JAM", ""),
                        tuple(Role.OFFICER, "NPL", ""),
                        tuple(Role.OFFICER, "TUN", ""));
    }

    @Test
    void aChairElectedForTheBienniumAtTheLastSessionChairsThisOne() {
        assertThat(officers(parse(BIENNIUM))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactly(tuple(Role.CHAIR, "NOR", "Anders Vik"),
                        tuple(Role.OFFICER, "MAR", "Salma Idrissi"),
                        tuple(Role.OFFICER, "MEX", "Rafael Ortega Luna"));
    }
}
