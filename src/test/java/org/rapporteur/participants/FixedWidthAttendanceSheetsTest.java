package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Printed attendance sheets saved as text: columns spaced out under a header (over a rule drawn across the whole width,
 * a rule of "=", or no rule at all), a column per day ticked for the days attended, the delegation in a column or as a
 * heading line above its persons, the header printed again on each page.
 */
class FixedWidthAttendanceSheetsTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    static String person(Delegate d) {
        return d.entity().code() + "|" + d.title() + "|" + d.lastName() + "|" + d.position() + "|" + d.headOfDelegation()
                + "|" + d.checkedIn() + "|" + d.line();
    }

    @Test
    void aNumberedSheetWithTheDelegationInAColumnAndAPageBreak() {
        String text = String.join("\n",
                "BOARD OF TIDES                                                      Conference Services",
                "Board of Tides, ninth session (TDB/9/4)",
                "",
                "ATTENDANCE SHEET",
                "",
                "No. Delegation        Name                        Function                    Mon    Tue    Wed",
                "----------------------------------------------------------------------------------------------",
                "1.  GHANA             Mr. Kofi Asante *           Director, Ministry of Ports  ✓      ✓      -",
                "2.                    Mrs. Efua Mensah            Adviser                      -      -      -",
                "3.  NORWAY            Dr. Siri Holm *             Counsellor                   ✓      -      ✓",
                "4.                    Ms.",
                "",
                "Page 1 of 2",
                "Board of Tides -- Attendance sheet (continued)",
                "",
                "No. Delegation        Name                        Function                    Mon    Tue    Wed",
                "----------------------------------------------------------------------------------------------",
                "5.                    Mr. Ole Dahl                Expert                       -      ✓      ✓",
                "6.  HOLY SEE          Rev. Paul Antonelli         Counsellor                   ✓      ✓      ✓",
                "----------------------------------------------------------------------------------------------",
                "    TOTAL PRESENT                                                              3      3      3",
                "",
                "* Head of delegation",
                "✓ = signed the attendance sheet that day",
                "",
                "Page 2 of 2");
        ParticipantList list = lists.readCsv("attendance_sheet.txt", text);
        assertThat(list.delegates()).extracting(FixedWidthAttendanceSheetsTest::person).containsExactly(
                "GHA|Mr.|Mr. Kofi Asante|Director, Ministry of Ports|true|true|8",
                "GHA|Mrs.|Mrs. Efua Mensah|Adviser|false|false|9",
                "NOR|Dr.|Dr. Siri Holm|Counsellor|true|true|10",
                "NOR|Mr.|Mr. Ole Dahl|Expert|false|true|18",
                "VAT|Rev.|Rev. Paul Antonelli|Counsellor|false|true|19");
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsOnly("TDB/9/4");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.severity()).containsExactly(
                "line 11 REJECTED_ROW ERROR", "line 13 SUMMARY_ROW INFO", "line 14 SUMMARY_ROW INFO",
                "line 16 SUMMARY_ROW INFO", "line 21 SUMMARY_ROW INFO", "line 24 SUMMARY_ROW INFO",
                "line 26 SUMMARY_ROW INFO");
    }

    @Test
    void aSheetWithoutARuleWhoseDaysAreNumberedAndTickedInOtherMarks() {
        String text = String.join("\n",
                "Board of Tides, ninth session (TDB/9/4) - daily sign-in",
                "",
                "Country          Full name               Post                 D1  D2  D3",
                "Chile            Ms. Ana Rojas           Minister             x   x",
                "                 Mr. Juan Soto           Adviser                      •",
                "Peru             Sr. Luis Paz            Consejero",
                "Kenya            Ms. Wanjiru Kamau       Attaché              X   X   X");
        ParticipantList list = lists.readCsv("sign_in.txt", text);
        assertThat(list.delegates()).extracting(FixedWidthAttendanceSheetsTest::person).containsExactly(
                "CHL|Ms.|Ms. Ana Rojas|Minister|false|true|4",
                "CHL|Mr.|Mr. Juan Soto|Adviser|false|true|5",
                "PER|Sr.|Sr. Luis Paz|Consejero|false|false|6",
                "KEN|Ms.|Ms. Wanjiru Kamau|Attaché|false|true|7");
        assertThat(list.findings()).isEmpty();
    }

    @Test
    void aSheetWhoseDelegationsAreHeadingLinesAboveTheirPersonsUnderARuleOfEquals() {
        String text = String.join("\n",
                "Board of Tides, ninth session (TDB/9/4)",
                "",
                "Name                        Function                 12/05  13/05",
                "==================================================================",
                "CHILE",
                "Ms. Ana Rojas               Head of Delegation         ✓      ✓",
                "Mr. Juan Soto               Adviser",
                "",
                "INTERNATIONAL ORGANIZATION FOR MIGRATION",
                "Ms. Lena Voss               Programme Officer          ✓");
        ParticipantList list = lists.readCsv("TDB_9_4_sheet.txt", text);
        assertThat(list.delegates()).extracting(FixedWidthAttendanceSheetsTest::person).containsExactly(
                "CHL|Ms.|Ms. Ana Rojas|Head of Delegation|true|true|6",
                "CHL|Mr.|Mr. Juan Soto|Adviser|false|false|7",
                "IOM|Ms.|Ms. Lena Voss|Programme Officer|false|true|10");
        assertThat(list.findings()).isEmpty();
    }
}
