package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Officers listed under a plural office label, one a line or apart by semicolons, each with an honorific ("Co-Chairs:
 * Ms. A (Sri Lanka); Mr. B (Sweden); Vice-Chairs: …"): every person under the label holds its office, the honorific
 * no word that ends the label's run, whatever verb introduces the Bureau ("is composed as follows", "the following
 * officers were elected"); a table of offices in a Word document reads the same.
 */
class OfficersUnderAPluralLabelWithHonorificsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String paragraph) {
        return PARSER.parse("fixture.txt", "A/AC.999/2031/2\nAd Hoc Committee on Peat Conservation\n"
                + "Report of the Ad Hoc Committee on its first session\n  I. Organization of the session\n"
                + "1. The Committee held its first session in Vienna on 3 and 4 May 2031.\n2. " + paragraph
                + "\n3. The Committee adopted its agenda.\n");
    }

    @Test
    void coChairsAndViceChairsOneALineUnderTheirLabelsWithHonorifics() {
        MeetingReport r = parse("The Bureau is composed as follows:\n"
                + "    Co-Chairs:\n"
                + "        Ms. Tharushi Wickrama (Sri Lanka)\n"
                + "        Mr. Olle Bergstrand (Sweden)\n"
                + "    Vice-Chairs:\n"
                + "        Mr. Mamadou Camara (Guinea)\n"
                + "        Ms. Lucia Benitez (Paraguay)\n"
                + "        Dr. Vuk Markovic (Montenegro)\n"
                + "    Rapporteur:\n"
                + "        Ms. Rania Haddad (Jordan)");

        assertThat(r.participation()).extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Tharushi Wickrama", "LKA"),
                        tuple(Role.CHAIR, "Olle Bergstrand", "SWE"),
                        tuple(Role.OFFICER, "Mamadou Camara", "GIN"), tuple(Role.OFFICER, "Lucia Benitez", "PRY"),
                        tuple(Role.OFFICER, "Vuk Markovic", "MNE"), tuple(Role.OFFICER, "Rania Haddad", "JOR"));
    }

    @Test
    void viceChairsApartByCommasAfterTheElection() {
        MeetingReport r = parse("The following officers were elected: Chair: Mr. Anselmo Rivas (Chile); Vice-Chairs: "
                + "Ms. Efua Mensah (Ghana), Mr. Bikash Thapa (Nepal), Ms. Ilze Ozola (Latvia); Rapporteur: Mr. Jorge "
                + "Sanz (Spain).");

        assertThat(r.participation()).extracting(Participation::role, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "CHL"), tuple(Role.OFFICER, "GHA"),
                        tuple(Role.OFFICER, "NPL"), tuple(Role.OFFICER, "LVA"), tuple(Role.OFFICER, "ESP"));
    }

    @Test
    void aTableOfOfficesWithTheViceChairsOnRowsOfTheirOwn() {
        MeetingReport r = parse("The following officers were elected:\n"
                + "Office\tName\n"
                + "Chair\tMr. Anselmo Rivas (Chile)\n"
                + "Vice-Chairs\tMs. Efua Mensah (Ghana)\n"
                + "\tMr. Bikash Thapa (Nepal)\n"
                + "Rapporteur\tMr. Jorge Sanz (Spain)");

        assertThat(r.participation()).extracting(Participation::role, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "CHL"), tuple(Role.OFFICER, "GHA"),
                        tuple(Role.OFFICER, "NPL"), tuple(Role.OFFICER, "ESP"));
    }
}
