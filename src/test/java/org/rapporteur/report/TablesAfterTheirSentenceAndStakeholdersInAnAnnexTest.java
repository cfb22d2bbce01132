package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * A table of officers announced by a sentence that another sentence follows on its line, an annex's heading of
 * stakeholders ("Academia and private sector"), and the Secretary-General of
 * the conference named with its ordinal, who speaks for no delegation, nor does the head of an office speaking "in his
 * capacity as" that Secretary-General.
 */
class TablesAfterTheirSentenceAndStakeholdersInAnAnnexTest {

    private final ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private MeetingReport parse(String name, String body) {
        return parser.parse(name, """
                 United Nations E/CN.99/2031/6
                 Distr.: General
                 Original: English
                 Regional Committee
                 Report of the Regional Committee on its fourth session, held in Santiago from 3 to 5 March 2031
                  I. Organization of the session
                """ + body);
    }

    private static List<String> rows(MeetingReport report, Role role) {
        return report.participation().stream().filter(p -> p.role() == role)
                .map(p -> (p.entity().code().isEmpty() ? p.entity().name() : p.entity().code())
                        + (p.person().isEmpty() ? "" : " " + p.person()))
                .toList();
    }

    @Test
    void officersInATableAnnouncedBeforeAnotherSentence() {
        MeetingReport report = parse("officers.docx", """
                1.\tAt its 1st meeting, the Committee elected the officers listed in the table below. Lena Moretti (Italy) presided over the session.
                Office\tName\tState
                Chair\tLena Moretti\tItaly
                Vice-Chair\tKwame Asante\tGhana
                Vice-Chair\tMarta Kowalska\tPoland
                Rapporteur\tAna Lima\tBrazil
                2.\tThe Committee adopted its agenda.
                """);
        assertThat(rows(report, Role.CHAIR)).containsExactly("ITA Lena Moretti");
        assertThat(rows(report, Role.OFFICER)).containsExactlyInAnyOrder("GHA Kwame Asante", "POL Marta Kowalska",
                "BRA Ana Lima");
    }

    @Test
    void stakeholdersUnderTheirHeadingAndNoHeadingAsAName() {
        MeetingReport report = parse("annex.txt", """
                1. Representatives of 12 States members of the Committee attended the session.

                Annex

                  Non-governmental organizations
                    Amnesty International

                  Academia and private sector
                    Open Data Charter
                    Ghent University, Centre for Digital Governance Studies
                """);
        assertThat(rows(report, Role.REPRESENTED)).containsExactlyInAnyOrder("Amnesty International",
                "Open Data Charter", "Ghent University, Centre for Digital Governance Studies");
    }

    @Test
    void theSecretaryGeneralOfTheConferenceByItsOrdinalOrInWhoseCapacityOneSpeaksIsNoParticipant() {
        MeetingReport report = parse("opening.txt", """
                1. The meeting was opened by the Minister of Justice of Chile. A representative of the Secretary-General
                of the Twelfth Conference also made an opening statement.
                2. The Executive Secretary of the Economic Commission for Latin America and the Caribbean, in his capacity
                as Secretary-General of the Twelfth Conference, made a statement.
                """);
        assertThat(rows(report, Role.STATEMENT)).isEmpty();
    }
}
