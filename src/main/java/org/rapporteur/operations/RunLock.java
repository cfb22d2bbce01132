package org.rapporteur.operations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One run at a time per output folder: an operating-system lock on {@code <output>/.state/run.lock}, held for the
 * whole run. The operating system releases it when the process ends, however it ends (a killed run leaves no stale
 * lock). The file names the holder (process id and start time) for the message a second run prints.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE = "run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an output folder, or returns empty at once when another run holds it.
     *
     * @throws IOException when the lock file cannot be created (an unwritable output folder)
     */
    public static Optional<RunLock> tryAcquire(Path outputDirectory) throws IOException {
        Path state = StateFolder.restrict(outputDirectory);
        Path file = state.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (a test running two runs in one JVM)
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        String holder = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return Optional.of(new RunLock(channel, lock));
    }

    /** Who holds the lock of an output folder, as the holder wrote it ("pid 123, started …"); "" when unknown. */
    public static String holder(Path outputDirectory) {
        try {
            return Files.readString(outputDirectory.resolve(".state").resolve(FILE), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** True when a run holds the lock of this output folder now. */
    public static boolean isHeld(Path outputDirectory) {
        Path file = outputDirectory.resolve(".state").resolve(FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return true;
            }
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
