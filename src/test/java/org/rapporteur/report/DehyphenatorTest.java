package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DehyphenatorTest {

    /** Joins the lines of a paragraph as the assembler does, then resolves the hyphens against the whole document. */
    private static String join(List<String> document, String... paragraphLines) {
        StringBuilder text = new StringBuilder();
        for (String line : paragraphLines) {
            Dehyphenator.append(text, line);
        }
        return new Dehyphenator(document).resolve(text.toString());
    }

    @Test
    void joinsAWordHyphenatedAcrossALineEnd() {
        List<String> document = List.of("the organiza-", "tion of the meeting");
        assertThat(join(document, "the organiza-", "tion of the meeting")).isEqualTo("the organization of the meeting");
    }

    @Test
    void keepsTheHyphenWhenTheDocumentWritesTheHyphenatedFormElsewhere() {
        List<String> document = List.of("representatives of non-governmental organizations", "of the following non-",
                "governmental organizations: […].");
        assertThat(join(document, "of the following non-", "governmental organizations: […]."))
                .isEqualTo("of the following non-governmental organizations: […].");
    }

    @Test
    void dropsTheHyphenWhenTheDocumentWritesTheJoinedWordElsewhere() {
        List<String> document = List.of("responses to cybercrime.", "national responses to cyber-", "crime.");
        assertThat(join(document, "national responses to cyber-", "crime."))
                .isEqualTo("national responses to cybercrime.");
    }

    @Test
    void joinedWordEvidenceOutweighsAHyphenPrefix() {
        List<String> document = List.of("international cooperation", "international co-", "operation");
        assertThat(join(document, "international co-", "operation")).isEqualTo("international cooperation");
    }

    @Test
    void keepsTheHyphenAfterAPrefixEnglishWritesWithOneWhenTheDocumentSaysNothing() {
        List<String> document = List.of("the following non-", "member State");
        assertThat(join(document, "the following non-", "member State")).isEqualTo("the following non-member State");
    }

    @Test
    void keepsTheHyphenWithoutASpaceWhenTheNextLineStartsWithACapital() {
        List<String> document = List.of("the Group of Asia-", "Pacific States");
        assertThat(join(document, "the Group of Asia-", "Pacific States")).isEqualTo("the Group of Asia-Pacific States");
    }

    @Test
    void joinsLinesWithASpaceAfterADash() {
        List<String> document = List.of("the period 2018 -", "the next period");
        assertThat(join(document, "the period 2018 -", "the next period")).isEqualTo("the period 2018 - the next period");
    }

    @Test
    void leavesTextWithoutLineEndHyphensUnchanged() {
        assertThat(new Dehyphenator(List.of()).resolve("a well-known text")).isEqualTo("a well-known text");
    }
}
