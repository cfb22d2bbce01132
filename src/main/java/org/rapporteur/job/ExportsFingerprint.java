package org.rapporteur.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A hash of everything the exports are made from: the stored inputs (their digest, {@code FactStore.inputsDigest}),
 * the code with its bundled reference data and the codebook ({@link CodeFingerprint}), the analyst's overrides file,
 * and the options that change what is written ({@code --include-personal-data}). Two runs with the same fingerprint
 * write the same exports, byte for byte, so the second can leave the published set as it stands.
 */
final class ExportsFingerprint {

    private ExportsFingerprint() {
    }

    /**
     * @param overrides the overrides file: its bytes count when it exists, its absence counts as such
     */
    static String of(String inputsDigest, String codeFingerprint, Path overrides, boolean includePersonalData) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            part(digest, "inputs", inputsDigest.getBytes(StandardCharsets.UTF_8));
            part(digest, "code", codeFingerprint.getBytes(StandardCharsets.UTF_8));
            part(digest, "overrides", overrides(overrides));
            part(digest, "personal-data", String.valueOf(includePersonalData).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The file's bytes; a missing file is none, and one that cannot be read differs from any (the export says why). */
    private static byte[] overrides(Path file) {
        if (!Files.exists(file)) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return ("unreadable " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void part(MessageDigest digest, String name, byte[] value) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(value);
    }
}
