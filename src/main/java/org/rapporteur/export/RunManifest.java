package org.rapporteur.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code run-manifest.json}: what one run read and wrote. Version, run id, start and end, every current input with its
 * hash and outcome ({@code READ} in this run, {@code UNCHANGED} since an earlier one, {@code REJECTED}), the inputs
 * retired, every export with its hash and size, the counts, and the fingerprint of everything the exports were made
 * from (so that a run that would write the same set can leave the published one as it is). Written last into the set
 * it describes.
 */
public final class RunManifest {

    public static final String FILE = "run-manifest.json";

    private RunManifest() {
    }

    /** An input as the manifest lists it. */
    public record Input(String kind, String source, String sha256, String outcome) {
    }

    /**
     * The run as the manifest describes it.
     *
     * @param exportsFingerprint a hash of everything the exports were made from (the stored inputs, the code, the
     *                           overrides, the options that change them)
     */
    public record Run(String version, long executionId, String started, String ended, String inputFolder,
                      String outputFolder, boolean full, Map<String, Long> counts, List<Input> inputs,
                      List<String> retired, String exportsFingerprint) {
    }

    /** Writes the manifest of {@code run} into {@code folder}, with the hash of each of {@code exports} there. */
    public static void write(Path folder, Run run, List<String> exports) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rapporteur_version", run.version());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("execution_id", run.executionId());
        about.put("started", run.started());
        about.put("ended", run.ended());
        about.put("input_folder", run.inputFolder());
        about.put("output_folder", run.outputFolder());
        about.put("full", run.full());
        root.put("run", about);
        root.put("counts", run.counts());
        root.put("exports_fingerprint", run.exportsFingerprint());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Input input : run.inputs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", input.kind());
            row.put("source", input.source());
            row.put("sha256", input.sha256());
            row.put("outcome", input.outcome());
            inputs.add(row);
        }
        root.put("inputs", inputs);
        root.put("retired", run.retired());
        List<Map<String, Object>> files = new ArrayList<>();
        for (String name : exports) {
            Path file = folder.resolve(name);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", name);
            row.put("sha256", sha256(file));
            row.put("bytes", Files.size(file));
            files.add(row);
        }
        root.put("exports", files);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.write(folder.resolve(FILE), out -> {
            out.write(json.writeValueAsBytes(root));
            out.write('\n');
        });
    }

    /**
     * The fingerprint of the set published in {@code outputDirectory}, when its manifest has one and every export it
     * lists is there with its size; empty when there is no complete published set to stand for a new run.
     */
    public static Optional<String> publishedFingerprint(Path outputDirectory) {
        Path manifest = outputDirectory.resolve(FILE);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            for (JsonNode export : root.path("exports")) {
                Path file = outputDirectory.resolve(export.path("file").asText());
                if (!Files.isRegularFile(file) || Files.size(file) != export.path("bytes").asLong(-1)) {
                    return Optional.empty();
                }
            }
            String fingerprint = root.path("exports_fingerprint").asText("");
            return fingerprint.isEmpty() ? Optional.empty() : Optional.of(fingerprint);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The job execution that published the set in {@code outputDirectory}; empty when no manifest names one. */
    public static Optional<Long> publishedExecution(Path outputDirectory) {
        try {
            JsonNode id = new ObjectMapper().readTree(outputDirectory.resolve(FILE).toFile()).path("run")
                    .path("execution_id");
            return id.canConvertToLong() ? Optional.of(id.asLong()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The counts of the published set's manifest ("errors", "warnings", …); empty when there is none. */
    public static Map<String, Long> publishedCounts(Path outputDirectory) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            JsonNode root = new ObjectMapper().readTree(outputDirectory.resolve(FILE).toFile());
            root.path("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        } catch (IOException | RuntimeException e) {
            // no manifest, or an unreadable one: no counts
        }
        return counts;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
