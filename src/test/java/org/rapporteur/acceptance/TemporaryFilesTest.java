package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's temporary files are its own (issue 17 point 11): they go to the output folder's owner-only
 * {@code .state/tmp/}, emptied when a run starts and ends, never to the machine's temporary folder, where POI's
 * shared {@code poifiles} folder, created by another user, would make the export fail.
 */
class TemporaryFilesTest {

    @TempDir
    Path work;

    @Test
    void aRunUsesItsOwnTemporaryFolderAndEmptiesWhatAKilledRunLeftThere() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        try (InputStream in = getClass().getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, input.resolve("reports/final-report-small.txt"));
        }
        // the machine's temporary folder, where another user's "poifiles" stands in POI's way
        Path machineTmp = Files.createDirectories(work.resolve("machine-tmp"));
        Files.writeString(machineTmp.resolve("poifiles"), "not a folder this user can write to");
        Path output = work.resolve("output");
        Path left = Files.createDirectories(output.resolve(".state/tmp")).resolve("poi-sxssf-sheet-left.xml.gz");
        Files.writeString(left, "left by a killed run");

        CrashRecoveryTest.Forked run = CrashRecoveryTest.Forked.start(List.of("-Djava.io.tmpdir=" + machineTmp),
                input, output);

        assertThat(run.waitFor()).as(run.output()).isZero();
        assertThat(output.resolve("rapporteur.xlsx")).exists();
        assertThat(left).doesNotExist();
        try (Stream<Path> files = Files.list(output.resolve(".state/tmp"))) {
            assertThat(files).isEmpty();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output.resolve(".state/tmp"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output.resolve(".state"))))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(machineTmp)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("poifiles");
        }
    }
}
