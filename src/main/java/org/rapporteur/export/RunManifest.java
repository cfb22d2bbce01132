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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code run-manifest.json}: what one run read and wrote. Version, run id, start and end, every current input with its
 * hash and outcome ({@code READ} in this run, {@code UNCHANGED} since an earlier one, {@code REJECTED}), the inputs
 * retired, every export with its hash and size, and the counts. Written last into the set it describes.
 */
public final class RunManifest {

    public static final String FILE = "run-manifest.json";

    private RunManifest() {
    }

    /** An input as the manifest lists it. */
    public record Input(String kind, String source, String sha256, String outcome) {
    }

    /** The run as the manifest describes it. */
    public record Run(String version, long executionId, String started, String ended, String inputFolder,
                      String outputFolder, boolean full, Map<String, Long> counts, List<Input> inputs,
                      List<String> retired) {
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

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
