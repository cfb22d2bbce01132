package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/** An organisation the tables do not know, named with its acronym in brackets: kept under its name without it. */
class UnknownOrganisationNamedWithItsAcronymTest {

    private final ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    @Test
    void theAcronymInBracketsIsNoPartOfTheKeptName() {
        MeetingReport report = parser.parse("acronym.txt", """
                 United Nations A/AC.300/2023/3
                 Distr.: General
                 Original: English
                 Ad Hoc Committee
                 Report of the Ad Hoc Committee on its second session, held in New York from 9 to 20 January 2023
                  I. Organization of the session
                1. The following organizations were represented: Chile, Secretariat of the Regional Compact on
                Coastal Fisheries (RCCF).
                """);
        assertThat(report.participation()).extracting(p -> p.entity().name() + " | " + p.nameAsWritten())
                .containsExactly("Chile | Chile", "Secretariat of the Regional Compact on Coastal Fisheries | "
                        + "Secretariat of the Regional Compact on Coastal Fisheries (RCCF)");
    }
}
