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

    /** The folder of lists of participants under the input directory. */
    public static final String PARTICIPANTS = "participants";
    /** The folder of individual statements under the input directory. */
    public static final String STATEMENTS = "statements";
    /** Every kind of input, in the order a run reads them. */
    public static final List<String> KINDS = List.of(REPORTS, PARTICIPANTS, STATEMENTS);

    private static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "docx", "pdf");
    /**
     * Files taken from participants/ and statements/: the formats read, and spreadsheet and text formats that are
     * not, so that such a file is reported (with advice) instead of passed over; other files (a README) are ignored.
     */
    private static final Set<String> LIST_EXTENSIONS = Set.of("csv", "xlsx", "xlsm", "tsv", "txt", "xls", "ods");
    private static final Set<String> STATEMENT_EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx", "xls", "ods");

    private InputFinder() {
    }

    /**
     * The meeting reports under {@code <input>/reports/} (.txt, .docx, .pdf), searched recursively, hidden files and
     * folders skipped. A missing folder gives an empty list. Their sources are their paths under that folder.
     */
    public static List<InputFile> reports(Path inputDirectory) {
        return find(inputDirectory, REPORTS, REPORT_EXTENSIONS, "");
    }

    /**
     * Every input: reports, then lists of participants ({@code <input>/participants/}, .csv or .xlsx), then statements
     * ({@code <input>/statements/}, .csv). The sources of lists and statements start with their folder
     * ({@code participants/list.csv}), so that no two inputs share one.
     */
    public static List<InputFile> all(Path inputDirectory) {
        List<InputFile> all = new java.util.ArrayList<>(reports(inputDirectory));
        all.addAll(find(inputDirectory, PARTICIPANTS, LIST_EXTENSIONS, PARTICIPANTS + "/"));
        all.addAll(find(inputDirectory, STATEMENTS, STATEMENT_EXTENSIONS, STATEMENTS + "/"));
        return all;
    }

    private static List<InputFile> find(Path inputDirectory, String kind, Set<String> extensions, String prefix) {
        Path folder = inputDirectory.resolve(kind);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(p -> extensions.contains(extension(p)))
                    .map(p -> new InputFile(kind, prefix + folder.relativize(p).toString().replace('\\', '/'), p))
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
        return extension(path.getFileName().toString());
    }

    /** The extension of a file name or source, lower case, without the dot; "" when it has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || name.indexOf('/', dot) >= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
