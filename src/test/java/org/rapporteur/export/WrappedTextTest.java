package org.rapporteur.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrappedTextTest {

    @Test
    void aTextThatFitsTakesOneLine() {
        assertThat(WrappedText.lines("African States", 14)).isEqualTo(1);
        assertThat(WrappedText.lines("", 10)).isEqualTo(1);
    }

    @Test
    void wordsThatDoNotFitMoveToTheNextLineWhole() {
        // "Latin" / "American and" / "Caribbean" / "States": four lines, where a count of characters says three
        assertThat(WrappedText.lines("Latin American and Caribbean States", 12)).isEqualTo(4);
        assertThat(WrappedText.lines("aaa bbb", 7)).isEqualTo(1);
        assertThat(WrappedText.lines("aaa bbbb", 7)).isEqualTo(2);
    }

    @Test
    void aWordLongerThanTheLineIsCutAndItsRestStartsTheNextLine() {
        assertThat(WrappedText.lines("abcdefghij", 4)).isEqualTo(3); // abcd / efgh / ij
        assertThat(WrappedText.lines("abcdefghij kl", 4)).isEqualTo(4); // abcd / efgh / ij / kl
        assertThat(WrappedText.lines("abcdefghij k", 4)).isEqualTo(3); // abcd / efgh / ij k
    }

    @Test
    void lineBreaksStartNewLinesAndEmptyLinesCount() {
        assertThat(WrappedText.lines("one\ntwo\n\nfour", 20)).isEqualTo(4);
        assertThat(WrappedText.lines("one two\r\nthree", 3)).isEqualTo(4); // one / two / thr / ee
    }
}
