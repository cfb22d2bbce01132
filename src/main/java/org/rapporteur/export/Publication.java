package org.rapporteur.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a complete set of exports into the output folder so that a crash at any point costs at most a rerun:
 * <ol>
 * <li>the new set is written into {@code <output>/.next/} (a crash here leaves the published set untouched; the
 *     next run throws the half-written set away);</li>
 * <li>a journal ({@code .state/publish.journal}) records that the set is complete: from here on the publication is
 *     always finished, by this run or, after a crash, by the next one ({@link #recover});</li>
 * <li>the published set is linked (or copied) into {@code previous.tmp/}, which then replaces {@code previous/};</li>
 * <li>each new file is renamed over the published one (an atomic rename per file: a reader never opens a half-written
 *     file), and the journal is removed.</li>
 * </ol>
 * Readers therefore see the previous complete set, or the new complete set, except during the few milliseconds of
 * the renames of step 4; {@code run-manifest.json}, renamed last, lists the hash of every file of its set.
 */
public final class Publication {

    public static final String NEXT = ".next";
    public static final String PREVIOUS = "previous";
    static final String PREVIOUS_TMP = ".previous.tmp";
    static final String PREVIOUS_OLD = ".previous.old";
    static final String JOURNAL = "publish.journal";
    private static final Logger log = LoggerFactory.getLogger(Publication.class);

    private final Path output;

    public Publication(Path output) {
        this.output = output;
    }

    /** The folder to write the new set into; emptied first. */
    public Path prepare() throws IOException {
        Files.createDirectories(output);
        Path next = output.resolve(NEXT);
        deleteTree(next);
        Files.createDirectories(next);
        // owner-only while it is written: a reader waits for the published set, and the set may hold personal data
        try {
            Files.setPosixFilePermissions(next, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here
        }
        return next;
    }

    /**
     * Publishes the files of {@code .next/} in the given order (put the manifest last). Throws when a file cannot be
     * moved; the journal then makes the next run finish the publication.
     */
    public void publish(List<String> names) throws IOException {
        Path journal = journal();
        Files.createDirectories(journal.getParent());
        AtomicFiles.write(journal, out -> out.write(String.join("\n", names).getBytes(StandardCharsets.UTF_8)));
        finish(names);
    }

    /**
     * Finishes a publication that a crash interrupted (the journal is there), or throws away a set that was never
     * complete (no journal). Call at the start of every run, holding the run lock.
     *
     * @return true when an interrupted publication was finished
     */
    public boolean recover() throws IOException {
        Path journal = journal();
        if (Files.exists(journal)) {
            List<String> names = Files.readAllLines(journal, StandardCharsets.UTF_8).stream()
                    .filter(n -> !n.isBlank()).toList();
            log.warn("Finishing the publication of exports that an interrupted run had completed");
            finish(names);
            return true;
        }
        deleteTree(output.resolve(NEXT));
        deleteTree(output.resolve(PREVIOUS_TMP));
        deleteTree(output.resolve(PREVIOUS_OLD));
        return false;
    }

    /**
     * Rotates {@code previous/} unless installing has begun (then it was rotated already), then installs what is
     * left in {@code .next/}. Every step can be repeated after a crash with the same result.
     */
    private void finish(List<String> names) throws IOException {
        Path next = output.resolve(NEXT);
        boolean installing = names.stream().anyMatch(n -> !Files.exists(next.resolve(n)));
        if (!installing) {
            rotatePrevious(names);
        }
        for (String name : names) {
            Path source = next.resolve(name);
            if (Files.exists(source)) {
                move(source, output.resolve(name));
            }
        }
        Files.deleteIfExists(journal());
        deleteTree(next);
    }

    /** The published set becomes {@code previous/}, as one rename of a folder prepared beside it. */
    private void rotatePrevious(List<String> names) throws IOException {
        Path tmp = output.resolve(PREVIOUS_TMP);
        deleteTree(tmp);
        Files.createDirectories(tmp);
        boolean any = false;
        for (String name : names) {
            Path published = output.resolve(name);
            if (Files.isRegularFile(published)) {
                link(published, tmp.resolve(name));
                any = true;
            }
        }
        if (!any) {
            deleteTree(tmp);
            return;
        }
        Path previous = output.resolve(PREVIOUS);
        Path old = output.resolve(PREVIOUS_OLD);
        deleteTree(old);
        if (Files.exists(previous)) {
            Files.move(previous, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(tmp, previous, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    private static void link(Path existing, Path link) throws IOException {
        Files.createDirectories(link.getParent());
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            if (e instanceof FileAlreadyExistsException) {
                throw (FileAlreadyExistsException) e;
            }
            // a copy keeps the file's permissions, as a link shares them (an owner-only file stays one)
            Files.copy(existing, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path journal() {
        return output.resolve(".state").resolve(JOURNAL);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
