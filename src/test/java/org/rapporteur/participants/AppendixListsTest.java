package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A list pasted from a report's appendix: one column, delegation headings in three languages, each person a block of
 * lines in one cell (name, role, title, office, address), sections that say what the organisations below them are.
 */
class AppendixListsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void blocksUnderTrilingualHeadingsWithSectionsAndABlockWithoutAName() throws IOException {
        byte[] xlsx = workbook(
                "CODEX COMMITTEE ON PESTICIDE RESIDUES\nFifty-seventh Session",
                "LIST OF PARTICIPANTS - LISTE DES PARTICIPANTS - LISTA DE PARTICIPANTES",
                "MEMBER NATIONS - ÉTATS MEMBRES - ESTADOS MIEMBROS",
                "NORWAY - NORVÈGE - NORUEGA",
                "Ms Ingrid HALVORSEN\nHead of Delegation\nSenior Adviser\nFood Safety Authority\nOslo\nNorway",
                "Olav BERGE\nAlternate Delegate\nAdviser\nMinistry of Fisheries\nBergen\nNorway",
                "Chief Inspector\nFood Safety Authority\nOslo\nNorway",
                "MOROCCO - MAROC - MARRUECOS",
                "Mr Youssef AMRANI\nDirector\nONSSA\nRabat\nMorocco",
                "NON-GOVERNMENTAL ORGANIZATIONS - ORGANISATIONS NON GOUVERNEMENTALES - ORGANIZACIONES NO "
                        + "GUBERNAMENTALES",
                "GLOBAL FRUIT GROWERS ALLIANCE (GFGA)",
                "Mrs Lena VOSS\nHead of Delegation\nPolicy Officer\nGlobal Fruit Growers Alliance\nBrussels\nBelgium");
        ParticipantList list = reader.readXlsx("REP25_PR_list_of_participants.xlsx", xlsx);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + "|" + d.entity().name() + "|"
                        + d.entity().type() + " " + d.lastName() + " " + d.gender() + (d.headOfDelegation() ? " head" : ""))
                .containsExactly("NOR|Norway|MEMBER_STATE Ms Ingrid HALVORSEN WOMAN head",
                        "NOR|Norway|MEMBER_STATE Olav BERGE UNKNOWN",
                        "MAR|Morocco|MEMBER_STATE Mr Youssef AMRANI MAN",
                        "|GLOBAL FRUIT GROWERS ALLIANCE|NGO Mrs Lena VOSS WOMAN head");
        assertThat(list.delegates()).allMatch(d -> d.meetingSymbol().equals("REP25/PR"));
        assertThat(list.delegates().get(0).position()).isEqualTo("Head of Delegation, Senior Adviser, Food Safety "
                + "Authority, Oslo, Norway");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 7 REJECTED_ROW");
    }

    @Test
    void sectionRowsInADelegationColumnAreNoBadRows() {
        ParticipantList list = reader.readCsv("A_AC.109_2025_3_participants.csv", """
                Country,Name
                MEMBERS,
                Ghana,Ms. Abena Owusu
                OBSERVERS,
                Holy See,Rev. Marco Rossi
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code()).containsExactly("GHA", "VAT");
    }

    @Test
    void twoPersonsInOneNameCellAreBothCountedAndReported() {
        ParticipantList list = reader.readCsv("A_HRC_61_12_participants.csv", """
                Country,Name,Function,Head of delegation
                Ghana,Ms. Abena OWUSU; Mr. Kojo MENSAH,Adviser; Counsellor,Yes
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName() + " " + d.position() + " " + d.headOfDelegation())
                .containsExactly("Ms. Abena OWUSU Adviser false", "Mr. Kojo MENSAH Counsellor false");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 2 MALFORMED_ROW");
        assertThat(list.delegates()).extracting(d -> ParticipantListReader.lineLabel(d.line()))
                .containsExactly("2", "2 (person 2)");
    }

    @Test
    void aPersonInHerOwnCapacityAndTheSecretariatsStaffAreNoDelegation() {
        ParticipantList list = reader.readCsv("A_HRC_61_12_participants.csv", """
                Type;Delegation;Name
                Member State;Ghana;Ms. Abena Owusu
                Panellist;Individual capacity;Dr. Ama Boateng
                Secretariat;Forum secretariat;Mr. Paul Lind
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code()).containsExactly("GHA");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.message())
                .containsExactly("line 3 REJECTED_ROW The delegation cell names none (\"Individual capacity\"): the "
                                + "person is not counted; the row is left out",
                        "line 4 REJECTED_ROW Of the secretariat (\"Secretariat\"), not a delegation: not counted; the "
                                + "row is left out");
    }

    private static byte[] workbook(String... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("LoP");
            for (int i = 0; i < rows.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(rows[i]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
