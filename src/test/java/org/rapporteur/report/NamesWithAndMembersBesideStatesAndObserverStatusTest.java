package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Forms of attendance paragraphs: an organisation whose unknown name holds "and" ("… Institute of Glacier Science and
 * Polar Law", "… Circle for Tides and Currents") stays one item, whether the list closes with ", and" or with two
 * "and"s after its last comma; members of the body counted beside observer States or a member organization are
 * States ("31 members of the Board", "nine other members of the Council"); organisations "granted observer status"
 * under a lettered list of kinds are represented; a count after the rule it was admitted under ("In accordance with
 * rule 39, paragraph 2, …") is read.
 */
class NamesWithAndMembersBesideStatesAndObserverStatusTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "ZQW/TB/2033/4\nTidal Energy Board\nSixth session\n"
                + "Report of the Tidal Energy Board on its sixth session\n"
                + "  I. Organization of the session\n" + body
                + "  II. Opening of the session\n"
                + "20. The Chair opened the session.\n");
    }

    private static java.util.List<String> representedNames(MeetingReport r) {
        return r.participation().stream().filter(p -> p.role() == Role.REPRESENTED).map(p -> p.entity().name())
                .toList();
    }

    @Test
    void anUnknownNameWithAndBeforeTheListsClosingCommaAndStaysOneItem() {
        MeetingReport r = parse("3. The following academic institutions were also represented: Baltic Institute of "
                + "Glacier Science and Polar Law, and Lisbon Marine Research Institute.\n");

        assertThat(representedNames(r)).containsExactlyInAnyOrder(
                "Baltic Institute of Glacier Science and Polar Law", "Lisbon Marine Research Institute");
    }

    @Test
    void theSecondAndAfterTheLastCommaEndsAPhraseOfTheNameBeforeIt() {
        MeetingReport r = parse("3. The following non-governmental organizations were represented: Ocean Voices, "
                + "Coastal Watch Network and Nordic Circle for Tides and Currents.\n");

        assertThat(representedNames(r)).containsExactlyInAnyOrder(
                "Ocean Voices", "Coastal Watch Network", "Nordic Circle for Tides and Currents");
    }

    @Test
    void twoNamesJoinedByTheListsAndStayTwo() {
        MeetingReport r = parse("3. The following non-governmental organizations were represented: Ocean Voices, "
                + "Harbour Pilots Federation and Coastal Watch Network.\n");

        assertThat(representedNames(r)).containsExactlyInAnyOrder(
                "Ocean Voices", "Harbour Pilots Federation", "Coastal Watch Network");
    }

    @Test
    void membersOfTheBodyCountedBesideObserverStatesAreStates() {
        MeetingReport r = parse("3. The session was attended by 31 members of the Board and by observers from nine "
                + "other members of the Council and from two observer States.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, 31),
                        tuple(AttendanceCategory.MEMBER_STATE, 9), tuple(AttendanceCategory.OBSERVER_STATE, 2));
    }

    @Test
    void membersOfABodyNamedByItsAcronymBesideObserverStatesAreStates() {
        MeetingReport r = parse("3. The meeting was attended by representatives of 14 members of TIDEB, three "
                + "observer States and one intergovernmental organization.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, 14),
                        tuple(AttendanceCategory.OBSERVER_STATE, 3), tuple(AttendanceCategory.IGO, 1));
    }

    @Test
    void membersOfTheBodyAloneStayOther() {
        MeetingReport r = parse("3. The session was attended by 11 members of the Board.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactly(tuple(AttendanceCategory.OTHER, 11));
    }

    @Test
    void organisationsGrantedObserverStatusInLetteredPartsAreRepresented() {
        MeetingReport r = parse("3. Under rule 39 of the rules of procedure, the following bodies and "
                + "organizations were granted observer status:\n"
                + "(a) The following United Nations entities: United Nations Environment Programme and United "
                + "Nations Development Programme;\n"
                + "(b) The following specialized agencies: World Health Organization and International Labour "
                + "Organization;\n"
                + "(c) The following intergovernmental organizations: African Union and League of Arab States.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(p -> p.entity().code()).containsExactlyInAnyOrder("UNEP", "UNDP", "WHO", "ILO", "AU", "LAS");
        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.UN_ENTITY, 2),
                        tuple(AttendanceCategory.SPECIALIZED_AGENCY, 2), tuple(AttendanceCategory.IGO, 2));
    }

    @Test
    void aCountAfterTheRuleItWasAdmittedUnderIsRead() {
        MeetingReport r = parse("3. In accordance with rule 39, paragraph 2, some 25 non-governmental "
                + "organizations and 6 universities attended the open meetings.\n");

        assertThat(r.attendance()).extracting(AttendanceCount::category, AttendanceCount::count,
                        AttendanceCount::basis)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.NGO, 25, AttendanceCount.Basis.APPROXIMATE),
                        tuple(AttendanceCategory.ACADEMIA, 6, AttendanceCount.Basis.PRINTED));
    }
    @Test
    void anAppendixListsOrganisationsOneALineUnderTheirKind() {
        MeetingReport r = PARSER.parse("fixture.txt", "ZQW/TB/2033/4\nTidal Energy Board\nSixth session\n"
                + "Report of the Tidal Energy Board on its sixth session\n"
                + "  I. Organization of the session\n"
                + "3. Observers from organizations attended, as listed in Appendix 2.\n"
                + "4. The Board adopted its agenda, as given in Appendix 1.\n"
                + "Appendix 1\n"
                + "AGENDA\n"
                + "1. Opening of the session\n"
                + "2. Tidal power and coastal ecosystems\n"
                + "Appendix 2\n"
                + "OBSERVERS FROM ORGANIZATIONS\n"
                + "Intergovernmental organizations\n"
                + "League of Arab States\n"
                + "Organization of American States\n"
                + "Non-governmental organizations\n"
                + "Friends of Tidal Flats\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(p -> p.entity().name(), Participation::category)
                .containsExactlyInAnyOrder(tuple("League of Arab States", AttendanceCategory.IGO),
                        tuple("Organization of American States", AttendanceCategory.IGO),
                        tuple("Friends of Tidal Flats", AttendanceCategory.NGO));
    }
}
