package org.rapporteur.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows read back as their fields' texts are the CSV texts of the values they were written from. */
class CsvFieldsTest {

    @TempDir
    Path folder;

    @Test
    void fieldsAreTheCsvTextsOfTheValuesWrittenQuotedOrNot() throws Exception {
        List<List<Object>> rows = List.of(
                Arrays.asList("plain", 3, -2.5, null, true),
                Arrays.asList("a, comma", "said \"no\"", "two\r\nlines", "=HYPERLINK(\"x\")", ""),
                Arrays.asList("-5", "", "ends with a quote\"", "\"", "last"));
        Path file = folder.resolve("t.csv");
        try (CsvTableWriter.Rows out = new CsvTableWriter().open(file, List.of("a", "b", "c", "d", "e"))) {
            for (List<Object> row : rows) {
                out.add(row);
            }
            out.commit();
        }
        String text = Files.readString(file);
        String body = text.substring(text.indexOf("\r\n") + 2);

        List<List<String>> expected = new ArrayList<>();
        for (List<Object> row : rows) {
            expected.add(row.stream().map(CsvTableWriter::text).toList());
        }
        assertThat(CsvFields.records(body)).isEqualTo(expected);
        assertThat(expected.get(1).get(3)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(expected.get(2).get(0)).isEqualTo("'-5");
    }
}
