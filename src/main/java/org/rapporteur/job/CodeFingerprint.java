package org.rapporteur.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of the code and bundled data that read inputs. Stored with each input, it makes a new version of Rapporteur
 * (a better parser, a new alias in the reference tables) re-read every input once, so stored facts never lag the code.
 */
final class CodeFingerprint {

    private CodeFingerprint() {
    }

    /**
     * @param codebookSource where the codebook was read from: a file path (its bytes count) or a name for the default
     *                       codebook inside the jar (counted with the code)
     */
    static String compute(String codebookSource) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path codebook = Path.of(codebookSource.replace(" (default)", ""));
            if (Files.isRegularFile(codebook) && !codebookSource.endsWith("(default)")) {
                digest.update(Files.readAllBytes(codebook));
            }
            Path location = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
                    for (Path file : sorted) {
                        digest.update(location.relativize(file).toString().getBytes());
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(location)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + System.currentTimeMillis();
        }
    }
}
