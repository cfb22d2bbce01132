package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertThat(SentenceSplitter.split("The meeting opened. Was a vote taken? It was! Then it closed."))
                .containsExactly("The meeting opened.", "Was a vote taken?", "It was!", "Then it closed.");
    }

    @Test
    void doesNotSplitAfterMr() {
        assertThat(SentenceSplitter.split("The meeting was opened by Mr. Rypl of Brazil. Statements followed."))
                .containsExactly("The meeting was opened by Mr. Rypl of Brazil.", "Statements followed.");
    }

    @Test
    void doesNotSplitAfterAShortenedGivenName() {
        assertThat(SentenceSplitter.split("It was opened by Ma. Luisa Reyes (Philippines). Md. Karim Uddin and Mohd. Aziz "
                + "Rahman spoke. Others did not."))
                .containsExactly("It was opened by Ma. Luisa Reyes (Philippines).", "Md. Karim Uddin and Mohd. Aziz Rahman "
                        + "spoke.", "Others did not.");
    }

    @Test
    void doesNotSplitAfterAnArticleReference() {
        assertThat(SentenceSplitter.split("Speakers referred to art. 32 (b) of the Convention. Others did not."))
                .containsExactly("Speakers referred to art. 32 (b) of the Convention.", "Others did not.");
    }

    @Test
    void doesNotSplitAfterEg() {
        assertThat(SentenceSplitter.split("Some instruments, e.g. The Budapest Convention, were cited. Others were not."))
                .containsExactly("Some instruments, e.g. The Budapest Convention, were cited.", "Others were not.");
    }

    @Test
    void doesNotSplitAfterIe() {
        assertThat(SentenceSplitter.split("It met twice, i.e. In April and May. It then adjourned."))
                .containsExactly("It met twice, i.e. In April and May.", "It then adjourned.");
    }

    @Test
    void doesNotSplitAfterNo() {
        assertThat(SentenceSplitter.split("Resolution No. 5 was recalled. It was adopted in 2017."))
                .containsExactly("Resolution No. 5 was recalled.", "It was adopted in 2017.");
    }

    @Test
    void doesNotSplitAfterAnInitial() {
        assertThat(SentenceSplitter.split("The panel was chaired by J. Smith of Canada. She opened it."))
                .containsExactly("The panel was chaired by J. Smith of Canada.", "She opened it.");
    }

    @Test
    void splitsAfterAYearEndingASentence() {
        assertThat(SentenceSplitter.split("The Group met in 2018. The Group met again in 2019."))
                .containsExactly("The Group met in 2018.", "The Group met again in 2019.");
    }

    @Test
    void splitsAfterAClosingQuotationMark() {
        assertThat(SentenceSplitter.split("It considered agenda item 3, entitled “Criminalization”. It then closed."))
                .containsExactly("It considered agenda item 3, entitled “Criminalization”.", "It then closed.");
    }

    @Test
    void doesNotSplitInsideBrackets() {
        assertThat(SentenceSplitter.split("A list was circulated (see the annex. It is long.) at the meeting. Next."))
                .containsExactly("A list was circulated (see the annex. It is long.) at the meeting.", "Next.");
    }

    @Test
    void doesNotSplitBeforeALowerCaseWord() {
        assertThat(SentenceSplitter.split("The Budapest Convention, etc. were cited."))
                .containsExactly("The Budapest Convention, etc. were cited.");
    }

    @Test
    void takesEachListItemOnALineOfItsOwnAsASentence() {
        assertThat(SentenceSplitter.split("The Group adopted the following agenda:\n"
                + "1. Organizational matters:\n(a) Opening of the meeting;\n2. Criminalization."))
                .containsExactly("The Group adopted the following agenda:", "1. Organizational matters:",
                        "(a) Opening of the meeting;", "2. Criminalization.");
    }

    @Test
    void givesNoSentenceForBlankText() {
        assertThat(SentenceSplitter.split("  \n ")).isEmpty();
    }

    @Test
    void givesTheSameSentencesToEveryReaderOfAParagraphAmongManyOthers() {
        String paragraph = "The Chair opened the meeting. Mr. Ode (Kenya) spoke.\n(a) Item one;";
        for (int i = 0; i < 500; i++) {
            String other = "Paragraph " + i + " was read. It said " + i + ".";
            assertThat(SentenceSplitter.split(other)).containsExactly("Paragraph " + i + " was read.", "It said " + i + ".");
            assertThat(SentenceSplitter.split(new String(paragraph.toCharArray())))
                    .containsExactly("The Chair opened the meeting.", "Mr. Ode (Kenya) spoke.", "(a) Item one;");
        }
    }
}
