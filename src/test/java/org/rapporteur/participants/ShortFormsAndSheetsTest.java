package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * A meeting named by a short form of its symbol (a body's acronym and session at the start of a file name, a symbol
 * after it, a Meeting cell holding the series with its session), a head column of single letters, and a statements
 * file saved as a workbook.
 */
class ShortFormsAndSheetsTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);
    final StatementsReader statements = new StatementsReader(new NameResolver(ReferenceData.loadDefault()));

    @TempDir
    Path dir;

    @Test
    void aFileNameStartingWithAnAcronymAndSessionNamesTheMeetingByThatShortForm() {
        assertThat(MeetingSymbols.shortForm("WXB12_badge_list.tsv")).isEqualTo("WXB12");
        assertThat(MeetingSymbols.shortForm("GHK-7 delegates.csv")).isEqualTo("GHK7");
        assertThat(MeetingSymbols.shortForm("Delegates_2027.csv")).isEmpty();
        assertThat(MeetingSymbols.shortForm("WXB2027_list.csv")).isEmpty();
        assertThat(MeetingSymbols.shortForm("QT_WXB12_Delegates_by_group.xlsx")).isEqualTo("QT/WXB12");
        ParticipantList list = lists.readCsv("GHK31_delegates.tsv", "Name\tCountry\nMs. Ines Varga\tHungary\n");
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsExactly("GHK31");
    }

    @Test
    void aSymbolAfterTheShortFormOfAFileNameIsTheMeeting() {
        assertThat(MeetingSymbols.fromFileName("WXB12_K-LM.4-2027-INF-3_attendees.csv"))
                .contains("K/LM.4/2027/INF/3");
        assertThat(MeetingSymbols.fromFileName("WXB12_badge_list.tsv")).isEmpty();
    }

    @Test
    void aMeetingCellHoldingTheSeriesWithItsSessionIsASymbol() {
        ParticipantList list = lists.readCsv("registrations.csv", """
                Meeting,Full name,Organization
                ABC/DEF/WG.9,Mr. Tomas Ruiz,Peru
                ABC/DEF/WG.9,Ms. Lea Moser,Austria
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsExactly("ABC/DEF/WG.9",
                "ABC/DEF/WG.9");
        assertThat(MeetingSymbols.isSymbol("A/AC.291")).isTrue();
        assertThat(MeetingSymbols.isSymbol("12th meeting")).isFalse();
    }

    @Test
    void aHeadColumnOfSingleLettersOuiNonOrSiNo() {
        ParticipantList french = lists.readCsv("K_LM.4_2027_3_liste.csv", """
                Pays;Nom de famille;Prénom;Titre;Chef
                Belgique;FAURE;Anne;Mme;O
                Belgique;PIRON;Luc;M.;N
                """);
        ParticipantList spanish = lists.readCsv("K_LM.4_2027_3_lista.csv", """
                País,Apellidos,Nombre,Jefe
                Perú,Ríos,Elena,S
                Perú,Soto,Pablo,N
                """);
        assertThat(french.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("FAURE true", "PIRON false");
        assertThat(spanish.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("Ríos true", "Soto false");
    }

    @Test
    void aStatementsWorkbookIsReadLikeACsvFileWithItsSheetRowsAsLines() throws Exception {
        Path file = dir.resolve("speakers.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Orden");
            sheet.createRow(0).createCell(0).setCellValue("Board of Tides, third session (K/LM.4/2027/3) - speakers");
            String[][] rows = {
                    {"Sitting", "Country / Observer", "On behalf of"},
                    {"1", "Norway", ""},
                    {"1", "Ghana", "Group of African States"},
                    {"2", "", ""},
                    {"2", "Chile", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }
        StatementsFile read = statements.readXlsx("statements/speakers.xlsx", file);
        assertThat(read.statements()).extracting(s -> s.meetingSymbol() + " " + s.speaker().code() + " "
                        + (s.onBehalfOf() == null ? "-" : s.onBehalfOf().name()))
                .containsExactly("K/LM.4/2027/3 NOR -", "K/LM.4/2027/3 GHA Group of African States",
                        "K/LM.4/2027/3 CHL -");
        assertThat(read.findings()).extracting(Finding::location, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 6", FindingCode.REJECTED_ROW));
    }

    @Test
    void aFileNameThatFindsNoMeetingGivesWayToTheTitlesSessionInWords() {
        StatementsFile file = statements.read("TDB_9_speakers.csv", """
                Board of Tides - ninth session, speakers in order
                Order,Speaker
                1,Norway
                """);
        assertThat(file.statements()).extracting(Statement::meetingSymbol)
                .containsExactly("TDB/9 | Board of Tides, session 9 | TDB9");
        ParticipantList list = lists.readCsv("TDB_9_attendance.csv", """
                Board of Tides - ninth session
                Name,Country
                Ms. Ines Varga,Hungary
                """);
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol)
                .containsExactly("TDB/9 | Board of Tides, session 9 | TDB9");
        // a report's symbol is the meeting alone: a title's session never stands in for it
        ParticipantList named = lists.readCsv("TD_B_9_4_attendance.csv", """
                Board of Tides - ninth session
                Name,Country
                Ms. Ines Varga,Hungary
                """);
        assertThat(named.delegates()).extracting(Delegate::meetingSymbol).containsExactly("TD/B/9/4");
    }

    @Test
    void severalDaysAttendedInOneCellAreACheckInAndSoIsATimeInOrAnAccreditationDate() {
        ParticipantList days = lists.readCsv("K_LM.4_2027_3_days.csv", """
                Full name,Country,Days attended
                Ms. Ines Varga,Hungary,04/05/2027 | 06/05/2027
                Mr. Ole Dahl,Denmark,
                Mr. Abel Tesfaye,Ethiopia,5 May; 6 May
                """);
        ParticipantList times = lists.readCsv("K_LM.4_2027_3_sheet.csv", """
                Time in,Honorific,Name,Country
                09:12,Ms.,Ines Varga,Hungary
                """);
        ParticipantList accredited = lists.readCsv("K_LM.4_2027_3_acred.csv", """
                Tratamiento,Nombre,Apellido,Delegación,Acreditado el
                Sra.,Elena,Ríos,Perú,2027-05-04
                Sr.,Pablo,Soto,Perú,
                """);
        assertThat(days.delegates()).extracting(Delegate::checkedIn).containsExactly(true, false, true);
        assertThat(times.delegates()).extracting(Delegate::checkedIn).containsExactly(true);
        assertThat(accredited.delegates()).extracting(Delegate::checkedIn).containsExactly(true, false);
    }

    @Test
    void organisationsNamedInSpanishOrFrenchOrByTheirFormAreKept() {
        ParticipantList list = lists.readCsv("K_LM.4_2027_3_orgs.csv", """
                Nombre,Apellido,Delegación
                Ana,Gil,Programa de las Naciones Unidas para el Medio Ambiente
                Luc,Roy,Organisation météorologique mondiale
                Eva,Paz,Foro Andino de Pescadores
                Tom,Ray,Heronwatch International
                Kim,Lee,Mangrove Youth Mechanism
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code().isEmpty() ? d.entity().name()
                : d.entity().code()).containsExactly("UNEP", "WMO", "Foro Andino de Pescadores",
                "Heronwatch International", "Mangrove Youth Mechanism");
    }

    @Test
    void personsPrintedWithTheHonorificInBracketsAfterTheNameUnderDelegationHeadings() {
        ParticipantList list = lists.readCsv("QQ_7_INF_1_printed_list.csv", """
                QQ/7/INF/1
                PARTICIPANTS

                A. STATES
                GHANA
                "Kofi ASANTE (Mr.), Director, Trade Office (Head of Delegation)"
                "Efua MENSAH (Mrs.), Attaché, Embassy, Bern"
                NORWAY
                "Siri HOLM (Ms.), Senior Adviser, Ministry of Trade (Head of Delegation)"
                " (Mr.), Adviser, Permanent Mission, Bern"
                "Siri HOLM (Ms.), Senior Adviser, Ministry of Trade (Head of Delegation)"
                C. NON-GOVERNMENTAL ORGANIZATIONS
                GUILD OF HARBOUR PILOTS AND MARITIME INSTITUTIONS (GHPMI)
                "Lena VOSS (Ms.), Secretary-General"
                """);
        assertThat(list.delegates()).extracting(d -> (d.entity().code().isEmpty() ? d.entity().name() : d.entity().code())
                + " " + d.lastName() + " " + d.gender() + " " + d.headOfDelegation()).containsExactly("GHA Mr. Kofi ASANTE MAN true", "GHA Mrs. Efua MENSAH WOMAN false",
                "NOR Ms. Siri HOLM WOMAN true", "GUILD OF HARBOUR PILOTS AND MARITIME INSTITUTIONS Ms. Lena VOSS WOMAN false");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 1 SUMMARY_ROW", "line 10 REJECTED_ROW", "line 11 DUPLICATE_PARTICIPANT");
    }

    @Test
    void aListPrintedAsTextWithItsColumnsSpacedOutUnderARuleOfDashes() {
        String text = String.join("\r\n",
                "Board of Tides, ninth session",
                "",
                "                         PARTICIPANTS",
                "                                              TDB/9/INF/2",
                "",
                "COUNTRY              FULL NAME                 POST",
                "-------------------  ------------------------  ------------------",
                "",
                "MEMBERS",
                "Ghana                Mr. Kofi ASANTE           Head of Delegation",
                "                     Mrs. Efua MENSAH          Attaché, Embassy,",
                "                                               Bern",
                "Universal Postal     Ms. Lena VOSS             Adviser",
                "Union",
                "                     Mr. Ole DAHL              Expert",
                "                     Ms.                       Intern",
                "",
                "OBSERVERS",
                "Holy See             Rev. Paul ANTONELLI       Counsellor",
                "");
        ParticipantList list = lists.readCsv("TDB_9_INF_2_list.txt", text);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.position()
                + " " + d.headOfDelegation() + " " + d.line()).containsExactly(
                "GHA Mr. Kofi ASANTE Head of Delegation true 10", "GHA Mrs. Efua MENSAH Attaché, Embassy, Bern false 11",
                "UPU Ms. Lena VOSS Adviser false 13", "UPU Mr. Ole DAHL Expert false 15", "VAT Rev. Paul ANTONELLI Counsellor false 19");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).containsExactly(
                "line 16 REJECTED_ROW");
    }

    @Test
    void aLetterOAloneIsNoCheckIn() {
        ParticipantList list = lists.readCsv("K_LM.4_2027_3_marks.csv", """
                Full name,Country,Present
                Ms. Ines Varga,Hungary,x
                Mr. Ole Dahl,Denmark,o
                """);
        assertThat(list.delegates()).extracting(Delegate::checkedIn).containsExactly(true, false);
    }

    @Test
    void eachSheetOfAStatementsWorkbookNamesItsOwnMeetingAndARowWithoutOneIsRejected() throws Exception {
        Path file = dir.resolve("speakers.xlsx");
        String[][][] sheets = {
                {{"Board of Tides, third session (K/LM.4/2027/3)"}, {"Speaker"}, {"Norway"}},
                {{"Board of Tides, fourth session (K/LM.4/2028/5)"}, {"Speaker"}, {"Chile"}},
                {{"Notes"}, {"Speaker"}, {"Peru"}}};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 0; n < sheets.length; n++) {
                Sheet sheet = workbook.createSheet("S" + (n + 1));
                for (int r = 0; r < sheets[n].length; r++) {
                    sheet.createRow(r).createCell(0).setCellValue(sheets[n][r][0]);
                }
            }
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }
        StatementsFile read = statements.readXlsx("statements/speakers.xlsx", file);
        assertThat(read.statements()).extracting(s -> s.meetingSymbol() + " " + s.speaker().code())
                .containsExactly("K/LM.4/2027/3 NOR", "K/LM.4/2028/5 CHL");
        assertThat(read.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("sheet \"S3\" line 3 REJECTED_ROW");
    }
}
