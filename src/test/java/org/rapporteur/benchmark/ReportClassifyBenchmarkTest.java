package org.rapporteur.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapporteur.positions.CodebookReader;

/**
 * benchmark-classify on synthetic reports: the rules cold and keeping results classify the same sentences into the
 * same positions, and the kept results answered some of them (synthetic reports of one body repeat sentences).
 */
class ReportClassifyBenchmarkTest {

    private static final Pattern PASS = Pattern.compile("(rules, [a-z ]+): sentences=(\\d+) positions=(\\d+) cpu_s=\\S+ "
            + "wall_s=\\S+ cpu_ms_per_sentence=\\S+ sentences_per_cpu_s=\\d+ cpu_ms_per_report=\\S+\\n  \\(sentences=\\d+ "
            + "from_kept_results=(\\d+) \\(\\d+%\\) model=none\\)");

    @Test
    void keepingResultsChangesNoPositionAndAnswersRepeatedSentences() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportClassifyBenchmark.run(12, 1, CodebookReader.readDefault(), name -> Optional.empty(), true,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).startsWith("reports=12 series=3 seed=1");
        Matcher m = PASS.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(m.group(1)).isEqualTo("rules, nothing kept");
        String sentences = m.group(2);
        String positions = m.group(3);
        assertThat(m.group(4)).isEqualTo("0");
        assertThat(Integer.parseInt(sentences)).isGreaterThan(12 * 20);
        assertThat(m.find()).as(out).isTrue();
        assertThat(m.group(1)).isEqualTo("rules, kept as nightly");
        assertThat(m.group(2)).isEqualTo(sentences);
        assertThat(m.group(3)).isEqualTo(positions);
        assertThat(Integer.parseInt(m.group(4))).isPositive();
    }
}
