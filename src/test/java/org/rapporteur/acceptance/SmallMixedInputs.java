package org.rapporteur.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small input folder a run partly rejects, for the tests of what a run says: one report, an empty report (rejected as
 * a whole) and a list of participants with a row whose delegation matches nothing; beside it, an overrides file with
 * one bad row.
 */
record SmallMixedInputs(Path input, Path overrides) {

    static SmallMixedInputs writeTo(Path work) throws IOException {
        Path input = Files.createDirectories(work.resolve("input/reports")).getParent();
        try (InputStream in = SmallMixedInputs.class.getResourceAsStream("/inputs/final-report-small.txt")) {
            Files.copy(in, input.resolve("reports/final-report-small.txt"));
        }
        Files.write(input.resolve("reports/empty.txt"), new byte[0]);
        Files.createDirectories(input.resolve("participants"));
        Files.writeString(input.resolve("participants/XYZ_EG.1_2024_3-participants.csv"),
                "First Name,Last Name,Delegation\nAna,Souza,Brazil\nTomas,Reyes,Atlantis\n");
        Path overrides = Files.writeString(work.resolve("overrides.csv"),
                "source,sentence_index,topic,stance\nfinal-report-small.txt#3,one,NEW_INSTRUMENT,FOR\n");
        return new SmallMixedInputs(input, overrides);
    }
}
