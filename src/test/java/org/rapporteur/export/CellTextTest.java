package org.rapporteur.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTest {

    @Test
    void hyperlinkFormulaIsPrefixedWithQuote() {
        assertThat(CellText.neutralise("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "@SUM(1) | '@SUM(1)",
            "+1      | '+1",
            "-x      | '-x",
    })
    void formulaStartCharactersArePrefixedWithQuote(String text, String expected) {
        assertThat(CellText.neutralise(text)).isEqualTo(expected);
    }

    @Test
    void leadingTabIsPrefixedWithQuote() {
        assertThat(CellText.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
    }

    @Test
    void leadingCarriageReturnIsPrefixedWithQuote() {
        assertThat(CellText.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void normalTextIsUnchanged() {
        assertThat(CellText.neutralise("Côte d'Ivoire")).isEqualTo("Côte d'Ivoire");
    }

    @Test
    void equalsSignInTheMiddleIsUnchanged() {
        assertThat(CellText.neutralise("a=b+c")).isEqualTo("a=b+c");
    }

    @Test
    void nullStaysNull() {
        assertThat(CellText.neutralise(null)).isNull();
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(CellText.neutralise("")).isEmpty();
    }
}
