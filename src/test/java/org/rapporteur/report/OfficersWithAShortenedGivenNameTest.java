package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Officers whose given name is shortened with a full stop, as some States write it ("Ma." for María, "Md." and
 * "Mohd." for Mohammad): the full stop ends no sentence, so the person and the office stay together.
 */
class OfficersWithAShortenedGivenNameTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "A/AC.999/2031/2\nGeneral Assembly\nAd Hoc Committee on Mangrove Protection\n"
                + "Report of the Ad Hoc Committee on Mangrove Protection on its first session\n"
                + "  I. Organization of the session\n"
                + "1.\tThe first session was held in New York from 6 to 10 October 2031.\n" + body);
    }

    @Test
    void theChairOpeningTheSessionAndTheBureauUnderLabels() {
        MeetingReport r = parse("2.\tThe session was opened by its Chair, Ma. Cristina Dela Cruz (Philippines).\n"
                + "3.\tThe Bureau was composed as follows:\n"
                + "\tChair:\n\t\tMa. Cristina Dela Cruz (Philippines)\n"
                + "\tVice-Chairs:\n\t\tMd. Karim Uddin (Bangladesh)\n\t\tMohd. Aziz Rahman (Malaysia)\n"
                + "4.\tThe Committee adopted its agenda.\n");

        assertThat(r.participation()).extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Ma. Cristina Dela Cruz", "PHL"),
                        tuple(Role.OFFICER, "Md. Karim Uddin", "BGD"), tuple(Role.OFFICER, "Mohd. Aziz Rahman", "MYS"));
    }
}
