package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Whom a speaker spoke for, said otherwise than "on behalf of", in a chain of speakers or in running text: "…, in its
 * capacity as Chair of the Group of 77 and China", "…, as coordinator of the Group of Arab States", "Peru (for the
 * Group of …)"; a group's name followed by a bracket that lists its member States is the group alone. An office held
 * in something that is no group ("as President of the Assembly") speaks for no one, and the speaker stays the State.
 */
class GroupsSpokenForInOtherWordsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String paragraph) {
        return PARSER.parse("fixture.txt", "XYZ/CONF.2040/PC.I/2\nPreparatory Committee for the 2040 Review "
                + "Conference of the Parties to the Treaty on Seabed Mining\nFirst session\n"
                + "Report of the Preparatory Committee on its first session\n  I. Organization of the session\n"
                + "1. The first session was held in Geneva from 2 to 6 May 2039.\n2. " + paragraph + "\n");
    }

    private static java.util.List<org.assertj.core.groups.Tuple> spokenFor(MeetingReport r) {
        return r.participation().stream().filter(p -> p.role() == Role.STATEMENT && !p.onBehalfOf().isEmpty())
                .map(p -> tuple(p.entity().code(), p.onBehalfOf())).toList();
    }

    @Test
    void aChainWithOfficesOfGroupsAndAForInBrackets() {
        MeetingReport r = parse("Statements were made by Ghana, in its capacity as Chair of the Group of 77 and China; "
                + "Oman, as coordinator of the Group of Arab States; Ecuador (for the Group of Latin American and "
                + "Caribbean States); Iceland, as President of the Assembly of States Parties; and Chile.");

        assertThat(spokenFor(r)).containsExactlyInAnyOrder(tuple("GHA", "Group of 77 and China"),
                tuple("OMN", "Group of Arab States"), tuple("ECU", "Group of Latin American and Caribbean States"));
        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT).extracting(p -> p.entity().code())
                .contains("GHA", "OMN", "ECU", "ISL", "CHL");
    }

    @Test
    void inRunningText() {
        MeetingReport r = parse("The representative of Tunisia, in her capacity as Chair of the Group of African "
                + "States, made a statement.");

        assertThat(spokenFor(r)).containsExactly(tuple("TUN", "Group of African States"));
    }

    @Test
    void aGroupWithItsMembersInBrackets() {
        MeetingReport r = parse("Statements were made by Mexico, on behalf of the Coalition for Clean Seas (Chile, "
                + "Mexico, Norway and Palau); Japan; and Kenya.");

        assertThat(spokenFor(r)).containsExactly(tuple("MEX", "Coalition for Clean Seas"));
    }
}
