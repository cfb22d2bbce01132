package org.rapporteur.inputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time, as a cheap test of whether its content changed since it was hashed (git's
 * index and rsync make the same test): when both are as they were, the content is taken to be as it was; when either
 * differs, the content is hashed again. A file modified less than {@link #SETTLE} ago gives no stat: it could change
 * again within the same tick of the file system's clock without its time changing, so it is hashed until it has
 * settled. A tool that rewrites a file keeping its size and setting its time back defeats the test: {@code --full}
 * reads every input whatever its stat.
 *
 * @param size          bytes
 * @param modifiedNanos modification time, nanoseconds since the epoch (as fine as the file system keeps it)
 */
public record FileStat(long size, long modifiedNanos) {

    /** How long after its last modification a file's stat is trusted. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    /** The stat of a regular file (links followed); empty when it cannot be read or has not settled at {@code now}. */
    public static Optional<FileStat> of(Path file, Instant now) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            Instant modified = attributes.lastModifiedTime().toInstant();
            if (modified.isAfter(now.minus(SETTLE))) {
                return Optional.empty();
            }
            return Optional.of(new FileStat(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** As above, now. */
    public static Optional<FileStat> of(Path file) {
        return of(file, Instant.now());
    }
}
