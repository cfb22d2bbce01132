package org.rapporteur.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed report is another text of the same meeting under the same file name, never a report added beside it. */
class SyntheticArchiveTest {

    @TempDir
    Path input;

    @Test
    void aChangedReportKeepsItsFileNameWhereTheVariantAskedForWouldHaveBeenADraft() throws Exception {
        SyntheticArchive archive = new SyntheticArchive(input, 3, 1);
        archive.write(3);
        Path report = archive.reports().resolve("CTOC_COP_WG.6_1986_4.txt");
        String before = Files.readString(report);
        // variant 2 of report 1 draws a draft, whose symbol (…/L.1) names another file
        assertThat(new ReportGenerator(org.rapporteur.reference.ReferenceData.loadDefault(), 3, 1).report(1, 2)
                .truth().file()).isEqualTo("CTOC_COP_WG.6_1986_L.1.txt");

        assertThat(archive.change(1, 2)).isEqualTo("CTOC_COP_WG.6_1986_4.txt");

        assertThat(Files.readString(report)).isNotEqualTo(before);
        try (Stream<Path> files = Files.list(archive.reports())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "A_AC.291_4.txt", "CTOC_COP_WG.6_1986_4.txt", "UNODC_CCPCJ_EG.4_1986_L.1.txt");
        }
        assertThat(SyntheticArchive.readTruth(input)).hasSize(3)
                .anySatisfy(t -> assertThat(t.file()).isEqualTo("CTOC_COP_WG.6_1986_4.txt"));
    }
}
