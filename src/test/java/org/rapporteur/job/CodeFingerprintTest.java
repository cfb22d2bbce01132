package org.rapporteur.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeFingerprintTest {

    @TempDir
    Path folder;

    /** A cache in a map, counting what it was asked. */
    static final class MapCache implements CodeFingerprint.Cache {
        final Map<String, String> hashes = new HashMap<>();
        int hits;
        int puts;

        @Override
        public Optional<String> get(String location, long size, long modifiedNanos) {
            Optional<String> hash = Optional.ofNullable(hashes.get(location + "|" + size + "|" + modifiedNanos));
            hits += hash.isPresent() ? 1 : 0;
            return hash;
        }

        @Override
        public void put(String location, long size, long modifiedNanos, String hash) {
            puts++;
            hashes.put(location + "|" + size + "|" + modifiedNanos, hash);
        }
    }

    @Test
    void aJarIsHashedOnceAndItsHashTakenFromTheCacheAfter() throws IOException {
        Path jar = jar("version one", "2026-11-29T10:00:00Z");
        MapCache cache = new MapCache();

        String first = CodeFingerprint.compute("codebook (default)", jar, cache);
        String second = CodeFingerprint.compute("codebook (default)", jar, cache);

        assertThat(second).isEqualTo(first).isEqualTo(CodeFingerprint.compute("codebook (default)", jar,
                CodeFingerprint.Cache.NONE));
        assertThat(cache.puts).isEqualTo(1);
        assertThat(cache.hits).isEqualTo(1);
    }

    @Test
    void aJarWithTheSameSizeAndTimeIsTakenForTheOneHashed() throws IOException {
        Path jar = jar("version one", "2026-11-29T10:00:00Z");
        MapCache cache = new MapCache();
        String first = CodeFingerprint.compute("codebook (default)", jar, cache);

        jar("version two", "2026-11-29T10:00:00Z"); // same length, time set back: the stat cannot tell

        assertThat(CodeFingerprint.compute("codebook (default)", jar, cache)).isEqualTo(first);
        assertThat(CodeFingerprint.compute("codebook (default)", jar, CodeFingerprint.Cache.NONE)).isNotEqualTo(first);
    }

    @Test
    void aNewJarGivesANewFingerprint() throws IOException {
        Path jar = jar("version one", "2026-11-29T10:00:00Z");
        MapCache cache = new MapCache();
        String first = CodeFingerprint.compute("codebook (default)", jar, cache);

        jar("version two", "2026-11-29T11:00:00Z");

        assertThat(CodeFingerprint.compute("codebook (default)", jar, cache)).isNotEqualTo(first);
        assertThat(cache.puts).isEqualTo(2);
    }

    @Test
    void runExtractedTheCodeIsTheJarItCameFromWhenNamed() throws Exception {
        Path jar = jar("version one", "2026-11-29T10:00:00Z");

        assertThat(CodeFingerprint.codeLocation(jar.toString())).isEqualTo(jar);
        assertThat(CodeFingerprint.codeLocation(folder.resolve("gone.jar").toString()))
                .as("a jar that is not there is not taken").isNotEqualTo(folder.resolve("gone.jar"));
        assertThat(CodeFingerprint.codeLocation(null)).as("else the running code")
                .isEqualTo(CodeFingerprint.codeLocation(""));
    }

    @Test
    void aCodebookFileCountsWithTheCode() throws IOException {
        Path jar = jar("version one", "2026-11-29T10:00:00Z");
        Path codebook = Files.writeString(folder.resolve("codebook.yml"), "topics: []\n");
        String before = CodeFingerprint.compute(codebook.toString(), jar, new MapCache());

        Files.writeString(codebook, "topics: [treaty]\n");

        assertThat(CodeFingerprint.compute(codebook.toString(), jar, new MapCache())).isNotEqualTo(before);
    }

    private Path jar(String content, String modified) throws IOException {
        Path jar = Files.writeString(folder.resolve("rapporteur.jar"), content);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse(modified)));
        return jar;
    }
}
