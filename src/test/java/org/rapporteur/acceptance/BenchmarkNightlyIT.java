package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmark-nightly} as the README runs it, on three reports (one per body kind): it prints its figures, the
 * facts of every report match their truth, and the unchanged rerun leaves the exports byte-identical; its runs start as
 * jobs/nightly.sh starts them, and one more under the plain {@code java -jar}. Runs after
 * {@code package} (it starts target/rapporteur.jar, which starts the nightly runs in JVMs of their own).
 */
class BenchmarkNightlyIT {

    @TempDir
    Path work;

    @Test
    void printsItsFiguresAndFindsEveryFact() throws Exception {
        Process process = new ProcessBuilder("java", "-jar", Path.of("target/rapporteur.jar").toAbsolutePath()
                .toString(), "benchmark-nightly", "--reports", "3", "--dir", work.toString(),
                "--compare-model-use", "NONE")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(900, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("generated: 3 reports", "floor: read_split_program_s=",
                "facts (first run): 3 of 3 reports match their truth",
                "unchanged rerun: exports_byte_identical=true said_nothing_changed=true",
                "facts (after one changed): 3 of 3 reports match their truth", "result: OK");
        // launched as jobs/nightly.sh launches it, with the plain java -jar once for comparison
        assertThat(output).containsPattern("launch: extracted as jobs/nightly.sh runs it \\([\\d.]+ s\\), class archive "
                + "of \\d+ MB recorded by a run over 10 reports");
        assertThat(output).containsPattern("one changed again, plain java -jar \\(CTOC_COP_WG.6_1986_4.txt\\): exit=0 ");
        assertThat(output).contains("facts (after one changed again): 3 of 3 reports match their truth");
        assertThat(output).containsPattern("first: exit=0 wall_s=[\\d.]+ (cpu_s=[\\d.]+ )?ingest_s=[\\d.]+ retire_s=[\\d.]+ "
                + "export_s=[\\d.]+ files_per_s=[\\d.]+ peak_heap_mb=\\d+ live_heap_mb=\\d+ peak_rss_mb=[1-9]\\d*");
        assertThat(output).containsPattern("\n  positions: sentences=\\d+ from_kept_results=\\d+ \\(\\d+%\\) model_read=\\d+ "
                + "embedded=\\d+ vectors_from_store=\\d+");
        assertThat(output).contains("facts (model use NONE): 3 of 3 reports match their truth",
                "model use NONE: ratio_to_floor=");
        assertThat(output).containsPattern("fresh, model use NONE: exit=0 .*\n  positions: sentences=\\d+ "
                + "from_kept_results=\\d+ \\(\\d+%\\) model=none");
        assertThat(work.resolve("input/truth.csv")).exists();
    }
}
