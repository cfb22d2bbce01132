package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * States named in a list after the rule they took part under ("…, as provided for in rule 12, paragraph 3: A, B and
 * C") are counted by that list, not by the rule's numbers; a group spoken for whose own name holds "and the"
 * ("the Latin America and the Caribbean Regional Group") stays whole.
 */
class ListAfterRuleAndRegionalGroupNamesTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "ZQW/TS/2031/3\nMeeting of the States Parties to the Tidal Safety Treaty\n"
                + "Third meeting\n"
                + "Report of the third Meeting of the States Parties to the Tidal Safety Treaty\n"
                + "  I. Organization of the meeting\n" + body
                + "  II. Opening of the meeting\n"
                + "20. The Chair opened the meeting.\n");
    }

    @Test
    void statesListedAfterTheRuleTheyTookPartUnderAreCountedByTheList() {
        MeetingReport r = parse("4. Furthermore, three States that have signed the Treaty without ratifying it took "
                + "part in the Meeting without a vote, as provided for in rule 12, paragraph 1: Peru, Ghana and Nepal.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactly(tuple(AttendanceCategory.MEMBER_STATE, 3));
    }

    @Test
    void twoStatesListedAfterTheRuleWithAClauseBeforeItAreCountedByTheList() {
        MeetingReport r = parse("4. In addition, two States that have signed the Treaty but not yet ratified it "
                + "participated in the Meeting without taking part in the adoption of decisions, as provided for in "
                + "rule 12, paragraph 1: Bolivia (Plurinational State of) and Nepal.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactly(tuple(AttendanceCategory.MEMBER_STATE, 2));
    }

    @Test
    void aRegionalGroupWhoseNameHoldsAndTheBeforeAnotherAndByStaysWhole() {
        MeetingReport r = parse("4. Statements were made by Ghana, on behalf of the Africa Regional Group, and by "
                + "Peru, on behalf of the Latin America and the Caribbean Regional Group, and by Norway.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(p -> p.entity().name(), Participation::onBehalfOf)
                .containsExactlyInAnyOrder(tuple("Peru", "Latin America and the Caribbean Regional Group"),
                        tuple("Ghana", "Africa Regional Group"), tuple("Norway", ""));
    }

    @Test
    void aRegionalGroupWhoseNameHoldsAndTheStaysWhole() {
        MeetingReport r = parse("4. Statements were made by Peru, on behalf of the Latin America and the Caribbean "
                + "Regional Group, by Ghana, on behalf of the Africa Regional Group, and by Norway.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(p -> p.entity().name(), Participation::onBehalfOf)
                .contains(tuple("Peru", "Latin America and the Caribbean Regional Group"),
                        tuple("Ghana", "Africa Regional Group"), tuple("Norway", ""));
    }
}
