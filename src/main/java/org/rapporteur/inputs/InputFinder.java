package org.rapporteur.inputs;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Lists everything in the input folders, kind by kind, in a stable order: every file (whatever its name says: a
 * format that is not read is rejected by its reader, with advice), and every folder that cannot be listed, broken or
 * looping symbolic link and device or pipe, each as one entry that its reader rejects. Symbolic links are followed.
 * Only hidden entries (a name starting with "." or "~$": system files, Office lock files) are left out. A missing
 * folder gives nothing.
 */
public final class InputFinder {

    private InputFinder() {
    }

    /** The entries under {@code <input>/reports/}; their sources are their paths under that folder. */
    public static List<InputFile> reports(Path inputDirectory) {
        return find(inputDirectory, InputKind.REPORT);
    }

    /** Every input: reports, then lists of participants, then statements (see {@link InputKind}). */
    public static List<InputFile> all(Path inputDirectory) {
        List<InputFile> all = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            all.addAll(find(inputDirectory, kind));
        }
        return all;
    }

    /** Whether the input folder has at least one of the folders of the input kinds. */
    public static boolean hasAnyKindFolder(Path inputDirectory) {
        for (InputKind kind : InputKind.values()) {
            if (Files.isDirectory(inputDirectory.resolve(kind.folder()))) {
                return true;
            }
        }
        return false;
    }

    static List<InputFile> find(Path inputDirectory, InputKind kind) {
        Path folder = inputDirectory.resolve(kind.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<InputFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return dir.equals(folder) || !isHidden(dir) ? FileVisitResult.CONTINUE
                                    : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!isHidden(file)) {
                                // following links, a link's own attributes are given only when its target is missing
                                InputFile.Entry entry = attrs.isRegularFile() ? InputFile.Entry.FILE
                                        : attrs.isSymbolicLink() ? InputFile.Entry.BROKEN_LINK
                                        : attrs.isDirectory() ? InputFile.Entry.UNREADABLE_FOLDER
                                        : InputFile.Entry.NOT_A_FILE;
                                found.add(entry(kind, folder, file, entry));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!isHidden(file)) {
                                found.add(entry(kind, folder, file, e instanceof FileSystemLoopException
                                        ? InputFile.Entry.LINK_LOOP : Files.isDirectory(file)
                                        ? InputFile.Entry.UNREADABLE_FOLDER : InputFile.Entry.FILE));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // the visitor handles every entry's failure itself; only the folder itself could fail here
            found.add(entry(kind, folder, folder, InputFile.Entry.UNREADABLE_FOLDER));
        }
        found.sort(Comparator.comparing(InputFile::source));
        return found;
    }

    private static InputFile entry(InputKind kind, Path folder, Path path, InputFile.Entry entry) {
        String relative = folder.relativize(path).toString().replace('\\', '/');
        if (relative.isEmpty()) {
            return new InputFile(kind, kind.folder() + "/", path, entry);
        }
        if (entry == InputFile.Entry.UNREADABLE_FOLDER || entry == InputFile.Entry.LINK_LOOP) {
            relative += "/";
        }
        return new InputFile(kind, kind.sourcePrefix() + relative, path, entry);
    }

    private static boolean isHidden(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$");
    }

    /** The extension of a file name or source, lower case, without the dot; "" when it has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot < 0 || dot < slash ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
