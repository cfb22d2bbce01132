package org.rapporteur.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publication of a set of exports, and its recovery after a crash at each point: the output folder always ends with
 * one complete set, and {@code previous/} with the one before.
 */
class PublicationTest {

    static final List<String> NAMES = List.of("a.csv", "b.csv", "run-manifest.json");

    @TempDir
    Path output;
    Publication publication;

    @BeforeEach
    void aFirstSetIsPublished() throws IOException {
        publication = new Publication(output);
        stage("old");
        publication.publish(NAMES);
    }

    @Test
    void publishingReplacesTheSetAndKeepsThePreviousOne() throws IOException {
        stage("new");
        publication.publish(NAMES);
        assertSet(output, "new");
        assertSet(output.resolve("previous"), "old");
        assertThat(output.resolve(".next")).doesNotExist();
        assertThat(output.resolve(".state/publish.journal")).doesNotExist();
    }

    @Test
    void aSetThatWasNeverCompleteIsThrownAway() throws IOException {
        Path next = publication.prepare();
        Files.writeString(next.resolve("a.csv"), "half");

        assertThat(publication.recover()).isFalse();

        assertSet(output, "old");
        assertThat(output.resolve(".next")).doesNotExist();
    }

    @Test
    void aCrashAfterTheJournalIsFinishedByTheNextRun() throws IOException {
        stage("new");
        journal();

        assertThat(publication.recover()).isTrue();

        assertSet(output, "new");
        assertSet(output.resolve("previous"), "old");
    }

    @Test
    void aCrashInMidInstallIsFinishedWithoutSpoilingThePreviousSet() throws IOException {
        stage("new");
        journal();
        // the previous set had been rotated and a.csv installed when the process died
        Publication.deleteTree(output.resolve("previous"));
        Files.createDirectories(output.resolve("previous"));
        for (String name : NAMES) {
            Files.copy(output.resolve(name), output.resolve("previous").resolve(name));
        }
        Files.move(output.resolve(".next/a.csv"), output.resolve("a.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(publication.recover()).isTrue();

        assertSet(output, "new");
        assertSet(output.resolve("previous"), "old");
    }

    @Test
    void aCrashWhileThePreviousFolderWasSwappedIsRepaired() throws IOException {
        stage("newer");
        publication.publish(NAMES); // previous = old, published = newer
        stage("newest");
        journal();
        // died between "previous -> .previous.old" and ".previous.tmp -> previous"
        Files.move(output.resolve("previous"), output.resolve(".previous.old"));
        Files.createDirectories(output.resolve(".previous.tmp"));
        Files.writeString(output.resolve(".previous.tmp/a.csv"), "partial");

        assertThat(publication.recover()).isTrue();

        assertSet(output, "newest");
        assertSet(output.resolve("previous"), "newer");
        assertThat(output.resolve(".previous.old")).doesNotExist();
        assertThat(output.resolve(".previous.tmp")).doesNotExist();
    }

    @Test
    void aFailureWhileStagingLeavesThePublishedSetAsItWas() throws IOException {
        Path next = publication.prepare();
        Files.writeString(next.resolve("a.csv"), "new a");
        // the run fails here (a full disk): nothing is published
        assertSet(output, "old");
        publication.recover();
        assertSet(output, "old");
    }

    private void stage(String version) throws IOException {
        Path next = publication.prepare();
        for (String name : NAMES) {
            Files.writeString(next.resolve(name), version + " " + name, StandardCharsets.UTF_8);
        }
    }

    private void journal() throws IOException {
        Files.createDirectories(output.resolve(".state"));
        Files.writeString(output.resolve(".state/publish.journal"), String.join("\n", NAMES));
    }

    private static void assertSet(Path folder, String version) throws IOException {
        for (String name : NAMES) {
            assertThat(Files.readString(folder.resolve(name))).as(folder + "/" + name).isEqualTo(version + " " + name);
        }
    }
}
