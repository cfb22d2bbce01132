package org.rapporteur.positions.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Only the folder this JVM loaded its native library from is removed, never one another process unpacked. */
class UnpackedLibraryTest {

    @Test
    void aFolderAnotherProcessUnpackedIsKeptAndTheOneThisJvmLoadedFromIsRemoved() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "Linux only");
        Path loadedFrom = Path.of(System.getProperty("java.home"), "lib"); // libjava.so is mapped from here
        Path another = Path.of(System.getProperty("java.io.tmpdir"), "onnxruntime-java0000000000000000000");

        assertThat(E5Embedder.ours(Set.of(loadedFrom, another))).containsExactly(loadedFrom);
        assertThat(E5Embedder.ours(Set.of(another))).isEmpty();
    }
}
