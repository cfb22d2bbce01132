package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Statements files that list who spoke without what was said (online speakers' lists, secretariat speakers' lists):
 * no text column, the group in a column of its own or written in the speaker cell, a status that withdraws a speaker,
 * a bracket that says in which capacity the speaker spoke, a Meeting column that names the sitting.
 */
class SpeakersListTest {

    final StatementsReader reader = new StatementsReader(new NameResolver(ReferenceData.loadDefault()));

    @Test
    void anOnlineSpeakersListWithAGroupColumnAndAStatusColumn() {
        StatementsFile file = reader.read("E_CN.7_2025_15_speakers.csv", """
                \uFEFFNo.,Start,Speaker,On behalf of,Item,Status
                1,09:30,Chile,the Latin American and Caribbean regional committee,4,Spoke
                2,09:36,Ecuador,,4,Withdrawn
                3,09:41,Viet Nam,,4,Spoke
                4,09:47,,,4,Open
                5,09:52,Norway,Iceland and Denmark,4,Spoke
                6,09:58,Egypt,the Group of African States,4,Spoke
                """);

        assertThat(file.statements()).extracting(s -> s.line() + " " + s.meetingSymbol() + " " + s.speaker().code()
                        + " [" + s.behalfName() + "] " + s.credited().code())
                .containsExactly("2 E/CN.7/2025/15 CHL [Latin American and Caribbean regional committee] CHL",
                        "4 E/CN.7/2025/15 VNM [] VNM",
                        "6 E/CN.7/2025/15 NOR [Iceland and Denmark] NOR",
                        "7 E/CN.7/2025/15 EGY [Group of African States] AFRICAN_GROUP");
        assertThat(file.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 3 REJECTED_ROW", "line 5 REJECTED_ROW");
        assertThat(file.findings().get(0).message()).contains("Withdrawn");
    }

    @Test
    void groupsAndCapacitiesWrittenInTheSpeakerCell() {
        StatementsFile file = reader.read("E_CN.7_2025_15_speakers.csv", """
                Sitting;Meeting;Speaker
                morning;12th meeting;Fiji (also on behalf of Samoa and Tonga)
                morning;12th meeting;Kenya, on behalf of 40 States
                afternoon;13th meeting;Ghana (right of reply)
                afternoon;13th meeting;Mexico (Observer State)
                afternoon;13th meeting;Peru (by video message)
                afternoon;13th meeting;Deputy Executive Director
                """);

        assertThat(file.statements()).extracting(s -> s.meetingSymbol() + " " + s.speaker().code() + " ["
                        + s.behalfName() + "]")
                .containsExactly("E/CN.7/2025/15 FJI [Samoa and Tonga]", "E/CN.7/2025/15 KEN [40 States]",
                        "E/CN.7/2025/15 GHA []", "E/CN.7/2025/15 MEX []", "E/CN.7/2025/15 PER []");
        assertThat(file.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 7 REJECTED_ROW");
    }

    @Test
    void aGroupInItsOwnBracketIsKeptWhole() {
        assertThat(SpeakerCell.parse("Panama, on behalf of the Andean Community (CAN)"))
                .isEqualTo(new SpeakerCell.Parts("Panama", "Andean Community (CAN)"));
        assertThat(SpeakerCell.parse("Panama (on behalf of the Andean Community)"))
                .isEqualTo(new SpeakerCell.Parts("Panama", "Andean Community"));
        assertThat(SpeakerCell.parse("Panama")).isEqualTo(new SpeakerCell.Parts("Panama", ""));
        assertThat(SpeakerCell.withoutCapacity("Tuvalu (Signatory State)")).isEqualTo("Tuvalu");
        assertThat(SpeakerCell.withoutCapacity("Korea (Republic of)")).isEqualTo("Korea (Republic of)");
    }

    @Test
    void aFileNameWhoseSymbolEndsInADottedPartNamesTheWholeSymbol() {
        assertThat(MeetingSymbols.fromFileName("BWC_MSP_2025_MX.2_Conf.WP.Rev2_speakers.csv"))
                .contains("BWC/MSP/2025/MX.2/Conf.WP.Rev2");
        assertThat(MeetingSymbols.fromFileName("A_AC.105_1301_Add.1_list.csv")).contains("A/AC.105/1301/Add.1");
    }
}
