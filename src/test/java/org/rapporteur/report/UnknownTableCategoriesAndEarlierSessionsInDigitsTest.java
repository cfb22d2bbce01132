package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * A row of a category, number and names table whose category no list knows ("Visiting scientists 5") stays a row of
 * its own: its count is never added to the row above nor read as States, and the names above keep theirs; people of
 * a secretariat ("Members of the joint secretariat") are no member States. A sentence on an earlier session numbered
 * in digits ("met in Lyon for its 8th session") gives no venue to this one.
 */
class UnknownTableCategoriesAndEarlierSessionsInDigitsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "ZQW/MB/2032/7\nMixed Board on Alpine Lakes\nNinth session\n"
                + "Report of the Mixed Board on Alpine Lakes on its ninth session\n"
                + "  I. Organization of the session\n" + body);
    }

    @Test
    void aRowOfAnUnknownCategoryKeepsItsOwnCountAndTheNamesAboveKeepTheirs() {
        MeetingReport r = parse("3. The participants were as follows.\n"
                + "Category Number Names\n"
                + "Intergovernmental organizations 2 African Union (AU), League of Arab States (LAS)\n"
                + "Visiting scientists 5 see document ZQW/MB/9/INF/2\n"
                + "Non-member observer States 1 Holy See\n"
                + "  II. Opening of the session\n"
                + "4. The Chair opened the session.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.IGO, 2), tuple(AttendanceCategory.OTHER, 5),
                        tuple(AttendanceCategory.OBSERVER_STATE, 1));
        assertThat(r.participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(p -> p.entity().code()).contains("AU", "LAS", "VAT");
    }

    @Test
    void membersOfTheSecretariatInATableAreNoMemberStates() {
        MeetingReport r = parse("3. The participants were as follows.\n"
                + "Category Number Names\n"
                + "Intergovernmental organizations 2 African Union (AU), League of Arab States (LAS)\n"
                + "Members of the joint secretariat 7 see document ZQW/MB/9/INF/2\n"
                + "Non-member observer States 1 Holy See\n"
                + "  II. Opening of the session\n"
                + "4. The Chair opened the session.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.IGO, 2), tuple(AttendanceCategory.OTHER, 7),
                        tuple(AttendanceCategory.OBSERVER_STATE, 1));
    }

    @Test
    void anEarlierSessionNumberedInDigitsGivesNoVenueToThisOne() {
        MeetingReport r = parse("1. The Board met in Lyon for its 8th session from 10 to 12 April 2031.\n"
                + "2. The ninth session took place in Vienna from 14 to 18 September 2032.\n");

        assertThat(r.venue()).isEqualTo("Vienna");
        assertThat(r.startDate()).isEqualTo(LocalDate.of(2032, 9, 14));
    }
}
