package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A list of participants as the United Nations prints it, saved as text: delegations at the margin, persons indented
 * under role labels, posts wrapped onto lines indented further, sections, and the job number, page and running symbol
 * between pages.
 */
class IndentedPrintedListsTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void delegationsAtTheMarginPersonsIndentedUnderTheirRolesAndWrappedPosts() {
        String text = String.join("\n",
                "United Nations                                   TDB/9/INF/1",
                "",
                "Board of Tides, ninth session",
                "                    List of participants",
                "",
                "        I. Members",
                "",
                "Chile",
                "",
                "    Head of delegation:",
                "        Sra. Ana Rojas, Directora General de Puertos,",
                "          Ministerio de Obras Públicas",
                "    Deputy head of delegation:",
                "        Mr. Juan Soto, Counsellor, Embassy in Bern",
                "",
                "Atlantis",
                "",
                "    Representative:",
                "        Ms. Mara Quell, Minister",
                "",
                "",
                "X.27-01234                                              1/2",
                "",
                "TDB/9/INF/1",
                "",
                "Norway",
                "",
                "    Advisers:",
                "        Dr. Siri Holm, Senior Adviser",
                "        Mr. Ole Dahl, Director, Norwegian Coastal",
                "          Administration",
                "",
                "        II. Intergovernmental organizations",
                "",
                "International Organization for Migration",
                "",
                "    Ms. Lena Voss, Programme Officer");
        ParticipantList list = lists.readCsv("TDB_9_INF_1.txt", text);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + "|" + d.title() + "|" + d.lastName() + "|"
                + d.position() + "|" + d.headOfDelegation() + "|" + d.line()).containsExactly(
                "CHL|Sra.|Sra. Ana Rojas|Directora General de Puertos, Ministerio de Obras Públicas|true|11",
                "CHL|Mr.|Mr. Juan Soto|Counsellor, Embassy in Bern|false|14",
                "NOR|Dr.|Dr. Siri Holm|Senior Adviser|false|29",
                "NOR|Mr.|Mr. Ole Dahl|Director, Norwegian Coastal Administration|false|30",
                "IOM|Ms.|Ms. Lena Voss|Programme Officer|false|37");
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).allMatch(s -> s.startsWith("TDB/9/INF/1 |"));
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).containsExactly(
                // "Atlantis" names no delegation the tables know: its heading and its person, each on her line
                "line 16 REJECTED_ROW", "line 19 REJECTED_ROW", "line 22 SUMMARY_ROW", "line 24 SUMMARY_ROW");
    }

    @Test
    void aListOfPersonsOnePerLineAtTheMarginIsNoIndentedList() {
        assertThat(IndentedLists.looksLikeOne("Chile\nMs. Ana Rojas, Minister\nMr. Juan Soto, Adviser\n"
                + "Norway\nDr. Siri Holm, Adviser\n")).isFalse();
    }
}
