package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a sibling {@code <file>.tmp} and a rename, so a reader (or a crashed run) never
 * sees a half-written export under the final name.
 */
final class AtomicFiles {

    /** The body of a write into an output stream. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Runs {@code body} against {@code file + ".tmp"} in the same folder (same file system, so the rename
     * can be atomic), then moves it onto {@code file}. The temp file is removed if anything fails.
     */
    static void write(Path file, Body body) throws IOException {
        Path tmp = tmp(file);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.writeTo(out);
            }
            move(tmp, file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The sibling a file is written to before it is moved onto its name. */
    static Path tmp(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** Moves a complete temp file onto its name, atomically where the file system can. */
    static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
