package org.rapporteur.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/** A paragraph repeated word for word is read once: its positions count once, and one finding says so. */
class RepeatedParagraphsTest {

    static final String AGAINST = "Many speakers were of the view that a new instrument on cybercrime was not needed.";
    static final String FOR = "The representative of Brazil expressed support for the Budapest Convention.";

    @TempDir
    Path folder;

    /** A report whose first paragraph is repeated {@code copies} times after the second. */
    static String report(int copies) {
        StringBuilder text = new StringBuilder("""
                United Nations XYZ/EG.2/2025/4
                Distr.: General
                Report on the second meeting of the Expert Group on Examples held in Nairobi from 3 to 5 March 2025
                I. Summary of deliberations
                """);
        text.append("1. ").append(AGAINST).append('\n').append("2. ").append(FOR).append('\n');
        for (int n = 3; n < 3 + copies; n++) {
            text.append(n).append(". ").append(AGAINST).append('\n');
        }
        text.append("II. Organization of the meeting\n").append(3 + copies)
                .append(". Statements were made by experts of the following States: Brazil, Chile and Kenya.\n");
        return text.toString();
    }

    @Test
    void aParagraphRepeatedFiftyTimesCountsOnceWithOneFinding() throws IOException {
        InputFacts.OfReport once = read("once.txt", report(0));
        InputFacts.OfReport repeated = read("repeated.txt", report(50));

        assertThat(repeated.positions().positions()).extracting(p -> p.paragraph() + " " + p.position().topic()
                + " " + p.position().stance()).isEqualTo(once.positions().positions().stream().map(p -> p.paragraph()
                + " " + p.position().topic() + " " + p.position().stance()).toList()).isNotEmpty();
        assertThat(repeated.report().findings()).filteredOn(f -> f.code() == FindingCode.DUPLICATE_PARAGRAPH)
                .singleElement().satisfies(f -> {
                    assertThat(f.location()).isEqualTo("paragraph 3");
                    assertThat(f.message()).isEqualTo("Paragraph 3 repeats paragraph 1 word for word, as do 49 more "
                            + "(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, …): read once, so that its positions count once");
                });
        assertThat(repeated.report().paragraphs()).extracting(p -> p.number()).containsExactly(1, 2, 53);
        assertThat(once.report().findings()).extracting(Finding::code).doesNotContain(FindingCode.DUPLICATE_PARAGRAPH);
    }

    private InputFacts.OfReport read(String name, String text) throws IOException {
        Path file = Files.writeString(folder.resolve(name), text);
        ReadOutcome outcome = InputReadersTest.READERS.read(new InputFile(InputKind.REPORT, name, file));
        return (InputFacts.OfReport) ((ReadOutcome.Read) outcome).facts();
    }
}
