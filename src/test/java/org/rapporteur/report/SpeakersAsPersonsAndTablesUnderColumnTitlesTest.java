package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Speakers named as persons with their delegation in brackets, lists after "the following … spoke:", a State's official
 * by title with the person's name between commas, a unit named with its organisation, and panellists in a table
 * under a row of column titles.
 */
class SpeakersAsPersonsAndTablesUnderColumnTitlesTest {

    private final ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private MeetingReport parse(String body) {
        return parser.parse("speakers.txt", """
                 United Nations E/CN.99/2031/2
                 Distr.: General
                 Original: English
                 Regional Committee
                 Report of the Regional Committee on its fourth session, held in Santiago from 3 to 5 March 2031
                  I. Organization of the session
                """ + body);
    }

    private static List<String> rows(MeetingReport report, Role role) {
        return report.participation().stream().filter(p -> p.role() == role)
                .map(p -> p.paragraph() + " " + (p.entity().code().isEmpty() ? p.entity().name() : p.entity().code())
                        + (p.person().isEmpty() ? "" : " " + p.person())
                        + (p.onBehalfOf().isEmpty() ? "" : " for " + p.onBehalfOf()))
                .toList();
    }

    @Test
    void personsWithTheirDelegationInBracketsSpeakForIt() {
        MeetingReport report = parse("""
                1. Statements were made by Ms. Ana Rojas Vidal (Chile), H.E. Mr. Tomas Lind (Sweden) and Dr. Kofi
                Mensah (Ghana), Vice-Chair of the third session.
                2. Mr. Luis Prado (Peru) and Ms. Ines Okafor (Nigeria) also took the floor in the informal meetings.
                3. Ambassador Rui Costa (Portugal), speaking on behalf of the European Union, outlined the work done.
                """);
        assertThat(rows(report, Role.STATEMENT)).containsExactly("1 CHL", "1 SWE", "1 GHA", "2 PER", "2 NGA",
                "3 PRT for European Union");
    }

    @Test
    void aPersonWhoseBracketIsNoKnownNameStaysAsWritten() {
        MeetingReport report = parse("""
                1. Statements were made by the representatives of Chile and Peru. Mr. Jon Ray (Oceania Panel) chaired.
                """);
        assertThat(rows(report, Role.STATEMENT)).containsExactly("1 CHL", "1 PER");
    }

    @Test
    void aListAfterTheFollowingStatesSpokeOrTookTheFloor() {
        MeetingReport report = parse("""
                1. General statements were made. The following Member States spoke:
                Argentina (on behalf of the Group of 77 and China)
                Mexico
                Canada
                2. The following observers took the floor: Holy See; State of Palestine.
                """);
        assertThat(rows(report, Role.STATEMENT)).containsExactly("1 ARG for Group of 77 and China", "1 G77",
                "1 MEX", "1 CAN", "2 VAT", "2 PSE");
    }

    @Test
    void aMinisterByTitleWithTheNameBetweenCommasSpeaksForTheState() {
        MeetingReport report = parse("""
                1. The Minister for Water and Sanitation of Uruguay, Ms. Clara Ibarra, delivered a statement on drought.
                2. The Deputy Minister of the Environment of Kenya, Wanjiru Kamau, made an opening statement.
                """);
        assertThat(rows(report, Role.STATEMENT)).containsExactly("1 URY", "2 KEN");
    }

    @Test
    void aUnitNamedWithItsOrganisationIsThatOrganisation() {
        MeetingReport report = parse("""
                1. Statements were made by the Director of the Division for Treaty Affairs of the World Health
                Organization and the representative of Chile, and by the Director of the Statistics Division of the Food and Agriculture
                Organization of the United Nations.
                """);
        assertThat(rows(report, Role.STATEMENT)).containsExactly("1 WHO", "1 CHL", "1 FAO");
    }

    @Test
    void panellistsInATableUnderColumnTitlesAreEachPersonWithTheAffiliation() {
        MeetingReport report = parse("""
                1. A panel discussion was held with the following speakers:
                Theme\tSpeaker\tCountry/organization
                Water pricing\tMarta Quispe Flores\tBolivia (Plurinational State of)
                Glacier retreat\tJens Aalto\tWorld Meteorological Organization
                2. The Committee thanked the speakers.
                """);
        assertThat(rows(report, Role.PANELLIST)).containsExactly("1 BOL Marta Quispe Flores", "1 WMO Jens Aalto");
    }
}
