package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Who spoke, printed as lettered sub-paragraphs under a lead that ends with a colon ("(a) the representative of …,
 * on behalf of …;" / "(b) …; and" / "(c) …."), each item on its own line: read as the same list printed in one
 * sentence, the capacity an item spoke in (", in its capacity as observer") no part of its name, and two observers
 * joined by "and" alone two speakers; panellists and statements by kind alike; items wrapped over lines, or run
 * into one sentence after its colon ("by: (a) …; (b) …"). Lettered items that hold sentences of their own name no
 * speakers.
 */
class SpeakersInLetteredSubparagraphsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "A/AC.999/2031/2\nGeneral Assembly\nAd Hoc Committee on Mangrove Protection\n"
                + "Report of the Ad Hoc Committee on Mangrove Protection on its first session\n"
                + "  I. Organization of the session\n"
                + "1.\tThe first session was held in New York from 6 to 10 October 2031.\n" + body);
    }

    /** Each statement's speaker code and whom it spoke for, as the assertions of this class compare them. */
    private static List<Tuple> speakersAndWhomFor(MeetingReport r) {
        return r.participation().stream().filter(p -> p.role() == Role.STATEMENT)
                .map(p -> tuple(p.entity().code(), p.onBehalfOf())).toList();
    }

    @Test
    void letteredItemsAfterStatementsWereMadeByTheFollowing() {
        MeetingReport r = parse("2.\tAt its 2nd meeting, opening statements were made by the following:\n"
                + "\t(a)\tthe representative of Kenya, on behalf of the Group of African States;\n"
                + "\t(b)\tthe representative of Fiji, on behalf of the Alliance of Small Island States;\n"
                + "\t(c)\tthe representative of the European Union, in its capacity as observer;\n"
                + "\t(d)\tthe representatives of Chile, Trinidad and Tobago, the Republic of Korea and Norway; and\n"
                + "\t(e)\tthe observers for the Holy See and the State of Palestine.\n"
                + "3.\tThe Committee adopted its agenda.\n");

        assertThat(speakersAndWhomFor(r)).containsExactlyInAnyOrder(tuple("KEN", "Group of African States"), tuple("AFRICAN_GROUP", ""),
                        tuple("FJI", "Alliance of Small Island States"), tuple("AOSIS", ""), tuple("EU", ""),
                        tuple("CHL", ""), tuple("TTO", ""), tuple("KOR", ""), tuple("NOR", ""), tuple("VAT", ""),
                        tuple("PSE", ""));
    }

    @Test
    void romanItemsAfterTheFollowingDelegationsMadeStatements() {
        MeetingReport r = parse("2.\tThe following delegations made general statements:\n"
                + "(i) Indonesia, on behalf of the Association of Southeast Asian Nations;\n"
                + "(ii) Peru, Ghana and Canada;\n"
                + "(iii) the observer for the Sovereign Order of Malta.\n"
                + "3.\tThe Committee adopted its agenda.\n");

        assertThat(speakersAndWhomFor(r)).containsExactlyInAnyOrder(tuple("IDN", "Association of Southeast Asian Nations"), tuple("ASEAN", ""),
                        tuple("PER", ""), tuple("GHA", ""), tuple("CAN", ""), tuple("Order of Malta", ""));
    }

    @Test
    void twoItemsAfterStatementsWereDeliveredBy() {
        MeetingReport r = parse("2.\tStatements were delivered by:\n"
                + "    (a)  the representative of Egypt, on behalf of the Group of Arab States; and\n"
                + "    (b)  the representatives of Brazil and Japan.\n"
                + "3.\tThe Committee adopted its agenda.\n");

        assertThat(speakersAndWhomFor(r)).containsExactlyInAnyOrder(tuple("EGY", "Group of Arab States"), tuple("ARAB_GROUP", ""),
                        tuple("BRA", ""), tuple("JPN", ""));
    }

    @Test
    void letteredPanellistsAndOrganisationsOfAKind() {
        MeetingReport r = parse("2.\tAt its 3rd meeting, the Committee held a panel discussion. The panellists were:\n"
                + "(a)\tMs. Ana Rojas Vidal (Chile), Professor, University of Chile;\n"
                + "(b)\tMr. Lars Eriksen (Norway), Senior Adviser, Ministry of Trade; and\n"
                + "(c)\tMs. Wairimu Odhiambo (Kenya).\n"
                + "3.\tStatements were made by the following intergovernmental organizations:\n"
                + "(a)\tthe International Organization for Migration;\n"
                + "(b)\tthe African Union.\n");

        assertThat(r.participation()).extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.PANELLIST, "Ana Rojas Vidal", "CHL"),
                        tuple(Role.PANELLIST, "Lars Eriksen", "NOR"), tuple(Role.PANELLIST, "Wairimu Odhiambo", "KEN"),
                        tuple(Role.STATEMENT, "", "IOM"), tuple(Role.STATEMENT, "", "AU"));
    }

    @Test
    void letteredItemsWrappedOverLinesAsAPdfPrintsThem() {
        MeetingReport r = parse("2.\tAt the 1st meeting, general statements were made by the following:\n"
                + "(a) the representative of Kenya, on behalf of the Group of African\nStates;\n"
                + "(b) the representatives of Mexico, Japan, the United Kingdom of Great Britain and\nNorthern Ireland, "
                + "Türkiye and Brazil;\n"
                + "(c) the observer for the Holy See.\n"
                + "3.\tThe Committee adopted its agenda.\n");

        assertThat(speakersAndWhomFor(r)).containsExactlyInAnyOrder(tuple("KEN", "Group of African States"), tuple("AFRICAN_GROUP", ""),
                        tuple("MEX", ""), tuple("JPN", ""), tuple("GBR", ""), tuple("TUR", ""), tuple("BRA", ""),
                        tuple("VAT", ""));
    }

    @Test
    void letteredItemsRunIntoOneSentence() {
        MeetingReport r = parse("2.\tAt the 3rd meeting, statements were made by: (a) the representative of Egypt, on "
                + "behalf of the Group of Arab States; (b) the representatives of Chile and Peru; and (c) the observer "
                + "for the State of Palestine.\n");

        assertThat(speakersAndWhomFor(r)).containsExactlyInAnyOrder(tuple("EGY", "Group of Arab States"), tuple("ARAB_GROUP", ""),
                        tuple("CHL", ""), tuple("PER", ""), tuple("PSE", ""));
    }

    @Test
    void itemsMarkedWithAClosingBracketOnly() {
        MeetingReport r = parse("2.\tStatements were delivered by:\n"
                + "a) the representative of Egypt, on behalf of the Group of Arab States; and\n"
                + "b) the representatives of Brazil and Japan.\n"
                + "3.\tThe Committee adopted its agenda.\n");

        assertThat(speakersAndWhomFor(r)).containsExactlyInAnyOrder(tuple("EGY", "Group of Arab States"), tuple("ARAB_GROUP", ""),
                        tuple("BRA", ""), tuple("JPN", ""));
    }

    @Test
    void letteredRecommendationsNameNoSpeakers() {
        MeetingReport r = parse("2.\tThe Committee recommended the following:\n"
                + "(a) States should publish the statements made by their delegations. Several States agreed;\n"
                + "(b) The secretariat should compile the views of Brazil, Chile and Peru on the draft. Others did not.\n"
                + "3.\tThe Committee adopted its agenda.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT).isEmpty();
    }
}
