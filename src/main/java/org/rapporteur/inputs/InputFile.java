package org.rapporteur.inputs;

import java.nio.file.Path;

/**
 * One entry of an input folder: a file to read, or something that stands where one would (a folder that cannot be
 * listed, a broken or looping symbolic link, a device or pipe), which its reader rejects with one finding, so that
 * nothing in the input tree passes unmentioned.
 *
 * @param kind   the folder it was found in
 * @param source its path relative to that folder, with "/" separators, after the kind's prefix: the name exports use
 *               (a folder's ends with "/")
 * @param path   where it is
 * @param entry  what was found there
 */
public record InputFile(InputKind kind, String source, Path path, Entry entry) {

    /** What stands at an input's path. */
    public enum Entry {
        /** A regular file (also through a symbolic link): read by the reader of its kind. */
        FILE,
        /** A folder whose files cannot be listed (permissions). */
        UNREADABLE_FOLDER,
        /** A symbolic link to nothing. */
        BROKEN_LINK,
        /** A symbolic link to a folder above it: following it would never end. */
        LINK_LOOP,
        /** A device, pipe or socket: reading it could block the run. */
        NOT_A_FILE
    }

    /** A regular file. */
    public InputFile(InputKind kind, String source, Path path) {
        this(kind, source, path, Entry.FILE);
    }
}
