package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * The Chair named in a draft report of a working group, in the sentences such reports use ("opened by the Chair, X
 * (State)", "chaired by", "presided over the session"), also when a relative clause after the person says what the
 * person did and names an earlier meeting ("…, who recalled the workplan adopted at its first meeting"): that meeting
 * is when the workplan was adopted, not the session of the office.
 */
class ChairWhoseDeedNamesAnEarlierMeetingTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String sentence) {
        return PARSER.parse("fixture.txt", "CTOC/COP/WG.9/2031/L.1\nWorking Group on Smuggled Ivory\nDraft report\n"
                + "  I. Organization of the meeting\n"
                + "1. The Working Group held its seventh meeting in Vienna on 3 and 4 May 2031.\n"
                + "2. " + sentence + "\n3. The Working Group adopted its agenda.\n");
    }

    private static void chairIs(MeetingReport r, String person, String state) {
        assertThat(r.participation()).filteredOn(p -> p.role() == Role.CHAIR)
                .extracting(Participation::person, p -> p.entity().code()).containsExactly(tuple(person, state));
    }

    @Test
    void openedByTheChairWhoRecalledWhatAnEarlierMeetingAdopted() {
        chairIs(parse("The meeting was opened by the Chair, Ms. Nomvula Dlamini (Kenya), who noted the workplan "
                + "adopted at its first meeting."), "Nomvula Dlamini", "KEN");
    }

    @Test
    void chairedByWhoRecalledTheConclusionsOfTheFourthMeeting() {
        chairIs(parse("The meeting was chaired by Mr. Tomasz Wrobel (Poland), who summarized the conclusions of the "
                + "fourth meeting."), "Tomasz Wrobel", "POL");
    }

    @Test
    void presidedOverTheSession() {
        chairIs(parse("Ms. Aigerim Sadykova (Kazakhstan) presided over the session."), "Aigerim Sadykova", "KAZ");
    }
}
