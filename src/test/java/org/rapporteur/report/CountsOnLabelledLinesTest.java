package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Counts of attendance printed one category a line after a sentence of attendance, each line the category's words and
 * then its number after a colon, a dash or nothing ("Member States: 74", "Intergovernmental organizations – 14"); a
 * "Total" line counts no category; and the same counts in prose, which read as before.
 */
class CountsOnLabelledLinesTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "ZQX/GE.3/2031/2\nIntergovernmental Group of Experts on Peatland Fires\n"
                + "Report of the Group of Experts on its fifth meeting\n  I. Organization of the meeting\n"
                + "1. The fifth meeting was held in Nairobi from 3 to 5 May 2031.\n" + body
                + "9. The list of participants is contained in document ZQX/GE.3/2031/INF/1.\n");
    }

    @Test
    void oneCategoryALineAfterAColonOrADashOrNothing() {
        MeetingReport r = parse("2. The meeting was attended by representatives of:\n"
                + "        States Members of the United Nations: 87\n"
                + "        Observer States: 2\n"
                + "        United Nations entities: 6\n"
                + "        Intergovernmental organizations 14\n"
                + "        Specialized agencies and related organizations – 5\n"
                + "        Non-governmental organizations and other entities: 21\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, 87),
                        tuple(AttendanceCategory.OBSERVER_STATE, 2), tuple(AttendanceCategory.UN_ENTITY, 6),
                        tuple(AttendanceCategory.IGO, 14), tuple(AttendanceCategory.SPECIALIZED_AGENCY, 5),
                        tuple(AttendanceCategory.NGO, 21));
    }

    @Test
    void capacitiesOnTheLinesAndATotalThatCountsNoCategory() {
        MeetingReport r = parse("2. Participation in the session was as follows:\n"
                + "Parties to the Convention: 40\n"
                + "Signatory States: 3\n"
                + "Non-governmental organizations: 8\n"
                + "Total: 51\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, Capacity.PARTY, 40),
                        tuple(AttendanceCategory.MEMBER_STATE, Capacity.SIGNATORY, 3),
                        tuple(AttendanceCategory.NGO, null, 8));
    }

    @Test
    void theSameCountsInProse() {
        MeetingReport r = parse("2. The session was attended by representatives of 93 States parties, 4 signatory "
                + "States and 12 non-governmental organizations.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, Capacity.PARTY, 93),
                        tuple(AttendanceCategory.MEMBER_STATE, Capacity.SIGNATORY, 4),
                        tuple(AttendanceCategory.NGO, null, 12));
    }
}
