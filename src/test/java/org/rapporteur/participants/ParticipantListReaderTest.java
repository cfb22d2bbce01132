package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/** Columns by header name, heads of delegation, check-ins, the meeting from the file name, and bad files. */
class ParticipantListReaderTest {

    static final NameResolver RESOLVER = new NameResolver(ReferenceData.loadDefault());
    final ParticipantListReader reader = new ParticipantListReader(RESOLVER);

    @Test
    void headersAreRecognisedWhateverTheirCaseSpacingPunctuationAndOrder() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2-participants.csv", """
                country ; LAST NAME ; first_name ; Salutation ; Function ; checked in
                Brazil ; Souza ; Ana ; H.E. Ms. ; Head of Delegation ; x
                """);
        assertThat(list.findings()).isEmpty();
        Delegate ana = list.delegates().get(0);
        assertThat(ana.entity().code()).isEqualTo("BRA");
        assertThat(ana.meetingSymbol()).isEqualTo("CTOC/COP/WG.3/2024/2");
        assertThat(ana.gender()).isEqualTo(Gender.WOMAN);
        assertThat(ana.headOfDelegation()).isTrue();
        assertThat(ana.checkedIn()).isTrue();
        assertThat(ana.line()).isEqualTo(2);
    }

    @Test
    void headsOfDelegationInThreeLanguagesButNotTheirDeputies() {
        ParticipantList list = reader.readCsv("x.csv", """
                Meeting,Last Name,Position,Delegation
                CTOC/COP/WG.3/2024/2,A,Head of the delegation,Chile
                CTOC/COP/WG.3/2024/2,B,Cheffe de délégation,France
                CTOC/COP/WG.3/2024/2,C,Jefe de Delegación,Peru
                CTOC/COP/WG.3/2024/2,D,Deputy Head of Delegation,Chile
                CTOC/COP/WG.3/2024/2,E,Alternate head of delegation,France
                CTOC/COP/WG.3/2024/2,F,Chef adjoint de délégation,France
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName() + "=" + d.headOfDelegation())
                .containsExactly("A=true", "B=true", "C=true", "D=false", "E=false", "F=false");
        assertThat(list.delegates()).allSatisfy(d -> assertThat(d.checkedIn()).isNull());
    }

    @Test
    void aRepeatedPersonIsCountedOnceAndFlagged() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                First Name,Last Name,Delegation
                Ana,Souza,Brazil
                Ana,Souza,Brazil
                """);
        assertThat(list.delegates()).hasSize(1);
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.message())
                .containsExactly("line 3 DUPLICATE_PARTICIPANT The row repeats line 2 (same person, delegation and "
                        + "meeting); counted once");
    }

    @Test
    void anUnlistedOrganisationIsKeptByItsTypeOrByTheFormOfItsName() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                Last Name,Organization,Type
                Morgan,Global Cyber Alliance,Non-governmental organization
                Smith,Delegation pending,
                Jones,Example Institute,
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().type() + " " + d.entity().name())
                .containsExactly("NGO Global Cyber Alliance", "NGO Example Institute");
        assertThat(list.findings()).extracting(Finding::location, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 3", FindingCode.REJECTED_ROW));
    }

    @Test
    void aListWithoutDelegationColumnIsRefusedAsAWhole() {
        assertThat(codes(reader.readCsv("CTOC_COP_WG.3_2024_2.csv", "Name,Email\nAna,a@example.org\n")))
                .containsExactly(FindingCode.MISSING_COLUMN);
    }

    @Test
    void aListNamingItsMeetingNowhereIsReadAndKeptUnderItsFileName() {
        ParticipantList list = reader.readCsv("participants/participants.csv", "Last Name,Country\nSouza,Brazil\n");
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol, Delegate::lastName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("file:participants.csv", "Souza"));
    }

    @Test
    void aRowWithoutItsMeetingInAListWithAMeetingColumnIsStillRejected() {
        ParticipantList list = reader.readCsv("export.csv", "Meeting,Last Name,Country\nA/AC.9/2030/2,Souza,Brazil\n"
                + ",Lima,Peru\n");
        assertThat(list.delegates()).extracting(Delegate::lastName).containsExactly("Souza");
        assertThat(list.findings()).extracting(Finding::location, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 3", FindingCode.REJECTED_ROW));
    }

    @Test
    void aListWithItsHeaderAndNoRowSaysSo() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", "First Name,Last Name,Delegation\n\n");

        assertThat(list.delegates()).isEmpty();
        assertThat(list.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.NO_ROWS);
            assertThat(f.severity()).isEqualTo(org.rapporteur.quality.Severity.WARNING);
        });
        assertThat(codes(reader.readCsv("CTOC_COP_WG.3_2024_2.csv", "First Name,Last Name,Delegation\nAna,Souza,\n")))
                .containsExactly(FindingCode.REJECTED_ROW);
    }

    @Test
    void messagesNameLinesNeverPersons() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                First Name,Last Name,Delegation
                Zeynep,Kaya,
                Zeynep,Kaya,Brazil
                Zeynep,Kaya,Brazil
                """);
        assertThat(list.findings()).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("Zeynep", "Kaya"));
    }

    @Test
    void theMeetingFromTheFileName() {
        assertThat(MeetingSymbols.fromFileName("UNODC_CCPCJ_EG.4_2019_2-participants.csv"))
                .contains("UNODC/CCPCJ/EG.4/2019/2");
        assertThat(MeetingSymbols.fromFileName("participants/CTOC_COP_WG.3_2024_2 list.xlsx"))
                .contains("CTOC/COP/WG.3/2024/2");
        assertThat(MeetingSymbols.fromFileName("UNODC_CCPCJ_EG.4_2020_L.1_registrations.csv"))
                .contains("UNODC/CCPCJ/EG.4/2020/L.1");
        assertThat(MeetingSymbols.fromFileName("participants-may.csv")).isEmpty();
        // a part of letters with a dot ("C.II"), and a symbol ending in "Report"
        assertThat(MeetingSymbols.fromFileName("TD_B_C.II_EM.9_L.2_list.csv")).contains("TD/B/C.II/EM.9/L.2");
        assertThat(MeetingSymbols.fromFileName("E_ESCAP_CST.5_2027_3_Report_list.xlsx"))
                .contains("E/ESCAP/CST.5/2027/3/Report");
    }

    @Test
    void aWorkbookWhoseSheetExpandsBeyondTheLimitIsRefusedAsTooLargeByName(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("CTOC_COP_WG.3_2024_2.xlsx");
        workbookWithSheetOf(file, 101L * 1024 * 1024);

        ParticipantList list = reader.readXlsx(file.getFileName().toString(), file);

        assertThat(list.delegates()).isEmpty();
        assertThat(list.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.FILE_TOO_LARGE);
            assertThat(f.message()).isEqualTo("A sheet of the workbook expands beyond 100 MB when opened: it is not "
                    + "read; split the list, or save it as .csv (which is read record by record)");
        });
    }

    /**
     * A workbook whose one sheet, after a header row, holds a comment of {@code bytes} letters a and b in random order:
     * about eight times smaller compressed, so that only the size of the expanded part, not its ratio, is over POI's
     * limits.
     */
    private static void workbookWithSheetOf(Path file, long bytes) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        String docRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-"
                    + "types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            part(zip, "_rels/.rels", "<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" Type=\""
                    + docRels + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + docRels + "\"><sheets>"
                    + "<sheet name=\"List\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + rels + "\"><Relationship Id=\"rId1\" "
                    + "Type=\"" + docRels + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + main + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                    + "<t>Last Name</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Delegation</t></is></c></row><!--")
                    .getBytes(StandardCharsets.UTF_8));
            // one megabyte drawn once and written again: deflate looks back 32 KB, so it finds no repetition
            Random random = new Random(17);
            byte[] letters = new byte[1 << 20];
            for (int i = 0; i < letters.length; i++) {
                letters[i] = (byte) (random.nextBoolean() ? 'a' : 'b');
            }
            for (long written = 0; written < bytes; written += letters.length) {
                zip.write(letters);
            }
            zip.write("--></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static List<FindingCode> codes(ParticipantList list) {
        return list.findings().stream().map(Finding::code).toList();
    }
}
