package org.rapporteur.inputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Lists the input files of a run, kind by kind, in a stable order. */
public final class InputFinder {

    /**
     * Files taken from each folder: the formats read, and for lists and statements the spreadsheet and text formats
     * that are not, so that such a file is reported (with advice) instead of passed over.
     */
    private static final Map<InputKind, Set<String>> EXTENSIONS = Map.of(
            InputKind.REPORT, Set.of("txt", "docx", "pdf"),
            InputKind.PARTICIPANT_LIST, Set.of("csv", "xlsx", "xlsm", "tsv", "txt", "xls", "ods"),
            InputKind.STATEMENTS, Set.of("csv", "tsv", "txt", "xlsx", "xls", "ods"));

    private InputFinder() {
    }

    /**
     * The meeting reports under {@code <input>/reports/} (.txt, .docx, .pdf), searched recursively, hidden files and
     * folders skipped. A missing folder gives an empty list. Their sources are their paths under that folder.
     */
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

    private static List<InputFile> find(Path inputDirectory, InputKind kind) {
        Path folder = inputDirectory.resolve(kind.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Set<String> extensions = EXTENSIONS.get(kind);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(p -> extensions.contains(extension(p.getFileName().toString())))
                    .map(p -> new InputFile(kind, kind.sourcePrefix() + folder.relativize(p).toString()
                            .replace('\\', '/'), p))
                    .sorted(Comparator.comparing(InputFile::source))
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

    /** The extension of a file name or source, lower case, without the dot; "" when it has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || name.indexOf('/', dot) >= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
