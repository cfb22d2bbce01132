package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A President named with the State after "of" ("Mr. X of Colombia") and one elected "as President for the remainder
 * of the session"; a State chairing by rotation "represented by" a person and States that "served as" officers; and
 * statements whose speakers are the sentence's subject without a role word (known names, or an organisation by its
 * words beside a known one; never persons), come after "heard statements from" or "Also speaking … were", or are
 * listed in parts by sitting after a semicolon; a speaker "speaking as an observer".
 */
class ChairsByRotationPresidentsOfTheirStateAndStatementsByTheirSubjectTest {

    static final String PRESIDENTS = "presidents-named-of-their-state-and-one-replaced.txt";
    static final String ROTATION = "a-state-chairing-by-rotation-and-states-serving-as-officers.txt";
    static final String STATEMENTS = "statements-by-their-subject-heard-from-and-by-sitting.txt";

    private static List<Participation> officers(MeetingReport report) {
        return report.participation().stream().filter(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER).toList();
    }

    @Test
    void aPresidentElectedForTheRemainderReplacesThePresidentNamedOfHisState() {
        assertThat(officers(parse(PRESIDENTS))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "TUR", "Aylin Demir"),
                        tuple(Role.OFFICER, "COL", "Rafael Quintero"),
                        tuple(Role.OFFICER, "DZA", ""), tuple(Role.OFFICER, "CHL", ""),
                        tuple(Role.OFFICER, "FIN", ""), tuple(Role.OFFICER, "VNM", ""));
    }

    @Test
    void aStateChairingByRotationThroughAPersonAndStatesServingAsOfficers() {
        assertThat(officers(parse(ROTATION))).extracting(Participation::role, p -> p.entity().code(),
                        Participation::person)
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "QAT", "Khalid Al-Thani"),
                        tuple(Role.OFFICER, "SDN", ""), tuple(Role.OFFICER, "SYR", ""),
                        tuple(Role.OFFICER, "TUN", ""));
    }

    @Test
    void aStateThatChairedAMeetingOrAPersonNamedLikeAStateIsNotTheSessionsChair() {
        assertThat(officers(parse("states-chairing-meetings-that-are-not-the-session.txt")))
                .extracting(Participation::role, p -> p.entity().code(), Participation::person)
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "CHL", ""), tuple(Role.OFFICER, "GHA", ""),
                        tuple(Role.OFFICER, "PER", ""), tuple(Role.OFFICER, "FJI", ""));
    }

    @Test
    void speakersAsTheSubjectAfterHeardFromAfterSpeakingWereAndInPartsBySitting() {
        assertThat(rows(parse(STATEMENTS), Role.STATEMENT)).extracting(p -> p.entity().code(), Participation::paragraph)
                .containsExactlyInAnyOrder(tuple("MNG", 3), tuple("PAN", 3),
                        tuple("ARG", 4), tuple("FJI", 4), tuple("GHA", 4),
                        tuple("AUS", 5), tuple("CAN", 5), tuple("NZL", 5),
                        tuple("PER", 6), tuple("ECU", 6),
                        tuple("NPL", 7), tuple("BTN", 7), tuple("LKA", 7), tuple("ISL", 7), tuple("MLT", 7),
                        tuple("CYP", 7), tuple("ICRC", 10), tuple("", 10), tuple("EU", 11));
    }

    @Test
    void speakersHeardFromOrSpeakingAreNamedNotCounted() {
        assertThat(rows(parse("speakers-heard-from-counted-or-named.txt"), Role.STATEMENT))
                .extracting(p -> p.entity().code(), Participation::paragraph)
                .containsExactlyInAnyOrder(tuple("AFRICAN_GROUP", 2), tuple("EU", 2),
                        tuple("CHL", 3), tuple("PER", 3), tuple("VAT", 3), tuple("BEN", 5), tuple("TGO", 5));
    }

    @Test
    void anUnknownOrganisationBesideAKnownOneAndASpeakerWhoSpokeAsAnObserver() {
        MeetingReport report = parse(STATEMENTS);
        assertThat(rows(report, Role.STATEMENT)).filteredOn(p -> p.paragraph() >= 10)
                .extracting(Participation::nameAsWritten, Participation::onBehalfOf)
                .containsExactlyInAnyOrder(tuple("the International Committee of the Red Cross", ""),
                        tuple("The Imaginary Rivers Coalition", ""),
                        tuple("the European Union", "European Union member States"));
    }
}
