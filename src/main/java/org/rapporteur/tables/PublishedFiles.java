package org.rapporteur.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What tells a published file from an edited one: its size and time. */
final class PublishedFiles {
    private PublishedFiles() {
    }

    static List<Long> stat(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of(-1L, -1L);
        }
        return List.of(Files.size(file), Files.getLastModifiedTime(file).toMillis());
    }

    /** The SHA-256 of the published run manifest ("" without one): each publication's is its own. */
    static String manifestDigest(Path output) throws IOException {
        Path manifest = output.resolve(org.rapporteur.export.RunManifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            return "";
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(manifest)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
