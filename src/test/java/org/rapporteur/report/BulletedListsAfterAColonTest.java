package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Lists printed one item a line with bullets after a sentence that ends with a colon, as a conference room paper or a
 * PDF prints them: speakers (some "(on behalf of …)"), a Bureau under its labels, counts of delegations by kind in
 * words ("Observer States: one") and panellists with their affiliation after a dash. They read as the same lists
 * printed without bullets; a run of bullets that holds sentences stays as printed.
 */
class BulletedListsAfterAColonTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "A/CONF.999/PC/2\nPreparatory Committee for the Conference on Mangroves\n"
                + "Report of the Preparatory Committee on its first session\n  I. Organization of the session\n"
                + "1. The first session was held in Nairobi from 6 to 8 October 2031.\n" + body);
    }

    @Test
    void speakersOneABulletSomeForAGroup() {
        MeetingReport r = parse("2. At its 1st meeting, the Committee held a general debate. Statements were made by:\n"
                + "• Kenya (on behalf of the Group of African States)\n"
                + "• Belize (on behalf of the Caribbean Community)\n"
                + "• Mongolia\n"
                + "• Netherlands (Kingdom of the)\n"
                + "• State of Palestine (observer)\n"
                + "3. The Committee adopted its agenda.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT && !p.onBehalfOf().isEmpty())
                .extracting(p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactlyInAnyOrder(tuple("KEN", "Group of African States"), tuple("BLZ", "Caribbean Community"));
        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT).extracting(p -> p.entity().code())
                .contains("KEN", "BLZ", "MNG", "NLD", "PSE");
    }

    @Test
    void aBureauUnderBulletedLabels() {
        MeetingReport r = parse("2. The Bureau is composed as follows:\n"
                + "▪ Co-Chairs:\n"
                + "▪ Ms. Anjali Menon (India)\n"
                + "▪ Mr. Pieter de Wit (Belgium)\n"
                + "▪ Vice-Chairs:\n"
                + "▪ Mr. Kwame Boateng (Ghana)\n"
                + "▪ Ms. Irina Popa (Romania)\n"
                + "3. The Committee adopted its agenda.\n");

        assertThat(r.participation()).extracting(Participation::role, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "IND"), tuple(Role.CHAIR, "BEL"),
                        tuple(Role.OFFICER, "GHA"), tuple(Role.OFFICER, "ROU"));
    }

    @Test
    void countsOfDelegationsRegisteredInWords() {
        MeetingReport r = parse("2. The following numbers of delegations were registered for the session:\n"
                + "• States Members of the United Nations: fifty-eight\n"
                + "• Observer States: one\n"
                + "• Intergovernmental organizations: 4\n"
                + "• Non-governmental organizations – twelve\n"
                + "3. The list of participants is contained in document A/CONF.999/PC/INF/1.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, 58),
                        tuple(AttendanceCategory.OBSERVER_STATE, 1), tuple(AttendanceCategory.IGO, 4),
                        tuple(AttendanceCategory.NGO, 12));
    }

    @Test
    void panellistsWithTheirAffiliationAfterADash() {
        MeetingReport r = parse("2. The Committee held a panel discussion with the following panellists:\n"
                + "• Ms. Salote Vea - Ministry of Fisheries, Tonga\n"
                + "• Mr. Luis Arce Mora – University of Costa Rica, Costa Rica\n"
                + "3. The Committee adopted its agenda.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.PANELLIST)
                .extracting(Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple("Salote Vea", "TON"), tuple("Luis Arce Mora", "CRI"));
    }

    @Test
    void bulletsThatHoldSentencesStayAsPrinted() {
        MeetingReport r = parse("2. The Committee recommended the following:\n"
                + "• States should map their mangroves. Many speakers supported such mapping.\n"
                + "• The Conference should adopt a declaration.\n"
                + "3. The Committee adopted its agenda.\n");

        assertThat(r.paragraphs().get(1).text()).contains("\n• States should map");
    }
}
