package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * A table announced by a full sentence rather than a colon ("… are shown in the table below." and a row of column
 * titles): a table of entities with a column of their kinds, the kind on every row or on a group's first row only, and
 * a table of panellists; and a total of States followed by its parts after a colon, the parts being the counts.
 */
class TablesAnnouncedBySentenceAndTotalsBrokenDownTest {

    private final ReportParser parser = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private MeetingReport parse(String body) {
        return parser.parse("tables.txt", """
                 United Nations E/CN.99/2031/4
                 Distr.: General
                 Original: English
                 Regional Meeting
                 Report of the Regional Meeting on its third session, held in Santiago from 3 to 5 June 2031
                  I. Organization of the session
                """ + body);
    }

    @Test
    void aTotalOfStatesAndItsPartsAfterAColonAreCountedByItsParts() {
        MeetingReport report = parse("""
                1. In all, delegations of thirty States took part in the session: twenty-six States of the Caribbean
                region and four States from other regions.
                """);
        assertThat(report.attendance()).extracting(a -> a.category() + " " + a.capacity() + " " + a.count())
                .containsExactlyInAnyOrder("MEMBER_STATE MEMBER 26", "MEMBER_STATE OBSERVER 4");
    }

    @Test
    void aTableWithAKindOnEveryRowListsEachEntityUnderItsKind() {
        MeetingReport report = parse("""
                1. Two States and one intergovernmental organization took part. They are shown in the table below.
                Entity\tType
                Chile\tMember State (region)
                Canada\tMember State (outside the region)
                African Union\tIntergovernmental organization
                """);
        assertThat(report.participation()).extracting(p -> p.role() + " " + p.entity().code() + " " + p.capacity())
                .containsExactly("REPRESENTED CHL MEMBER", "REPRESENTED CAN OBSERVER", "REPRESENTED AU null");
    }

    @Test
    void aTableWithAKindOnAGroupsFirstRowOnlyKeepsItForTheRowsBelow() {
        MeetingReport report = parse("""
                1. The delegations that took part are set out in the following table.
                Delegation\tCategory
                Peru\tMember States
                Uruguay\t
                World Customs Organization\tIntergovernmental organizations
                """);
        assertThat(report.participation()).extracting(p -> p.entity().code() + " " + p.category())
                .containsExactly("PER MEMBER_STATE", "URY MEMBER_STATE", "WCO IGO");
    }

    @Test
    void aTableOfPanellistsAnnouncedBySentenceGivesEachWithAffiliation() {
        MeetingReport report = parse("""
                1. The discussion was led by the panellists named below.
                Expert\tCountry\tTopic
                Lucía Fernández\tArgentina\tCustoms data: lessons learned
                Omar Haddad\tJordan\tRisk profiling
                """);
        assertThat(report.participation()).extracting(p -> p.role() + " " + p.person() + " " + p.entity().code())
                .containsExactly("PANELLIST Lucía Fernández ARG", "PANELLIST Omar Haddad JOR");
    }
}
