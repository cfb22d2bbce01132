package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Officers whose State is written after "of" rather than in brackets ("B of Chile as Vice-Chairs", "and Mr C, of
 * Ghana, as Rapporteur"), and a table of officers whose label and "Name, State" cells arrive as one run of text
 * ("Chair: A, Norway Vice-Chairs: B, Ghana C, Portugal").
 */
class OfficersWithOfStateAndInLabelledRunsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("board.txt", "ZQW/SB/2034/2\nSteppe Grazing Board\nSecond meeting\n"
                + "Report of the Steppe Grazing Board on its second meeting\n"
                + "  A. Opening and officers\n" + body
                + "  B. Adoption of the agenda\n"
                + "9. The Board adopted its agenda.\n");
    }

    @Test
    void aSecondOfficerWithTheStateAfterOfKeepsIt() {
        MeetingReport r = parse("3. The meeting elected by acclamation Ingrid Solberg Aas (Norway) and Paulo Teixeira "
                + "Lima of Portugal as Vice-Chairs.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.OFFICER)
                .extracting(Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple("Ingrid Solberg Aas", "NOR"), tuple("Paulo Teixeira Lima", "PRT"));
    }

    @Test
    void anOfficerWithTheStateBetweenCommasAfterOf() {
        MeetingReport r = parse("3. The Board elected Ms Ingrid Solberg Aas (Norway) as Chair. It elected Mr Paulo "
                + "Teixeira Lima (Portugal) as Vice-Chair, and Ms Hana Kowalczyk, of Poland, as Rapporteur.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.OFFICER)
                .extracting(Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple("Paulo Teixeira Lima", "PRT"), tuple("Hana Kowalczyk", "POL"));
    }

    @Test
    void aTitleOfStateBeforeTheOfficeIsNoPerson() {
        MeetingReport r = parse("3. The Board elected Ingrid Solberg Aas, Permanent Representative of Norway, as "
                + "Chair.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.CHAIR)
                .extracting(Participation::person, p -> p.entity().code())
                .containsExactly(tuple("Ingrid Solberg Aas", "NOR"));
    }

    @Test
    void aTableOfLabelsAndNameStateCellsRunIntoOneLine() {
        MeetingReport r = parse("3. At its first meeting, on 4 May 2033, the Board elected the following Bureau:\n"
                + "Chair:        Ingrid Solberg Aas, Norway\n"
                + "Vice-Chairs:  Kofi Mensah Boateng, Ghana\n"
                + "              Paulo Teixeira Lima, Portugal\n"
                + "              Hana Kowalczyk, Bosnia and Herzegovina\n"
                + "4. The secretariat served the Board.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Ingrid Solberg Aas", "NOR"),
                        tuple(Role.OFFICER, "Kofi Mensah Boateng", "GHA"),
                        tuple(Role.OFFICER, "Paulo Teixeira Lima", "PRT"),
                        tuple(Role.OFFICER, "Hana Kowalczyk", "BIH"));
    }
}
