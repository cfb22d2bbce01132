package org.rapporteur.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputFinder;

class InputFilesPartitionerTest {

    @TempDir
    Path input;

    @Test
    void makesOnePartitionPerWorkerButNoMoreThanThereAreFiles() throws IOException {
        reports(5);
        assertThat(new InputFilesPartitioner(input).partition(2)).containsOnlyKeys("partition0", "partition1")
                .allSatisfy((name, context) -> assertThat(context.getInt(InputFilesPartitioner.PARTITIONS))
                        .isEqualTo(2));
        assertThat(new InputFilesPartitioner(input).partition(8)).hasSize(5);
        assertThat(new InputFilesPartitioner(input.resolve("empty")).partition(2)).containsOnlyKeys("partition0");
    }

    @Test
    void everyFileGoesToExactlyOnePartition() throws IOException {
        reports(40);
        List<InputFile> all = InputFinder.all(input);
        List<InputFile> shared = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            List<InputFile> share = InputFilesPartitioner.share(all, k, 3);
            assertThat(share).as("partition %d of 3 gets a share", k).isNotEmpty();
            shared.addAll(share);
        }
        assertThat(shared).hasSize(all.size()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aFileStaysInItsPartitionWhateverElseTheFolderHolds() throws IOException {
        reports(10);
        List<InputFile> before = InputFilesPartitioner.share(InputFinder.all(input), 1, 2);
        Files.writeString(input.resolve("reports/aaa-added-later.txt"), "text");
        List<InputFile> after = InputFilesPartitioner.share(InputFinder.all(input), 1, 2);
        assertThat(after.stream().map(InputFile::source).toList())
                .containsAll(before.stream().map(InputFile::source).toList());
    }

    private void reports(int count) throws IOException {
        Files.createDirectories(input.resolve("reports"));
        for (int i = 0; i < count; i++) {
            Files.writeString(input.resolve("reports/report-" + i + ".txt"), "text " + i);
        }
    }
}
