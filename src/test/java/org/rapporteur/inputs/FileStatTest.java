package org.rapporteur.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStatTest {

    @TempDir
    Path folder;

    @Test
    void aSettledFileGivesItsSizeAndTime() throws IOException {
        Path file = Files.writeString(folder.resolve("report.txt"), "twelve bytes");
        Instant modified = Instant.parse("2026-11-29T10:00:00.123456789Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));

        assertThat(FileStat.of(file, Instant.parse("2026-11-30T00:00:00Z")))
                .contains(new FileStat(12, FileTime.from(modified).to(TimeUnit.NANOSECONDS)));
    }

    @Test
    void aFileModifiedLessThanTwoSecondsAgoGivesNone() throws IOException {
        Path file = Files.writeString(folder.resolve("report.txt"), "twelve bytes");
        Instant modified = Instant.parse("2026-11-29T10:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));

        assertThat(FileStat.of(file, modified.plusMillis(1999))).isEmpty();
        assertThat(FileStat.of(file, modified.plusMillis(2001))).isPresent();
    }

    @Test
    void aFolderOrAMissingFileGivesNone() {
        Instant later = Instant.now().plusSeconds(60);
        assertThat(FileStat.of(folder, later)).isEmpty();
        assertThat(FileStat.of(folder.resolve("missing.txt"), later)).isEmpty();
    }
}
