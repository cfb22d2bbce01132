package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The console, the manifest and data-quality.csv give the same figures (issue 17 point 7): inputs rejected as a whole
 * (REJECTED in the manifest), inputs with rejected rows, and the errors and warnings as data-quality.csv lists them,
 * those the export adds (an overrides file's bad row) included; also when the next run finds nothing changed.
 */
class CountsAgreeTest {

    @TempDir
    Path work;

    @Test
    void theConsoleTheManifestAndDataQualityCsvAgree() throws Exception {
        SmallMixedInputs inputs = SmallMixedInputs.writeTo(work);
        Path input = inputs.input();
        Path overrides = inputs.overrides();
        Path output = work.resolve("output");

        RunOutput first = RunOutput.of("nightly", "--input", input.toString(), "--output", output.toString(),
                "--overrides", overrides.toString());
        RunOutput second = RunOutput.of("nightly", "--input", input.toString(), "--output", output.toString(),
                "--overrides", overrides.toString());

        List<Map<String, String>> quality = ExportFiles.rows(output.resolve("data-quality.csv"));
        long errors = quality.stream().filter(r -> r.get("severity").equals("ERROR")).count();
        long warnings = quality.stream().filter(r -> r.get("severity").equals("WARNING")).count();
        assertThat(errors).isEqualTo(2); // the empty report, the unknown delegation's row
        assertThat(quality).anyMatch(r -> r.get("source").equals("position-overrides.csv")
                && r.get("severity").equals("WARNING"));
        String summary = "3 input(s) in all, 1 rejected, 1 with rejected rows; data-quality.csv lists " + errors
                + " error(s) and " + warnings + " warning(s).";
        assertThat(first.exitCode()).isEqualTo(3);
        assertThat(first.out()).contains(summary);
        assertThat(second.exitCode()).isEqualTo(3);
        assertThat(second.out()).contains("Nothing changed since the last run", summary);
        JsonNode manifest = new ObjectMapper().readTree(output.resolve("run-manifest.json").toFile());
        JsonNode counts = manifest.path("counts");
        assertThat(counts.path("inputs").asLong()).isEqualTo(3);
        assertThat(counts.path("rejected").asLong()).isEqualTo(1);
        assertThat(counts.path("with_rejected_rows").asLong()).isEqualTo(1);
        assertThat(counts.path("errors").asLong()).isEqualTo(errors);
        assertThat(counts.path("warnings").asLong()).isEqualTo(warnings);
        long rejectedInputs = 0;
        for (JsonNode in : manifest.path("inputs")) {
            rejectedInputs += in.path("outcome").asText().equals("REJECTED") ? 1 : 0;
        }
        assertThat(rejectedInputs).isEqualTo(1);
    }
}
