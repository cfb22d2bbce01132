package org.rapporteur.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Lists the input files of one kind (a folder under the input directory), in a stable order. */
public final class InputFinder {

    /** The folder of meeting reports under the input directory. */
    public static final String REPORTS = "reports";

    private static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "docx", "pdf");

    private InputFinder() {
    }

    /**
     * The meeting reports under {@code <input>/reports/} (.txt, .docx, .pdf), searched recursively, hidden files and folders skipped.
     * A missing folder gives an empty list.
     */
    public static List<InputFile> reports(Path inputDirectory) {
        Path folder = inputDirectory.resolve(REPORTS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(p -> REPORT_EXTENSIONS.contains(extension(p)))
                    .map(p -> new InputFile(REPORTS, folder.relativize(p).toString().replace('\\', '/'), p))
                    .sorted(java.util.Comparator.comparing(InputFile::source))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
