package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * The session a report is about when its title calls it resumed, special or one part of a session, and when the
 * opening paragraphs name another session in a person's former office.
 */
class ResumedSpecialAndPartSessionsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String title, String held) {
        String text = "ZZQ/CLM/11/2\nCommittee on Lowland Meadows\n" + title + "\n"
                + "  I. Organization of the session\n"
                + "1. " + held + "\n"
                + "2. The session was opened by the Chair, Ms. Nino Beridze (Georgia).\n";
        return PARSER.parse("meadows.txt", text);
    }

    @Test
    void aResumedSessionKeepsItsOrdinal() {
        for (String title : new String[] {
                "Report of the Committee on Lowland Meadows on its resumed eleventh session",
                "Report of the Committee on Lowland Meadows on its eleventh session (resumed)",
                "Committee on Lowland Meadows, resumed eleventh session",
                "Eleventh session (resumed)" }) {
            MeetingReport r = parse(title, "The Committee held a resumed session in Tbilisi from 3 to 6 May 2043.");
            assertThat(r.sessionNumber()).as(title).isEqualTo(11);
        }
    }

    @Test
    void aResumedSessionInTheBodyOnlyKeepsItsOrdinal() {
        for (String held : new String[] {
                "The Committee held its resumed eleventh session in Tbilisi from 3 to 6 May 2043.",
                "The Committee held its eleventh session (resumed) in Tbilisi from 3 to 6 May 2043.",
                "The resumed eleventh session of the Committee was held in Tbilisi from 3 to 6 May 2043." }) {
            MeetingReport r = parse("Report of the Committee on Lowland Meadows", held);
            assertThat(r.sessionNumber()).as(held).isEqualTo(11);
        }
    }

    @Test
    void aSpecialSessionWithoutAnOrdinalHasNoNumber() {
        String[][] cases = {
                { "Report of the Committee on Lowland Meadows on its special session",
                        "The Committee held a special session in Tbilisi from 3 to 6 May 2043." },
                { "Special session", "The Committee held its special session in Tbilisi from 3 to 6 May 2043." },
                { "Report of the Committee on Lowland Meadows on its special session",
                        "In its decision 10/3, adopted at its tenth session, the Committee decided to hold a special "
                                + "session; it held the special session in Tbilisi from 3 to 6 May 2043." },
                { "Report of the Committee on Lowland Meadows on its special session",
                        "The special session was convened pursuant to a decision of the tenth session of the Committee "
                                + "and was held in Tbilisi from 3 to 6 May 2043." } };
        for (String[] c : cases) {
            MeetingReport r = parse(c[0], c[1]);
            assertThat(r.sessionNumber()).as(c[0] + " / " + c[1]).isNull();
        }
    }

    @Test
    void onePartOfASessionIsThatSession() {
        for (String title : new String[] {
                "Report of the Committee on Lowland Meadows on its eleventh session, part two",
                "Report of the Committee on Lowland Meadows on the second part of its eleventh session",
                "Eleventh session, second part",
                "Report of the Committee on Lowland Meadows on its eleventh session (part II)" }) {
            MeetingReport r = parse(title, "The Committee met in Tbilisi from 3 to 6 May 2043.");
            assertThat(r.sessionNumber()).as(title).isEqualTo(11);
        }
        for (String held : new String[] {
                "The Committee held the second part of its eleventh session in Tbilisi from 3 to 6 May 2043.",
                "The second part of the eleventh session of the Committee was held in Tbilisi from 3 to 6 May 2043.",
                "The Committee held its eleventh session, part two, in Tbilisi from 3 to 6 May 2043." }) {
            MeetingReport r = parse("Report of the Committee on Lowland Meadows", held);
            assertThat(r.sessionNumber()).as(held).isEqualTo(11);
        }
    }

    @Test
    void aSessionNamedInAPersonsFormerOfficeIsNotTheMeetings() {
        String text = "ZZQ/CSP/12/5\nConference of the States Parties to the Convention on Lowland Meadows\n"
                + "Report of the Conference of the States Parties on its twelfth session\n"
                + "  I. Opening of the session\n"
                + "1. The session was opened by Mr. Levan Kapanadze (Georgia), President of the Conference at its "
                + "tenth session, in Tbilisi on 3 May 2043.\n"
                + "  II. Election of officers\n"
                + "2. On the proposal of the President of the Conference at its tenth session, the Conference elected "
                + "Ms. Nino Beridze (Georgia) President by acclamation.\n";
        MeetingReport r = PARSER.parse("csp.txt", text);
        assertThat(r.sessionNumber()).isEqualTo(12);
    }

    @Test
    void aSessionNamedInAPersonsFormerOfficeIsNotTheMeetingsWhenTheTitleIsAParagraph() {
        String text = "ZZQ/CSP/12/5\n"
                + "1. The Conference of the States Parties to the Convention on Lowland Meadows held its twelfth session "
                + "in Tbilisi from 3 to 6 May 2043.\n"
                + "  I. Opening of the session\n"
                + "2. The session was opened by Mr. Levan Kapanadze (Georgia), President of the Conference at its "
                + "tenth session.\n"
                + "  II. Election of officers\n"
                + "3. On the proposal of the President of the Conference at its tenth session, the Conference elected "
                + "Ms. Nino Beridze (Georgia) President by acclamation.\n";
        MeetingReport r = PARSER.parse("csp.txt", text);
        assertThat(r.sessionNumber()).isEqualTo(12);
    }
}
