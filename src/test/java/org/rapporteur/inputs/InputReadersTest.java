package org.rapporteur.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.positions.Codebooks;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.report.ReportParser;

/** Each kind of input read by its reader, without Spring: facts when usable, a rejection with the reason when not. */
class InputReadersTest {

    static final NameResolver RESOLVER = new NameResolver(ReferenceData.loadDefault());
    static final InputReaders READERS = InputReaders.of(ReadLimits.DEFAULT, RESOLVER, new ReportParser(RESOLVER),
            new PositionClassifier(Codebooks.choose(null), name -> RESOLVER.resolve(name).map(Entity::code)));

    @TempDir
    Path folder;

    @Test
    void aReportIsReadIntoItsMeetingFactsWithTheHashOfItsBytes() throws IOException {
        Path file = folder.resolve("final-report-small.txt");
        try (InputStream in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, file);
        }

        ReadOutcome outcome = READERS.read(new InputFile(InputKind.REPORT, "final-report-small.txt", file));

        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        assertThat(outcome.sha256()).isEqualTo(ContentHash.of(file)).hasSize(64);
        InputFacts.OfReport facts = (InputFacts.OfReport) ((ReadOutcome.Read) outcome).facts();
        assertThat(facts.report().meetingId()).isEqualTo("XYZ/EG.1#3");
        assertThat(facts.report().paragraphs()).hasSize(4);
    }

    @Test
    void aReportThatIsNoReportIsRejectedWithTheReason() throws IOException {
        Path file = Files.writeString(folder.resolve("shopping.txt"), "Milk\nBread\nEggs\n");

        ReadOutcome outcome = READERS.read(new InputFile(InputKind.REPORT, "shopping.txt", file));

        assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(outcome.findings()).extracting(Finding::code).containsExactly(FindingCode.NOT_A_REPORT);
    }

    @Test
    void aListIsReadIntoItsDelegatesAndAnOldWorkbookIsRefusedWithAdvice() throws IOException {
        Path csv = Files.writeString(folder.resolve("XYZ_EG.1_2024_3-participants.csv"),
                "Title,First Name,Last Name,Delegation\nMs.,Ana,Souza,Brazil\nMr.,Tomas,Reyes,Chile\n",
                StandardCharsets.UTF_8);
        Path xls = Files.write(folder.resolve("XYZ_EG.1_2024_3-participants.xls"), new byte[] {1, 2, 3});

        ReadOutcome list = READERS.read(new InputFile(InputKind.PARTICIPANT_LIST,
                "participants/XYZ_EG.1_2024_3-participants.csv", csv));
        ReadOutcome old = READERS.read(new InputFile(InputKind.PARTICIPANT_LIST,
                "participants/XYZ_EG.1_2024_3-participants.xls", xls));

        assertThat(((InputFacts.OfList) ((ReadOutcome.Read) list).facts()).list().delegates())
                .extracting(d -> d.entity().code()).containsExactly("BRA", "CHL");
        assertThat(old).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(old.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNSUPPORTED_FORMAT);
            assertThat(f.message()).contains("save it as .xlsx");
        });
    }

    @Test
    void statementsAreReadWithThePositionsTheyVoice() throws IOException {
        Path csv = Files.writeString(folder.resolve("XYZ_EG.1_2024_3-statements.csv"),
                "meeting_symbol,speaker,text\nXYZ/EG.1/2024/3,Brazil,Brazil supports the elaboration of a new "
                        + "comprehensive convention on cybercrime.\n", StandardCharsets.UTF_8);

        ReadOutcome outcome = READERS.read(new InputFile(InputKind.STATEMENTS,
                "statements/XYZ_EG.1_2024_3-statements.csv", csv));

        InputFacts.OfStatements facts = (InputFacts.OfStatements) ((ReadOutcome.Read) outcome).facts();
        assertThat(facts.statements().statements()).singleElement()
                .satisfies(s -> assertThat(s.speaker().code()).isEqualTo("BRA"));
        assertThat(facts.positions().positions()).extracting(p -> p.position().attributedEntityCode())
                .containsOnly("BRA").isNotEmpty();
    }
}
