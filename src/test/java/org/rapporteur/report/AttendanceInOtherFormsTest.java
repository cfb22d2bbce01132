package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.locations;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;

/**
 * Attendance as other bodies write it: lists after "was attended by observers for the following …:", in lettered
 * parts with headings of their own, States a committee invited to attend, a count in a list's heading, names holding
 * "and" at the end of a list; counts in sentences that say "were also represented", "In addition, … attended",
 * "together with", "as well as by", "more than 450", and entities a count names after a colon.
 */
class AttendanceInOtherFormsTest {

    static final String LISTS = "attendance-lists-attended-by-the-following.txt";
    static final String COUNTS = "attendance-counts-in-other-sentences.txt";
    static final String COUNTED_AND_NAMED = "attendance-counted-and-named.txt";
    static final String SUB_LINES = "attendance-counts-in-sub-lines-and-other-categories.txt";
    static final String IN_AN_ANNEX = "attendance-in-an-annex.txt";
    static final String NAMES_AFTER_THE_VERB = "attendance-named-after-the-verb.txt";

    private static String code(Participation p) {
        return p.entity().code().isEmpty() ? p.nameAsWritten() : p.entity().code();
    }

    @Test
    void listsAfterAttendedByTheFollowingInvitedObserversAndListsInLetteredParts() {
        assertThat(rows(parse(LISTS), Role.REPRESENTED)).filteredOn(p -> p.paragraph() <= 3)
                .extracting(Participation::paragraph, AttendanceInOtherFormsTest::code, Participation::category,
                        Participation::capacity)
                .containsExactly(tuple(1, "ARG", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                        tuple(1, "CHL", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                        tuple(1, "FIN", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                        tuple(1, "ISL", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                        tuple(1, "NZL", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                        tuple(1, "NOR", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                        tuple(2, "BTN", AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER),
                        tuple(2, "MNG", AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER),
                        tuple(2, "VAT", AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER),
                        tuple(2, "LKA", AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER),
                        tuple(3, "WMO", AttendanceCategory.UN_ENTITY, Capacity.OBSERVER),
                        tuple(3, "UNEP", AttendanceCategory.UN_ENTITY, Capacity.OBSERVER),
                        tuple(3, "Circumpolar Ice Agency", AttendanceCategory.IGO, Capacity.OBSERVER),
                        tuple(3, "High Latitude Cooperation Office", AttendanceCategory.IGO, Capacity.OBSERVER),
                        tuple(3, "Polar Women Network", AttendanceCategory.NGO, Capacity.OBSERVER),
                        tuple(3, "Association of Young Glaciologists", AttendanceCategory.NGO, Capacity.OBSERVER),
                        tuple(3, "Ice and Snow Research Forum", AttendanceCategory.NGO, Capacity.OBSERVER));
    }

    @Test
    void aCountInAListsHeadingAndANameWithAnAndAtTheEndOfAList() {
        MeetingReport report = parse(LISTS);
        assertThat(report.attendance()).filteredOn(a -> a.basis() == AttendanceCount.Basis.PRINTED)
                .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::count,
                        AttendanceCount::provisional)
                .containsExactly(tuple(4, AttendanceCategory.IGO, 5, true));
        assertThat(rows(report, Role.REPRESENTED)).filteredOn(p -> p.paragraph() >= 4)
                .extracting(AttendanceInOtherFormsTest::code, p -> p.entity().type())
                .containsExactly(tuple("AU", EntityType.IGO), tuple("LAS", EntityType.IGO), tuple("CoE", EntityType.IGO),
                        tuple("OIC", EntityType.IGO), tuple("Sea and Ice Observatory (SIO)", EntityType.UNKNOWN),
                        tuple("ITU", EntityType.UN_ENTITY),
                        tuple("the Antarctic Heritage Consortium (AHC)", EntityType.UNKNOWN));
    }

    @Test
    void unknownNamesAreKeptWithAFindingNeverDropped() {
        assertThat(locations(parse(LISTS), FindingCode.UNKNOWN_ENTITY))
                .containsExactly("paragraph 3", "paragraph 3", "paragraph 4", "paragraph 5");
        assertThat(locations(parse(LISTS), FindingCode.UNLISTED_ENTITY)).hasSize(3);
    }

    @Test
    void countsInSentencesOfOtherShapesEachAsPrinted() {
        assertThat(parse(COUNTS).attendance()).filteredOn(a -> a.basis() != AttendanceCount.Basis.LIST)
                .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count, AttendanceCount::basis)
                .containsExactlyInAnyOrder(
                        tuple(1, AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 41, AttendanceCount.Basis.PRINTED),
                        tuple(1, AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 62, AttendanceCount.Basis.PRINTED),
                        tuple(1, AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 2, AttendanceCount.Basis.PRINTED),
                        tuple(2, AttendanceCategory.NGO, Capacity.OBSERVER, 12, AttendanceCount.Basis.PRINTED),
                        tuple(2, AttendanceCategory.UN_ENTITY, null, 6, AttendanceCount.Basis.PRINTED),
                        tuple(3, AttendanceCategory.SPECIALIZED_AGENCY, null, 3, AttendanceCount.Basis.PRINTED),
                        tuple(4, AttendanceCategory.IGO, null, 3, AttendanceCount.Basis.PRINTED),
                        tuple(5, AttendanceCategory.NGO, null, 31, AttendanceCount.Basis.PRINTED),
                        tuple(5, AttendanceCategory.ACADEMIA, null, 8, AttendanceCount.Basis.PRINTED),
                        tuple(5, AttendanceCategory.PRIVATE_SECTOR, null, 4, AttendanceCount.Basis.PRINTED),
                        tuple(6, AttendanceCategory.NGO, Capacity.OBSERVER, 44, AttendanceCount.Basis.PRINTED),
                        tuple(6, AttendanceCategory.NGO, Capacity.OBSERVER, 17, AttendanceCount.Basis.PRINTED),
                        tuple(7, AttendanceCategory.MEMBER_STATE, null, 77, AttendanceCount.Basis.PRINTED),
                        tuple(7, AttendanceCategory.IGO, null, 4, AttendanceCount.Basis.PRINTED),
                        tuple(8, AttendanceCategory.OTHER, null, 5, AttendanceCount.Basis.PRINTED),
                        tuple(8, AttendanceCategory.NGO, null, 450, AttendanceCount.Basis.APPROXIMATE),
                        tuple(8, AttendanceCategory.OTHER, null, 15, AttendanceCount.Basis.PRINTED));
    }

    @Test
    void entitiesACountSentenceNamesAfterAColonOrBeforeAnAppositive() {
        MeetingReport report = parse(COUNTS);
        assertThat(rows(report, Role.REPRESENTED)).extracting(Participation::paragraph,
                        AttendanceInOtherFormsTest::code, Participation::category)
                .containsExactly(tuple(4, "CoE", AttendanceCategory.IGO),
                        tuple(7, "PSE", AttendanceCategory.OBSERVER_STATE), tuple(7, "EU", AttendanceCategory.IGO),
                        tuple(7, "AU", AttendanceCategory.IGO), tuple(7, "CARICOM", AttendanceCategory.IGO),
                        tuple(7, "OAS", AttendanceCategory.IGO), tuple(7, "PIF", AttendanceCategory.IGO));
        assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.UNKNOWN_CATEGORY)
                .extracting(f -> f.location(), f -> f.message().contains("several kinds"))
                .containsExactly(tuple("paragraph 8", true));
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
    }

    @Test
    void entitiesCountedAndNamedInOneSentenceAreOneCountNotTwo() {
        MeetingReport report = parse(COUNTED_AND_NAMED);
        assertThat(report.attendance())
                .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::count,
                        AttendanceCount::basis)
                .containsExactly(tuple(1, AttendanceCategory.MEMBER_STATE, 88, AttendanceCount.Basis.PRINTED),
                        tuple(1, AttendanceCategory.OBSERVER_STATE, 2, AttendanceCount.Basis.PRINTED),
                        tuple(2, AttendanceCategory.IGO, 3, AttendanceCount.Basis.PRINTED));
        assertThat(rows(report, Role.REPRESENTED)).extracting(AttendanceInOtherFormsTest::code)
                .containsExactly("VAT", "PSE", "AU", "ESA", "LAS");
    }

    @Test
    void countsInSubLinesAfterAColonInvertedSentencesAndCategoriesOfOtherBodies() {
        MeetingReport report = parse(SUB_LINES);
        assertThat(report.attendance()).filteredOn(a -> a.basis() == AttendanceCount.Basis.PRINTED)
                .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count, AttendanceCount::provisional)
                .containsExactlyInAnyOrder(tuple(1, AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 96, false),
                        tuple(1, AttendanceCategory.UN_ENTITY, null, 9, false),
                        tuple(1, AttendanceCategory.NGO, null, 41, false),
                        tuple(1, AttendanceCategory.IGO, null, 2, false),
                        tuple(1, AttendanceCategory.PRIVATE_SECTOR, null, 15, false),
                        tuple(2, AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 61, true),
                        tuple(2, AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 1, true),
                        tuple(2, AttendanceCategory.NGO, null, 27, true),
                        tuple(3, AttendanceCategory.NGO, null, 19, false),
                        tuple(3, AttendanceCategory.IGO, null, 6, false),
                        tuple(3, AttendanceCategory.ACADEMIA, null, 4, false),
                        tuple(4, AttendanceCategory.OTHER, null, 12, false),
                        tuple(4, AttendanceCategory.OTHER, null, 3, false),
                        tuple(5, AttendanceCategory.OTHER, Capacity.MEMBER, 7, false));
        // "an observer from the State of Palestine" names one observer State, and counts none; "the European Union
        // (Member Organization)": the bracket gives its capacity, no name
        assertThat(rows(report, Role.REPRESENTED))
                .extracting(Participation::paragraph, AttendanceInOtherFormsTest::code, Participation::capacity)
                .containsExactly(tuple(1, "EU", Capacity.MEMBER), tuple(1, "PSE", null));
        assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
    }

    @Test
    void listsInAnAnnexAfterTheParagraphsEachUnderItsHeadingLineAndNoPersons() {
        MeetingReport report = parse(IN_AN_ANNEX);
        assertThat(report.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 0);
        assertThat(report.paragraphs().get(2).text())
                .isEqualTo("At its 10th meeting, the working group adopted the report on its seventh session.");
        assertThat(rows(report, Role.REPRESENTED))
                .extracting(Participation::paragraph, AttendanceInOtherFormsTest::code, Participation::category,
                        Participation::capacity)
                .containsExactly(tuple(0, "ARG", AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER),
                        tuple(0, "GHA", AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER),
                        tuple(0, "NOR", AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER),
                        tuple(0, "PHL", AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER),
                        tuple(0, "PSE", AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER),
                        tuple(0, "AU", AttendanceCategory.IGO, null),
                        tuple(0, "EU", AttendanceCategory.IGO, null),
                        tuple(0, "Rural Water Alliance", AttendanceCategory.NGO, null),
                        tuple(0, "Friends of the Aquifer", AttendanceCategory.NGO, null));
        assertThat(report.findings()).filteredOn(f -> f.location().equals("annexes"))
                .extracting(f -> f.code()).containsExactly(FindingCode.UNLISTED_ENTITY, FindingCode.UNLISTED_ENTITY);
    }

    @Test
    void namesAfterTheVerbAlsoRepresentedWereAndRepresentedByAKindOfEntity() {
        assertThat(rows(parse(NAMES_AFTER_THE_VERB), Role.REPRESENTED))
                .extracting(Participation::paragraph, AttendanceInOtherFormsTest::code, Participation::category,
                        Participation::capacity)
                .containsExactly(tuple(1, "the Danube Commission", AttendanceCategory.OTHER, null),
                        tuple(1, "the Mekong River Commission", AttendanceCategory.OTHER, null),
                        tuple(1, "FAO", AttendanceCategory.UN_ENTITY, null),
                        tuple(2, "WMO", AttendanceCategory.SPECIALIZED_AGENCY, null),
                        tuple(2, "IMO", AttendanceCategory.SPECIALIZED_AGENCY, null),
                        tuple(3, "VAT", AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER),
                        tuple(4, "the Lake Chad Basin Commission", AttendanceCategory.OTHER, Capacity.OBSERVER),
                        tuple(4, "EU", AttendanceCategory.IGO, Capacity.OBSERVER),
                        tuple(4, "CHL", AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER));
        assertThat(locations(parse(NAMES_AFTER_THE_VERB), FindingCode.UNKNOWN_ENTITY)).containsExactly("paragraph 1",
                "paragraph 1", "paragraph 4");
    }
}
