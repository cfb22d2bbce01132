package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Attendance counts and a meeting's identity in shapes other bodies print them: a capacity qualified by a word ("as
 * accredited observers"); some of a count's entities named between it and the next count (", including A and B,");
 * the verb before the counts ("Also present were …"); a table of counts standing alone after the sentence that
 * announces it, its categories holding a colon, a row for the board's members beside rows of States; a meeting
 * numbered in digits on its cover ("41st meeting"); a session of a kind named between its ordinal and "session"
 * ("twelfth executive session"); a meeting that "took place" at a place and on dates; a sitting "held on" a day, which dates that sitting and not the session; the venue
 * after a building with "des" in its name or a building whose name begins with "United Nations"; groups spoken for,
 * each with its speaker in brackets ("on behalf of the Arab Group (by Oman), …"); speakers only counted, the groups
 * they spoke for named ("representatives of nine Parties, including on behalf of …"); a State of two words after a
 * verb in the past tense, no person ("thanked Sierra Leone (African States)"); an annex heading of several kinds ending
 * with what they are part of ("Funds, programmes and agencies of the United Nations system"); a table of category,
 * number and names flattened to text, its categories wrapped.
 */
class CountsInOtherShapesAndMeetingsNumberedInDigitsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "ZQW/PC/2031/4\nPermanent Council on Wetland Birds\nTwenty-second session\n"
                + "Report of the Permanent Council on Wetland Birds on its twenty-second session\n"
                + "  I. Organization of the session\n" + body);
    }

    @Test
    void someOfTheLastCountDescribedBeforeTheVerbAreNoEntityOfTheirOwn() {
        MeetingReport r = parse("2. Furthermore, 4 national human rights institutions and 19 non-governmental "
                + "organizations, including associations of hunters, took part in the session.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.OTHER, 4), tuple(AttendanceCategory.NGO, 19));
        assertThat(r.participation()).isEmpty();
    }

    @Test
    void countsAttendedAsQualifiedObserversAndNamedBetween() {
        MeetingReport r = parse("1. In addition, 11 intergovernmental organizations, including the African Union and "
                + "the Commonwealth Secretariat, 28 non-governmental organizations, including Birdlife Partners of the "
                + "Sahel and Friends of the Marshes, and 6 academic institutions attended the session as accredited "
                + "observers.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count, AttendanceCount::basis)
                .contains(tuple(AttendanceCategory.IGO, Capacity.OBSERVER, 11, AttendanceCount.Basis.PRINTED),
                        tuple(AttendanceCategory.NGO, Capacity.OBSERVER, 28, AttendanceCount.Basis.PRINTED),
                        tuple(AttendanceCategory.ACADEMIA, Capacity.OBSERVER, 6, AttendanceCount.Basis.PRINTED));
        assertThat(r.participation()).extracting(Participation::nameAsWritten)
                .contains("the African Union", "Birdlife Partners of the Sahel", "Friends of the Marshes");
    }

    @Test
    void theVerbBeforeTheCounts() {
        MeetingReport r = parse("1. Delegations of 57 States members of the Council took part in the session. Also "
                + "present were 9 United Nations entities, 3 other intergovernmental organizations and 40 "
                + "non-governmental organizations.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .contains(tuple(AttendanceCategory.MEMBER_STATE, 57), tuple(AttendanceCategory.UN_ENTITY, 9),
                        tuple(AttendanceCategory.IGO, 3), tuple(AttendanceCategory.NGO, 40));
    }

    @Test
    void aTableOfCountsAfterTheSentenceThatAnnouncesIt() {
        MeetingReport r = parse("1. The secretary reported that credentials had been received from 24 members of the "
                + "Council.\n"
                + "2. The table below shows who took part.\n"
                + "Category\tNumber\n"
                + "Members of the Council\t24\n"
                + "Observers: other States\t31\n"
                + "Observers: non-member States\t1\n"
                + "Specialized agencies\t4\n"
                + "Non-governmental organizations\t22\n"
                + "Total\t82\n"
                + "3. The Council then turned to its agenda.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 24),
                        tuple(AttendanceCategory.MEMBER_STATE, Capacity.OBSERVER, 31),
                        tuple(AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 1),
                        tuple(AttendanceCategory.SPECIALIZED_AGENCY, null, 4),
                        tuple(AttendanceCategory.NGO, null, 22));
    }

    @Test
    void aMeetingNumberedInDigitsOnItsCoverAndItsSittingsNumberedToo() {
        MeetingReport r = PARSER.parse("fixture.txt", "ZQW/SB/288\nGoverning Body of the Rangeland Fund\n"
                + "41st meeting\nReport of the Governing Body on its 41st meeting\n  I. Introduction\n"
                + "1. The 41st meeting of the Governing Body took place at the Palais des Congrès in Montreal from 8 "
                + "to 10 June 2032. The report of the 40th meeting, held from 2 to 4 November 2031, was noted.\n"
                + "2. At its 2nd meeting, on 9 June 2032, the Governing Body heard the Fund's treasurer.\n");

        assertThat(r.sessionNumber()).isEqualTo(41);
        assertThat(r.startDate()).isEqualTo(LocalDate.of(2032, 6, 8));
        assertThat(r.endDate()).isEqualTo(LocalDate.of(2032, 6, 10));
    }

    @Test
    void heldAtABuildingWithDesInItsNameOrAUnitedNationsBuildingThatIsNoSeat() {
        MeetingReport palais = PARSER.parse("fixture.txt", "ZQW/SB/288\nGoverning Body of the Rangeland Fund\n"
                + "41st meeting\n  I. Introduction\n"
                + "1. The 41st meeting of the Governing Body was held at the Palais des Congrès in Montreal from 8 "
                + "to 10 June 2032.\n");
        MeetingReport centre = parse("1. The Council held its twenty-second session at the United Nations Conference "
                + "Centre in Addis Ababa from 3 to 5 March 2031.\n");

        assertThat(palais.venue()).isEqualTo("Montreal");
        assertThat(palais.sessionNumber()).isEqualTo(41);
        assertThat(palais.startDate()).isEqualTo(LocalDate.of(2032, 6, 8));
        assertThat(centre.venue()).isEqualTo("Addis Ababa");
    }

    @Test
    void aSessionOfAKindNamedBetweenItsOrdinalAndSession() {
        MeetingReport r = PARSER.parse("fixture.txt", "ZQW/EX(12)/2\nBoard of the Commodity Agency\n"
                + "Twelfth executive session\n"
                + "Report of the Board of the Commodity Agency on its twelfth executive session\n"
                + "  I. Organizational matters\n"
                + "1. The officers elected at the sixtieth session of the Board continued to serve: President, Ms. "
                + "Ilse Brandt (Austria).\n"
                + "2. At its 1st meeting, on 14 May 2033, the Board adopted its agenda.\n");

        assertThat(r.sessionNumber()).isEqualTo(12);
    }

    @Test
    void aSittingHeldOnADayDatesThatSittingNotTheSession() {
        MeetingReport r = parse("2. At its 1st meeting, on 12 April 2031, the Council adopted its agenda.\n"
                + "3. The report on the twenty-second session was adopted by the Council at its 5th meeting, an extra "
                + "sitting held on 30 June 2031.\n");

        assertThat(r.startDate()).isEqualTo(LocalDate.of(2031, 4, 12));
        assertThat(r.endDate()).isEqualTo(LocalDate.of(2031, 6, 30));
    }

    @Test
    void groupsSpokenForEachWithItsSpeakerInBrackets() {
        MeetingReport r = parse("4. Interventions were made on behalf of the Arab Group (by Oman), the Alliance of "
                + "Small Island States (by the representative of Fiji) and the Group of 77 and China (by Uganda).\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT && !p.onBehalfOf().isEmpty())
                .extracting(p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactly(tuple("OMN", "Group of Arab States"), tuple("FJI", "Alliance of Small Island States"),
                        tuple("UGA", "Group of 77 and China"));
    }

    @Test
    void speakersCountedButTheGroupsTheySpokeForNamed() {
        MeetingReport r = parse("5. The Council heard statements from delegates of twenty States, including statements "
                + "on behalf of the Coalition for Rainforest Nations, ALBA, the Arab Group and the BASIC countries.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(p -> p.entity().code())
                .containsExactly("CFRN", "ALBA", "ARAB_GROUP", "BASIC");
    }

    @Test
    void aStateOfTwoWordsAfterAVerbInThePastIsNoPerson() {
        MeetingReport r = parse("1. The Council thanked Sierra Leone (African States) for hosting its retreat and "
                + "elected Ms. Ana Duarte (Portugal) as Rapporteur.\n"
                + "2. The Council congratulated South Sudan (African States) and welcomed Ms. Ilka Berg (Germany) as "
                + "Vice-Chair.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.OFFICER)
                .extracting(Participation::person, p -> p.entity().code())
                .containsExactly(tuple("Ana Duarte", "PRT"), tuple("Ilka Berg", "DEU"));
    }

    @Test
    void anAnnexHeadingOfSeveralKindsThatEndsWithWhatTheyArePartOf() {
        MeetingReport r = parse("1. The list of those attending is in the annex.\nAnnex\nAttendance\n"
                + "States members of the Council\nKenya\nPeru\n"
                + "Funds, programmes and agencies of the United Nations system\nWorld Food Programme\n"
                + "World Health Organization\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(Participation::nameAsWritten)
                .containsExactly("Kenya", "Peru", "World Food Programme", "World Health Organization");
        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, 2),
                        tuple(AttendanceCategory.UN_ENTITY, 2));
    }

    @Test
    void aTableOfThreeColumnsFlattenedToText() {
        MeetingReport r = parse("2. Who took part is set out below.\n"
                + "Category Number Names\n"
                + "Intergovernmental bodies 2 League of Arab States (LAS), Andean\n"
                + "Development Corporation (CAF)\n"
                + "Members of the Council 40 see document ZQW/PC/22/INF/1\n"
                + "Non-governmental\n"
                + "organizations 3 Article 19 (A19), Group of 77 Trust (GST), Oxfam\n"
                + "International (OI)\n"
                + "Non-member observer States 1 Holy See\n"
                + "  II. Opening of the session\n"
                + "3. The Chair opened the session.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.IGO, 2), tuple(AttendanceCategory.MEMBER_STATE, 40),
                        tuple(AttendanceCategory.NGO, 3), tuple(AttendanceCategory.OBSERVER_STATE, 1));
        assertThat(r.participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(p -> p.entity().code()).contains("LAS", "VAT");
    }

    @Test
    void aSittingNumberedInDigitsInTheSentenceThatHoldsTheSessionKeepsItsVenue() {
        MeetingReport r = parse("1. The session was held at the Palais des Nations in Geneva from 3 to 5 May 2031; its "
                + "1st meeting was opened by the Chair.\n");

        assertThat(r.venue()).isEqualTo("Geneva");
        assertThat(r.startDate()).isEqualTo(LocalDate.of(2031, 5, 3));
    }
}
