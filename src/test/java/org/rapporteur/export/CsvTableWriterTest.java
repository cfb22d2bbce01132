package org.rapporteur.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {

    private static final String BOM = "\uFEFF";

    @TempDir
    Path dir;

    private final CsvTableWriter writer = new CsvTableWriter();

    private String writeAndRead(Table table) throws IOException {
        Path file = dir.resolve(table.name() + ".csv");
        writer.write(table, file);
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static Table table(List<String> header, List<Object>... rows) {
        return new Table("t", header, List.of(rows));
    }

    @Test
    void fileStartsWithUtf8ByteOrderMark() throws IOException {
        Path file = dir.resolve("bom.csv");
        writer.write(table(List.of("a"), List.of("x")), file);

        byte[] bytes = Files.readAllBytes(file);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void valueWithCommaQuoteAndNewlineIsQuotedPerRfc4180() throws IOException {
        String text = writeAndRead(table(List.of("name", "note"), List.of("plain", "a,b \"c\"\nd")));

        assertThat(text).isEqualTo(BOM + "name,note\r\nplain,\"a,b \"\"c\"\"\nd\"\r\n");
    }

    @Test
    void numbersAndNegativeNumbersAreWrittenUnchanged() throws IOException {
        String text = writeAndRead(table(List.of("i", "l", "d", "neg"), List.of(42, 9_000_000_000L, 0.5, -3)));

        assertThat(text).isEqualTo(BOM + "i,l,d,neg\r\n42,9000000000,0.5,-3\r\n");
    }

    @Test
    void datesBooleansAndNullsAreIsoTrueFalseAndEmpty() throws IOException {
        String text = writeAndRead(table(List.of("date", "yes", "no", "none"),
                Arrays.asList(LocalDate.of(2018, 4, 3), true, false, null)));

        assertThat(text).isEqualTo(BOM + "date,yes,no,none\r\n2018-04-03,true,false,\r\n");
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralised() throws IOException {
        String text = writeAndRead(table(List.of("v"), List.of("=1+1"), List.of("-x"), List.of("@SUM(1)")));

        assertThat(text).isEqualTo(BOM + "v\r\n'=1+1\r\n'-x\r\n'@SUM(1)\r\n");
    }

    @Test
    void nonAsciiCountryNamesRoundTripAsUtf8() throws IOException {
        String text = writeAndRead(table(List.of("country"), List.of("Côte d'Ivoire"), List.of("Türkiye")));

        assertThat(text).isEqualTo(BOM + "country\r\nCôte d'Ivoire\r\nTürkiye\r\n");
    }

    @Test
    void twoWritesOfTheSameTableGiveIdenticalBytes() throws IOException {
        Table table = table(List.of("country", "n", "date"),
                List.of("Türkiye", -1, LocalDate.of(2020, 1, 2)),
                List.of("=x", 2.5, LocalDate.of(2021, 12, 31)));
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");

        writer.write(table, first);
        writer.write(table, second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void existingFileIsReplacedAndNoTempFileIsLeft() throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "old content that is longer than the new one");

        writer.write(table(List.of("a"), List.of("x")), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(BOM + "a\r\nx\r\n");
        assertThat(dir.resolve("t.csv.tmp")).doesNotExist();
    }

    @Test
    void rowsAppendedAsBytesLandInOrderAmongAddedRowsAndPositionsCountThem() throws IOException {
        // a published file: a BOM (3 bytes) and "a\r\n", then rows r1 (bytes 6..10), r2 (10..14), r3 (14..18)
        Path published = dir.resolve("published.csv");
        writer.write(table(List.of("a"), List.of("r1"), List.of("r2"), List.of("r3")), published);
        Path file = dir.resolve("next.csv");
        List<Long> positions = new java.util.ArrayList<>();
        try (java.nio.channels.FileChannel from = java.nio.channels.FileChannel.open(published);
             CsvTableWriter.Rows rows = writer.open(file, List.of("a"))) {
            positions.add(rows.position());
            rows.append(from, 6, 4); // r1
            positions.add(rows.position());
            rows.append(from, 10, 4); // r2, right after r1: copied with it
            positions.add(rows.position());
            rows.add(List.of("new"));
            positions.add(rows.position());
            rows.append(from, 14, 4); // r3
            rows.append(from, 6, 4); // r1 again: not after r3, a copy of its own
            positions.add(rows.position());
            rows.commit();
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(BOM + "a\r\nr1\r\nr2\r\nnew\r\nr3\r\nr1\r\n");
        assertThat(positions).containsExactly(6L, 10L, 14L, 19L, 27L);
    }
}
