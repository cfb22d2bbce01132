package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * A cover without an ordinal: the report's session is the one the body "held" or the report is "on", in words in the
 * body, not an earlier session the text mentions before it; and the dates are those of that session.
 */
class ThisSessionNotAnEarlierOneTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String before) {
        String text = "ZZQ/CPW/2/4\nCommittee on Peatland Wetlands\n"
                + "Report of the Committee on Peatland Wetlands\n  I. Organization of the session\n"
                + before
                + "2. The Committee on Peatland Wetlands held its seventh session in Tbilisi from 3 to 6 May 2043.\n"
                + "3. The session was opened by the Chair, Ms. Nino Beridze (Georgia).\n";
        return PARSER.parse("peat.txt", text);
    }

    @Test
    void anEarlierSessionNamedFirstIsNotThisOne() {
        for (String before : new String[] {
                "1. The Bureau elected at its sixth session continued to serve.\n",
                "1. Recalling the report of the sixth session of the Committee (ZZQ/CPW/1/4), the Committee met again.\n",
                "1. At its sixth session, the Committee decided to hold a further session.\n",
                "1. The Chair of the sixth session, Mr. Levan Kapanadze, handed over.\n" }) {
            MeetingReport r = parse(before);
            assertThat(r.sessionNumber()).as(before).isEqualTo(7);
            assertThat(r.startDate()).as(before).isEqualTo(LocalDate.of(2043, 5, 3));
            assertThat(r.endDate()).as(before).isEqualTo(LocalDate.of(2043, 5, 6));
            assertThat(r.venue()).as(before).isEqualTo("Tbilisi");
        }
    }
}
