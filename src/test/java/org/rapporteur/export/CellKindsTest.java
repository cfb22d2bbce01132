package org.rapporteur.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rows read back from their CSV text give a sheet the values they were written from, or say they cannot. */
class CellKindsTest {

    private static String csv(List<?>... rows) {
        StringBuilder text = new StringBuilder();
        for (List<?> row : rows) {
            text.append(String.join(",", row.stream().map(CsvTableWriter::text).toList())).append("\r\n");
        }
        return text.toString();
    }

    @Test
    void numbersYesNoDatesAndNeutralisedTextComeBackAsTheyWere() throws IOException {
        CellKinds kinds = new CellKinds(5);
        List<Object> first = Arrays.asList("Egypt", 12, true, LocalDate.of(2019, 3, 27), new BigDecimal("0.375"));
        List<Object> second = Arrays.asList("=SUM(A1)", null, false, null, 2.5);
        kinds.see(first);
        kinds.see(second);
        assertThat(kinds.readable()).isTrue();

        List<List<Object>> back = CellKinds.of(kinds.codes()).read(csv(first, second));
        assertThat(back.get(0).get(0)).isEqualTo("Egypt");
        assertThat(((Number) back.get(0).get(1)).doubleValue()).isEqualTo(12.0);
        assertThat(back.get(0).get(1).toString()).isEqualTo("12");
        assertThat(back.get(0).get(2)).isEqualTo(Boolean.TRUE);
        assertThat(back.get(0).get(3)).isEqualTo(LocalDate.of(2019, 3, 27));
        assertThat(back.get(0).get(4).toString()).isEqualTo("0.375");
        // the CSV holds "'=SUM(A1)"; the sheet is given the text itself, which it shows as text
        assertThat(back.get(1).get(0)).isEqualTo("=SUM(A1)");
        assertThat(back.get(1).get(1)).isNull();
        assertThat(back.get(1).get(2)).isEqualTo(Boolean.FALSE);
        assertThat(((Number) back.get(1).get(4)).doubleValue()).isEqualTo(2.5);
    }

    @Test
    void textThatBeginsWithAQuoteBeforeAFormulaSignCannotBeToldApart() {
        CellKinds kinds = new CellKinds(1);
        kinds.see(List.of("'=not a formula"));
        assertThat(kinds.readable()).isFalse();
        assertThat(CellKinds.of(kinds.codes()).readable()).isFalse();
    }

    @Test
    void aColumnOfTwoKindsCannotBeReadBack() {
        CellKinds kinds = new CellKinds(1);
        kinds.see(List.of(3));
        kinds.see(List.of("three"));
        assertThat(kinds.readable()).isFalse();
    }

    @Test
    void kindsSeenEarlierFillTheColumnsEmptyNow() throws IOException {
        CellKinds now = new CellKinds(2);
        now.see(Arrays.asList("a", null));
        CellKinds earlier = new CellKinds(2);
        earlier.see(Arrays.asList("b", 7));
        now.merge(CellKinds.of(earlier.codes()));
        assertThat(now.read("x,8\r\n").get(0).get(1)).isInstanceOf(Number.class);
    }
}
