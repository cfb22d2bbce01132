package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * One Chair per meeting, and no officers of other terms or groups: another body's President welcomed after the Chair
 * opened, the Bureau of an earlier year, an office named instead of a person ("The Vice-Chair (Kenya) chaired …"), a
 * drafting group's co-chairs, officers elected for a term starting at the end of the session or for two later
 * sessions named together.
 */
class OneChairAndOtherTermsTest {

    static final String ONE_CHAIR = "officers-one-chair-other-groups-and-terms.txt";

    @Test
    void theFirstChairNamedIsTheMeetingsAndOtherTermsAndGroupsGiveNoOfficers() {
        MeetingReport report = parse(ONE_CHAIR);
        assertThat(report.sessionNumber()).isEqualTo(33);
        assertThat(report.participation()).filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::paragraph, Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactly(tuple(1, Role.CHAIR, "NOR", "Ingrid Halvorsen"),
                        tuple(2, Role.OFFICER, "KEN", "Samuel Otieno"),
                        tuple(2, Role.OFFICER, "ISR", "Dana Cohen"));
    }

    @Test
    void anOfficeRunningIntoTheNextNameIsNoPartOfItAndAnOfficeAloneIsNoPerson() {
        assertThat(PersonNames.lastName("Amani Bakari (Kenya), Vice-Chair Yusra Hamdan")).isEqualTo("Yusra Hamdan");
        assertThat(PersonNames.lastName("First Vice-Chair Tomás Oyarzún")).isEqualTo("Tomás Oyarzún");
        assertThat(PersonNames.lastName("The Vice-Chair")).isEmpty();
        assertThat(PersonNames.lastName("The Rapporteur")).isEmpty();
    }

    @Test
    void aStatesChairRowGivesWayToThePersonWhoPresidesForIt() {
        OneChair one = new OneChair();
        org.rapporteur.reference.Entity togo = new org.rapporteur.reference.Entity("TGO", "Togo",
                org.rapporteur.reference.EntityType.MEMBER_STATE, "");
        org.rapporteur.reference.Entity mali = new org.rapporteur.reference.Entity("MLI", "Mali",
                org.rapporteur.reference.EntityType.MEMBER_STATE, "");
        Participation state = new Participation(3, Role.CHAIR, togo, "Togo", "", "", null, null, false);
        Participation person = new Participation(4, Role.CHAIR, togo, "Togo", "Kossi Agbeko", "", null, null, false);
        Participation other = new Participation(5, Role.CHAIR, mali, "Mali", "Awa Keita", "", null, null, false);
        java.util.List<Participation> kept = new java.util.ArrayList<>(one.ofSentence(java.util.List.of(state),
                "Chair: Togo"));
        kept.addAll(one.ofSentence(java.util.List.of(person), "Kossi Agbeko (Togo) presided over the meeting."));
        kept.addAll(one.ofSentence(java.util.List.of(other), "Awa Keita (Mali) chaired the previous session."));
        assertThat(OneChair.withoutStatesPresidedFor(kept)).containsExactly(person);
    }
}
