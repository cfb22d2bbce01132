package org.rapporteur.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp answers only while every file a run depends on has the size and time it had; anything else differs. */
class UnchangedRerunTest {

    private static final List<String> ARGS = List.of("nightly", "--input", "in", "--output", "out");
    private static final UnchangedRerun.Answer ANSWER = new UnchangedRerun.Answer("Nothing changed since the last run",
            3);

    @TempDir
    Path work;
    Path input;
    Path output;
    Path codebook;

    @BeforeEach
    void completedRun() throws Exception {
        input = Files.createDirectories(work.resolve("in/reports")).getParent();
        Files.writeString(input.resolve("reports/a.txt"), "report a");
        Files.writeString(input.resolve("reports/b.txt"), "report b");
        output = Files.createDirectories(work.resolve("out/.state")).getParent();
        Files.writeString(output.resolve(".state/rapporteur.script"), "store");
        Files.writeString(output.resolve("meetings.csv"), "meeting");
        codebook = Files.writeString(work.resolve("codebook.yml"), "topics: []");
        UnchangedRerun.remember(before(), output, ANSWER);
    }

    private String before() {
        return UnchangedRerun.before(ARGS, input, List.of(codebook)).orElseThrow();
    }

    @Test
    void theStampAnswersWhileNothingChanged() throws Exception {
        Files.createDirectories(output.resolve("logs"));
        Files.writeString(output.resolve("logs/nightly-1.log"), "a run's log does not count");
        Files.writeString(output.resolve(".state/run.lock"), "nor does the lock");
        assertThat(UnchangedRerun.answer(before(), output)).contains(ANSWER);
    }

    @Test
    void anInputWithAnotherTimeIsAChangeEvenWithTheSameBytes() throws Exception {
        Path a = input.resolve("reports/a.txt");
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() - 60_000));
        assertThat(UnchangedRerun.answer(before(), output)).isEmpty();
    }

    @Test
    void anInputWithAnotherSizeIsAChange() throws Exception {
        Path a = input.resolve("reports/a.txt");
        FileTime time = Files.getLastModifiedTime(a);
        Files.writeString(a, "report a, longer");
        Files.setLastModifiedTime(a, time);
        assertThat(UnchangedRerun.answer(before(), output)).isEmpty();
    }

    @Test
    void anyNewFileOrFolderUnderTheInputFolderIsAChange() throws Exception {
        Files.writeString(input.resolve("notes.odt"), "not an input the run reads, but it may report it");
        assertThat(UnchangedRerun.answer(before(), output)).isEmpty();
    }

    @Test
    void aRemovedInputIsAChange() throws Exception {
        Files.delete(input.resolve("reports/b.txt"));
        assertThat(UnchangedRerun.answer(before(), output)).isEmpty();
    }

    @Test
    void anotherCommandLineOrCodebookIsAChange() throws Exception {
        assertThat(UnchangedRerun.answer(UnchangedRerun.before(List.of("nightly", "--input", "in", "--output", "out",
                "--workers", "1"), input, List.of(codebook)).orElseThrow(), output)).isEmpty();
        Files.writeString(codebook, "topics: [X]");
        assertThat(UnchangedRerun.answer(before(), output)).isEmpty();
    }

    @Test
    void aStoreOrPublishedFileTouchedSinceIsAChange() throws Exception {
        Files.writeString(output.resolve(".state/rapporteur.script"), "store, written by another command");
        assertThat(UnchangedRerun.answer(before(), output)).isEmpty();
        UnchangedRerun.remember(before(), output, ANSWER);
        Files.delete(output.resolve("meetings.csv"));
        assertThat(UnchangedRerun.answer(before(), output)).isEmpty();
    }

    @Test
    void aRunThatMayChangeAnythingForgetsTheStamp() throws Exception {
        UnchangedRerun.forget(output);
        assertThat(UnchangedRerun.answer(before(), output)).isEmpty();
    }

    @Test
    void theInputsChangedSinceTheLastCompletedRunAreCountedWhenItsSettingsWereTheSame() throws Exception {
        UnchangedRerun.rememberInputs(UnchangedRerun.inputs(ARGS, input, List.of(codebook)).orElseThrow(), output);
        assertThat(UnchangedRerun.changedInputs(UnchangedRerun.inputs(ARGS, input, List.of(codebook)).orElseThrow(),
                output)).hasValue(0);

        Path a = input.resolve("reports/a.txt");
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() - 60_000));
        Files.writeString(input.resolve("reports/c.txt"), "report c");
        Files.delete(input.resolve("reports/b.txt"));
        // a.txt changed, c.txt added, b.txt removed
        assertThat(UnchangedRerun.changedInputs(UnchangedRerun.inputs(ARGS, input, List.of(codebook)).orElseThrow(),
                output)).hasValue(3);

        // another command line: the last run's inputs say nothing of this one's
        List<String> other = List.of("nightly", "--input", "in", "--output", "out", "--full");
        assertThat(UnchangedRerun.changedInputs(UnchangedRerun.inputs(other, input, List.of(codebook)).orElseThrow(),
                output)).isEmpty();
        assertThat(UnchangedRerun.changedInputs(UnchangedRerun.inputs(ARGS, input, List.of(codebook)).orElseThrow(),
                work.resolve("elsewhere"))).isEmpty();
    }

    @Test
    void theJarARunWasExtractedFromIsItsCodeHoweverItWasLaunched() throws Exception {
        Path jar = Files.writeString(work.resolve("rapporteur.jar"), "the jar");
        Path extracted = Files.createDirectories(work.resolve("launch/app")).resolve("rapporteur.jar");
        Files.writeString(extracted, "our classes alone");
        Path absolute = jar.toAbsolutePath().normalize();

        assertThat(UnchangedRerun.code(extracted.toString(), jar.toString())).containsExactly(absolute);
        assertThat(UnchangedRerun.code(jar.toString(), null)).containsExactly(absolute);
        // a code jar that is no file: the class path as it is
        assertThat(UnchangedRerun.code("a.jar" + java.io.File.pathSeparator + "classes", work.resolve("none.jar")
                .toString())).containsExactly(Path.of("a.jar").toAbsolutePath(), Path.of("classes").toAbsolutePath());
    }

    @Test
    void aRunOfTheExtractedJarFindsTheStampOfARunOfTheJarItselfAndNotOfAnotherJar() throws Exception {
        Path jar = Files.writeString(work.resolve("rapporteur.jar"), "the jar");
        Path extracted = Files.createDirectories(work.resolve("launch/app")).resolve("rapporteur.jar");
        Files.writeString(extracted, "our classes alone");
        String classPath = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", jar.toString());
            UnchangedRerun.remember(before(), output, ANSWER);

            System.setProperty("java.class.path", extracted.toString());
            System.setProperty(UnchangedRerun.CODE_JAR, jar.toString());
            assertThat(UnchangedRerun.answer(before(), output)).contains(ANSWER);

            Files.writeString(jar, "another build of the jar");
            assertThat(UnchangedRerun.answer(before(), output)).isEmpty();
        } finally {
            System.setProperty("java.class.path", classPath);
            System.clearProperty(UnchangedRerun.CODE_JAR);
        }
    }

    @Test
    void aJvmRecordingTheClassArchiveIsToldApartByItsOption() {
        assertThat(UnchangedRerun.recordingClassArchive(List.of("-Xmx512m",
                "-XX:ArchiveClassesAtExit=/srv/out/.launch/k/app.jsa.42"))).isTrue();
        assertThat(UnchangedRerun.recordingClassArchive(List.of("-Xmx512m",
                "-XX:SharedArchiveFile=/srv/out/.launch/k/app.jsa"))).isFalse();
        assertThat(UnchangedRerun.recordingClassArchive(List.of())).isFalse();
    }
}
