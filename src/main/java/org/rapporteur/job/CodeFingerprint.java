package org.rapporteur.job;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.boot.system.ApplicationHome;

/**
 * A hash of the code and bundled data that read inputs. Stored with each input, it makes a new version of Rapporteur
 * (a better parser, a new alias in the reference tables) re-read every input once, so stored facts never lag the code.
 *
 * <p>Run from a jar, the code's part is the hash of the whole jar (every library in it included), which costs about a
 * second of CPU for a jar of 190 MB: it is computed once per jar and kept in a {@link Cache} by the jar's path, size
 * and modification time, as a file's stat stands for its content elsewhere ({@link org.rapporteur.inputs.FileStat}).
 * Run from a folder of classes (tests, an IDE), every file is hashed each time.
 */
final class CodeFingerprint {

    /** Hashes of jars, by path, size and time. */
    interface Cache {
        Optional<String> get(String location, long size, long modifiedNanos);

        void put(String location, long size, long modifiedNanos, String hash);

        Cache NONE = new Cache() {
            @Override
            public Optional<String> get(String location, long size, long modifiedNanos) {
                return Optional.empty();
            }

            @Override
            public void put(String location, long size, long modifiedNanos, String hash) {
            }
        };
    }

    /**
     * The jar the running code was extracted from, when it runs extracted (jobs/nightly.sh runs the jar extracted, for
     * class data sharing): its hash stands for the code, so that the fingerprint is the same extracted or not, and
     * counts the libraries (the extracted application jar holds only our classes).
     */
    static final String CODE_JAR = "rapporteur.code-jar";

    private CodeFingerprint() {
    }

    /** Where the code is: the jar named by {@link #CODE_JAR} when it is a file, else the running jar or folder. */
    static Path codeLocation(String codeJar) throws java.net.URISyntaxException {
        if (codeJar != null && !codeJar.isBlank() && Files.isRegularFile(Path.of(codeJar))) {
            return Path.of(codeJar);
        }
        File home = new ApplicationHome(CodeFingerprint.class).getSource();
        return home != null ? home.toPath()
                : Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * @param codebookSource where the codebook was read from: a file path (its bytes count) or a name for the default
     *                       codebook inside the jar (counted with the code)
     */
    static String compute(String codebookSource, Cache cache) {
        try {
            return compute(codebookSource, codeLocation(System.getProperty(CODE_JAR)), cache);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return "unknown-" + System.currentTimeMillis();
        }
    }

    /** The fingerprint of the code at {@code location} (a jar, or a folder of classes) with the codebook. */
    static String compute(String codebookSource, Path location, Cache cache) {
        try {
            MessageDigest digest = sha256();
            Path codebook = Path.of(codebookSource.replace(" (default)", ""));
            if (Files.isRegularFile(codebook) && !codebookSource.endsWith("(default)")) {
                digest.update(Files.readAllBytes(codebook));
            }
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
                    for (Path file : sorted) {
                        digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                digest.update(jarHash(location, cache).getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jarHash(Path jar, Cache cache) throws IOException {
        String where = jar.toAbsolutePath().normalize().toString();
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Optional<String> cached = cache.get(where, size, modified);
        if (cached.isPresent()) {
            return cached.get();
        }
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        // a jar being replaced while it was hashed shows a new time: not kept under the old one
        BasicFileAttributes after = Files.readAttributes(jar, BasicFileAttributes.class);
        if (after.size() == size && after.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified) {
            cache.put(where, size, modified, hash);
        }
        return hash;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
