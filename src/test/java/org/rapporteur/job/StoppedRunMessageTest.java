package org.rapporteur.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.export.RunManifest;

/**
 * A SIGTERM may come after the export step published the new set: the run, recorded as stopped, then says that the
 * exports are its own and complete, never that the previous ones stand.
 */
class StoppedRunMessageTest {

    @TempDir
    Path output;

    @Test
    void stoppedAfterPublishingSaysTheNewExportsStand() {
        assertThat(NightlyRun.stoppedMessage(15L, true)).contains("run #15 was stopped (SIGTERM)",
                "the exports it had already published are complete and current").doesNotContain("unchanged");
    }

    @Test
    void stoppedBeforePublishingSaysThePreviousExportsStand() {
        assertThat(NightlyRun.stoppedMessage(15L, false)).contains("the previous exports are unchanged",
                "the next run resumes it");
        assertThat(NightlyRun.stoppedMessage(null, false)).isEqualTo(
                "stopped (SIGTERM) before the run began; nothing was changed");
    }

    @Test
    void theManifestNamesTheRunThatPublished() throws Exception {
        assertThat(RunManifest.publishedExecution(output)).isEmpty();
        Files.writeString(output.resolve("meetings.csv"), "meeting_id\n");
        RunManifest.write(output, new RunManifest.Run("test", 42L, "2026-12-01T03:00:00Z", "2026-12-01T03:01:00Z",
                "in", "out", false, Map.of(), List.of(), List.of(), "fp"), List.of("meetings.csv"));

        assertThat(RunManifest.publishedExecution(output)).contains(42L);
    }
}
