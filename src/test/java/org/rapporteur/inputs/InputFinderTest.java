package org.rapporteur.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Everything in an input folder is an entry: files of any name, and links that lead nowhere or round in a loop, each
 * rejected by {@link InputReaders} with one finding; only hidden files are left out.
 */
class InputFinderTest {

    @TempDir
    Path input;

    @Test
    void everyFileIsListedWhateverItsNameAndHiddenFilesAreLeftOut() throws Exception {
        Path reports = Files.createDirectories(input.resolve("reports/2019"));
        for (String name : List.of("a.txt", "b.doc", "c.odt", "d.rtf", "e.html", "f.md", "README", "2019/g.pdf",
                ".DS_Store", "~$draft.docx")) {
            Files.writeString(input.resolve("reports").resolve(name), "x");
        }
        Files.createDirectories(input.resolve("reports/.git"));
        Files.writeString(input.resolve("reports/.git/config"), "x");

        assertThat(InputFinder.all(input)).extracting(InputFile::source).containsExactly(
                "2019/g.pdf", "README", "a.txt", "b.doc", "c.odt", "d.rtf", "e.html", "f.md");
        assertThat(reports).exists();
    }

    @Test
    void aBrokenLinkAndALoopingLinkAreEntriesEachRejectedWithOneFinding() throws Exception {
        Path reports = Files.createDirectories(input.resolve("reports/sub"));
        Files.writeString(reports.resolve("report.txt"), "x");
        Files.createSymbolicLink(reports.resolve("gone.txt"), input.resolve("nowhere.txt"));
        Files.createSymbolicLink(reports.resolve("back"), reports.getParent());

        List<InputFile> found = InputFinder.all(input);

        assertThat(found).extracting(f -> f.source() + " " + f.entry()).containsExactly(
                "sub/back/ LINK_LOOP", "sub/gone.txt BROKEN_LINK", "sub/report.txt FILE");
        ReadOutcome loop = InputReadersTest.READERS.read(found.get(0));
        ReadOutcome broken = InputReadersTest.READERS.read(found.get(1));
        assertThat(loop.findings()).extracting(Finding::code).containsExactly(FindingCode.LINK_LOOP);
        assertThat(broken.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.BROKEN_LINK);
            assertThat(f.message()).contains("nowhere.txt", "does not exist");
        });
        assertThat(loop).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(broken).isInstanceOf(ReadOutcome.Rejected.class);
    }

    @Test
    void aPipeIsAnEntryThatIsNeverOpened() throws Exception {
        Path participants = Files.createDirectories(input.resolve("participants"));
        Path pipe = participants.resolve("list.csv");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

        List<InputFile> found = InputFinder.all(input);

        assertThat(found).extracting(f -> f.source() + " " + f.entry())
                .containsExactly("participants/list.csv NOT_A_FILE");
        assertThat(InputReadersTest.READERS.read(found.get(0)).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Not a regular file"));
    }

    @Test
    void anInputFolderWithoutAnyKindFolderIsToldApart() throws Exception {
        Files.createDirectories(input.resolve("statements"));

        assertThat(InputFinder.hasAnyKindFolder(input)).isTrue();
        assertThat(InputFinder.hasAnyKindFolder(input.resolve("statements"))).isFalse();
    }
}
