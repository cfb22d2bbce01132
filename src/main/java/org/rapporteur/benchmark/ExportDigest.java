package org.rapporteur.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of every published export (CSV files and the workbook, restricted/ included), to tell whether two runs
 * wrote the same bytes. The run's manifest (it names the run and its times), logs, the state and previous/ are not
 * exports of the facts and are left out.
 */
final class ExportDigest {

    private static final Set<String> NOT_EXPORTS = Set.of(".state", ".next", "logs", "previous", "run-manifest.json");

    private ExportDigest() {
    }

    static Map<String, String> of(Path output) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = output.relativize(file);
                if (!NOT_EXPORTS.contains(relative.getName(0).toString())) {
                    digests.put(relative.toString(), sha256(file));
                }
            }
        }
        return digests;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
