package org.rapporteur.inputs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/** The rejection of an input entry that is not a file to read: one finding saying what stands there and what to do. */
final class Entries {

    private Entries() {
    }

    static Optional<ReadOutcome.Rejected> rejection(InputFile file) {
        Finding finding = switch (file.entry()) {
            case FILE -> null;
            case UNREADABLE_FOLDER -> Finding.inFile(FindingCode.UNREADABLE_FOLDER, "The folder cannot be read "
                    + "(permission denied?): none of its files is read; give the user who runs Rapporteur permission "
                    + "to read and enter it");
            case BROKEN_LINK -> Finding.inFile(FindingCode.BROKEN_LINK, "A symbolic link to " + target(file)
                    + ", which does not exist: nothing is read; restore its target or remove the link");
            case LINK_LOOP -> Finding.inFile(FindingCode.LINK_LOOP, "A symbolic link to a folder above it ("
                    + target(file) + "): not followed, as it would lead round in a loop; remove the link");
            case NOT_A_FILE -> Finding.inFile(FindingCode.UNSUPPORTED_FORMAT, "Not a regular file (a device, pipe "
                    + "or socket): not read; only files are inputs");
        };
        return finding == null ? Optional.empty() : Optional.of(new ReadOutcome.Rejected("", List.of(finding)));
    }

    private static String target(InputFile file) {
        try {
            return Files.isSymbolicLink(file.path()) ? Files.readSymbolicLink(file.path()).toString() : "?";
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
