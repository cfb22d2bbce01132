package org.rapporteur.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * The output folder's {@code .state/}: the embedded database (which holds the persons of lists of participants), the
 * run lock, the publication journal and the run's temporary files. It is readable by its owner only, so that the rest
 * of the output folder can be shared. The temporary files (POI's, while a workbook is written: they hold its rows)
 * go to {@code .state/tmp/}, the run's own, emptied when a run starts (a killed run leaves its files there) and when it
 * ends; never to the machine's shared {@code /tmp/poifiles}, which the first user to create it owns.
 */
public final class StateFolder implements AutoCloseable {

    public static final String NAME = ".state";
    static final String TMP = "tmp";

    private final Path tmp;

    private StateFolder(Path tmp) {
        this.tmp = tmp;
    }

    /** {@code <output>/.state/}, created owner-only when missing and made owner-only when not. */
    public static Path restrict(Path outputDirectory) throws IOException {
        Path state = Files.createDirectories(outputDirectory.resolve(NAME));
        ownerOnly(state);
        return state;
    }

    /** Makes {@code .state/} owner-only and points POI's temporary files to an emptied {@code .state/tmp/}. */
    public static StateFolder open(Path outputDirectory) throws IOException {
        Path tmp = restrict(outputDirectory).resolve(TMP);
        empty(tmp);
        Files.createDirectories(tmp);
        ownerOnly(tmp);
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(tmp.toFile()));
        return new StateFolder(tmp);
    }

    public Path tmp() {
        return tmp;
    }

    /** Empties {@code .state/tmp/} and gives POI back its default folder. */
    @Override
    public void close() throws IOException {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        empty(tmp);
        Files.createDirectories(tmp);
        ownerOnly(tmp);
    }

    static void ownerOnly(Path folder) {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without POSIX permissions: nothing to restrict
        }
    }

    private static void empty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
