package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * A list of those represented grouped under labels, each label and its names on a line of its own, with or without
 * bullets ("African States: Algeria, Cameroon, …", "Non-member observer State: Holy See"): the label is no name; each
 * part is read under its own label where the label names a kind (an observer State), else under the list's heading.
 */
class ListsGroupedUnderLabelsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String list) {
        return PARSER.parse("fixture.txt", "UNODC/CCPCJ/EG.99/2031/L.1\nExpert Group on Counterfeit Seeds\n"
                + "Draft report on the second meeting of the Expert Group\n  I. Organization of the meeting\n"
                + "1. The second meeting was held in Vienna from 2 to 4 April 2031.\n"
                + "2. The following States were represented:\n" + list
                + "3. The Expert Group adopted its agenda.\n");
    }

    @Test
    void regionalGroupsOneALineWithBullets() {
        MeetingReport r = parse("• African States: Benin, Kenya, Togo\n"
                + "• Group of Eastern European States: Latvia, Serbia\n"
                + "• Western European and other States: Malta, New Zealand\n"
                + "• Non-member observer State: Holy See\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(p -> p.entity().code(), Participation::category)
                .containsExactlyInAnyOrder(tuple("BEN", AttendanceCategory.MEMBER_STATE),
                        tuple("KEN", AttendanceCategory.MEMBER_STATE), tuple("TGO", AttendanceCategory.MEMBER_STATE),
                        tuple("LVA", AttendanceCategory.MEMBER_STATE), tuple("SRB", AttendanceCategory.MEMBER_STATE),
                        tuple("MLT", AttendanceCategory.MEMBER_STATE), tuple("NZL", AttendanceCategory.MEMBER_STATE),
                        tuple("VAT", AttendanceCategory.OBSERVER_STATE));
    }

    @Test
    void regionalGroupsOneALineIndented() {
        MeetingReport r = parse("        Asia-Pacific States: Bhutan, Fiji, Iran (Islamic Republic of)\n"
                + "        Latin American and Caribbean States: Belize, Peru\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(p -> p.entity().code())
                .containsExactlyInAnyOrder("BTN", "FJI", "IRN", "BLZ", "PER");
    }
}
