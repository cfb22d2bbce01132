package org.rapporteur.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.acceptance.LargeInputs;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.participants.ParticipantListReader;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Lists are read row by row from the file, within bounds: at most {@code maxRows} rows under the header (a file with
 * more is rejected with one finding, without reading the rest), at most 1,000 findings of one code listed one by one.
 */
class ListReadingBoundsTest {

    static final ListFileReader FIVE_ROWS = new ListFileReader(new ReadLimits(1 << 30, 100_000, 5),
            new ParticipantListReader(InputReadersTest.RESOLVER, 5));

    @TempDir
    Path folder;

    @Test
    void aListAtTheRowLimitIsReadAndOneRowMoreIsRejectedByName() throws Exception {
        for (String extension : new String[] {"csv", "xlsx"}) {
            Path five = folder.resolve("XYZ_EG.1_2024_3-five." + extension);
            Path six = folder.resolve("XYZ_EG.1_2024_3-six." + extension);
            if (extension.equals("csv")) {
                LargeInputs.csvList(five, "F", 5);
                LargeInputs.csvList(six, "S", 6);
            } else {
                LargeInputs.xlsxList(five, "F", 5);
                LargeInputs.xlsxList(six, "S", 6);
            }

            ReadOutcome read = FIVE_ROWS.read(new InputFile(InputKind.PARTICIPANT_LIST, "participants/"
                    + five.getFileName(), five));
            ReadOutcome rejected = FIVE_ROWS.read(new InputFile(InputKind.PARTICIPANT_LIST, "participants/"
                    + six.getFileName(), six));

            assertThat(((InputFacts.OfList) ((ReadOutcome.Read) read).facts()).list().delegates())
                    .as(extension).extracting(d -> d.lastName())
                    .containsExactly("FFamily1", "FFamily2", "FFamily3", "FFamily4", "FFamily5");
            assertThat(rejected).isInstanceOf(ReadOutcome.Rejected.class);
            assertThat(rejected.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(FindingCode.FILE_TOO_LARGE);
                assertThat(f.message()).startsWith("The file has more than 5 rows under its header");
            });
        }
    }

    @Test
    void aThousandFindingsOfACodeAreListedAndTheRestCountedInOne() throws Exception {
        StringBuilder csv = new StringBuilder("First Name,Last Name,Delegation\n");
        for (int i = 0; i < 1_250; i++) {
            csv.append("Ana,Souza").append(i).append(",Atlantis\n");
        }
        csv.append("Ana,Souza,Brazil\n");
        Path file = Files.writeString(folder.resolve("XYZ_EG.1_2024_3.csv"), csv);

        ReadOutcome outcome = InputReadersTest.READERS.read(new InputFile(InputKind.PARTICIPANT_LIST,
                "participants/XYZ_EG.1_2024_3.csv", file));

        assertThat(outcome.findings()).hasSize(1_001);
        assertThat(outcome.findings().subList(0, 1_000)).extracting(Finding::code)
                .containsOnly(FindingCode.REJECTED_ROW);
        assertThat(outcome.findings().get(1_000).message())
                .isEqualTo("250 more row(s) with the finding REJECTED_ROW (the first 1000 are listed one by one)");
    }

    @Test
    void aWindows1252ListIsDecodedAsItIsReadAndSaid() throws Exception {
        Path file = Files.write(folder.resolve("XYZ_EG.1_2024_3.csv"),
                "First Name,Last Name,Delegation\nJosé,Núñez,Peru\n".getBytes(Charset.forName("windows-1252")));

        ReadOutcome outcome = InputReadersTest.READERS.read(new InputFile(InputKind.PARTICIPANT_LIST,
                "participants/XYZ_EG.1_2024_3.csv", file));

        assertThat(((InputFacts.OfList) ((ReadOutcome.Read) outcome).facts()).list().delegates())
                .extracting(d -> d.firstName() + " " + d.lastName()).containsExactly("José Núñez");
        assertThat(outcome.findings()).extracting(Finding::code).containsExactly(FindingCode.ENCODING_GUESSED);
    }

    @Test
    void aUtf8ListWithOneLinePastedInWindows1252IsReadWhole() throws Exception {
        byte[] utf8 = "Délégation;Prénom;Nom\nSénégal;Aïssatou;Ndiaye\nÉtat de Palestine;Rami;Haddad\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] ansi = "Côte d'Ivoire;Zoé;Kouassi\n".getBytes(Charset.forName("windows-1252"));
        byte[] both = new byte[utf8.length + ansi.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(ansi, 0, both, utf8.length, ansi.length);
        Path file = Files.write(folder.resolve("XYZ_EG.1_2024_3.csv"), both);

        ReadOutcome outcome = InputReadersTest.READERS.read(new InputFile(InputKind.PARTICIPANT_LIST,
                "participants/XYZ_EG.1_2024_3.csv", file));

        assertThat(((InputFacts.OfList) ((ReadOutcome.Read) outcome).facts()).list().delegates())
                .extracting(d -> d.entity().code() + " " + d.firstName())
                .containsExactly("SEN Aïssatou", "PSE Rami", "CIV Zoé");
        assertThat(outcome.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 4 ENCODING_GUESSED");
    }
}
