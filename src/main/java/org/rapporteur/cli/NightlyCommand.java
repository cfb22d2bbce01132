package org.rapporteur.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.rapporteur.inputs.InputFinder;
import org.rapporteur.operations.Console;
import org.rapporteur.operations.RunLock;
import org.rapporteur.operations.RunLogFile;
import org.rapporteur.operations.QuickCompiler;
import org.rapporteur.operations.UnchangedRerun;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.job.NightlyRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nightly}: reads new and changed inputs into the database and writes the exports. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Reads the meeting reports under <input>/reports/ (.txt, .docx, .pdf) that are new or changed since "
                + "the last run, stores their facts, and writes the CSV tables and rapporteur.xlsx to <output>.",
                "", "Exit codes: 0 all inputs processed; 3 completed, some inputs rejected (see data-quality.csv); "
                + "1 the run failed; 2 usage error."})
final class NightlyCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "Input folder (default: ${DEFAULT-VALUE}); reports are read from its reports/ folder.")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder for the exports (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = {"Database (default: an HSQLDB file database under <output>/.state/).",
                    "For PostgreSQL give jdbc:postgresql://host/db; the user and password come from the environment "
                            + "(SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD), never the command line."})
    String db;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Codebook of topics and cues (default: jobs/codebook.yml when present, else the one in the "
                    + "jar).")
    Path codebook;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "An analyst's position overrides, CSV source,sentence_index,topic,stance (default: "
                    + "jobs/position-overrides.csv when present).")
    Path overrides;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "50MB",
            description = "Largest input file read (default: ${DEFAULT-VALUE}); larger files are rejected. "
                    + "A number of bytes, or with KB, MB or GB.")
    String maxFileSize;

    @Option(names = "--max-line-length", paramLabel = "CHARS", defaultValue = "100000",
            description = "Longest line of text (a paragraph of a Word document) accepted (default: ${DEFAULT-VALUE}); "
                    + "a document with a longer one is rejected.")
    int maxLineLength;

    @Option(names = "--max-rows", paramLabel = "ROWS", defaultValue = "100000",
            description = "Most rows of a list of participants or statements file (default: ${DEFAULT-VALUE}); a file "
                    + "with more is rejected.")
    int maxRows;

    @Option(names = "--full", description = "Read every input again, changed or not.")
    boolean full;

    @Option(names = "--allow-retire", description = {"Let the run retire more than half of the inputs read before (their "
            + "files are gone), or run on an input folder without reports/, participants/ or statements/; without it "
            + "such a run is refused (exit code 2), as the input folder is more likely wrong."})
    boolean allowRetire;

    @Option(names = "--include-personal-data", description = {"Also put the names of persons from lists of "
            + "participants in the workbook (a Participants sheet). Without it they are only in "
            + "<output>/restricted/participants.csv."})
    boolean includePersonalData;

    @Option(names = "--workers", paramLabel = "N", description = "Workers reading inputs side by side (default: one "
            + "per core); the exports are the same whatever the number.")
    Integer workers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(input)) {
            Console.err("the input folder " + input.toAbsolutePath().normalize()
                    + " does not exist");
            return ExitCode.USAGE.code();
        }
        if (!InputFinder.hasAnyKindFolder(input) && !allowRetire && !full) {
            Console.err("the input folder " + input.toAbsolutePath().normalize() + " has none of "
                    + "the folders reports/, participants/ and statements/: --input names the folder that holds them. "
                    + "Nothing was changed (give --allow-retire to run on it anyway)");
            return ExitCode.USAGE.code();
        }
        long maxBytes;
        try {
            maxBytes = parseSize(maxFileSize);
        } catch (IllegalArgumentException e) {
            Console.err("--max-file-size " + maxFileSize + ": " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (maxLineLength <= 0) {
            Console.err("--max-line-length must be positive");
            return ExitCode.USAGE.code();
        }
        if (maxRows <= 0) {
            Console.err("--max-rows must be positive");
            return ExitCode.USAGE.code();
        }
        if (workers != null && workers <= 0) {
            Console.err("--workers must be positive");
            return ExitCode.USAGE.code();
        }
        Optional<String> badDb = Databases.problem(db);
        if (badDb.isPresent()) {
            Console.err(badDb.get());
            return ExitCode.USAGE.code();
        }
        for (Path file : new Path[] {codebook, overrides}) {
            if (file != null && !Files.isRegularFile(file)) {
                Console.err((file == codebook ? "--codebook " : "--overrides ") + file.toAbsolutePath().normalize()
                        + ": no such file");
                return ExitCode.USAGE.code();
            }
        }
        warnOfUnusableOverrides(overrides != null ? overrides : Path.of("jobs", "position-overrides.csv"));
        List<String> properties = new ArrayList<>();
        properties.add("--spring.datasource.url=" + (db != null ? db : Application.defaultDatabase(output)));
        properties.add("--rapporteur.max-file-bytes=" + maxBytes);
        properties.add("--rapporteur.max-line-chars=" + maxLineLength);
        properties.add("--rapporteur.max-rows=" + maxRows);
        properties.add("--rapporteur.include-personal-data=" + includePersonalData);
        if (workers != null) {
            properties.add("--rapporteur.workers=" + workers);
        }
        if (overrides != null) {
            properties.add("--rapporteur.overrides=" + overrides.toAbsolutePath());
        }
        if (codebook != null) {
            properties.add("--rapporteur.codebook=" + codebook.toAbsolutePath());
        }
        // nothing changed by the stat of every file the run depends on: answered without Spring (the default store
        // only, which no one but a run of this output folder writes)
        Path overridesFile = overrides != null ? overrides : Path.of("jobs", "position-overrides.csv");
        Path codebookFile = codebook != null ? codebook : Path.of("jobs", "codebook.yml");
        Optional<String> before = full || db != null ? Optional.empty()
                : UnchangedRerun.before(spec.commandLine().getParseResult().originalArgs(), input,
                        List.of(codebookFile, overridesFile));
        Optional<UnchangedRerun.Inputs> inputs = Optional.empty();
        if (before.isPresent()) {
            // a run recording the class archive (jobs/nightly.sh's first run of a jar) goes through Spring, so that
            // the archive holds the classes a run loads, not the stamp's few
            Optional<Integer> answered = UnchangedRerun.recordingClassArchive(
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
                    ? Optional.empty() : answerUnchanged(before.get());
            if (answered.isPresent()) {
                return answered.get();
            }
            inputs = UnchangedRerun.inputs(spec.commandLine().getParseResult().originalArgs(), input,
                    List.of(codebookFile, overridesFile));
            java.util.OptionalInt changed = inputs.map(i -> UnchangedRerun.changedInputs(i, output))
                    .orElse(java.util.OptionalInt.empty());
            // few inputs changed since the last completed run, with the same code and settings: a short run, whose
            // start-up and check of the inputs C2 compiles for more CPU than its code then saves (as the export's)
            if (changed.isPresent() && changed.getAsInt() <= QuickCompiler.FEW_INPUTS) {
                QuickCompiler.forTheRestOfTheRun();
            }
        }
        Optional<UnchangedRerun.Inputs> started = inputs;
        AtomicReference<UnchangedRerun.Answer> completed = new AtomicReference<>();
        return Application.locked("nightly", output, properties, context -> {
            NightlyRun run = context.getBean(NightlyRun.class);
            ExitCode code = run.run(input, output, full, allowRetire || full);
            run.nothingChangedAnswer(output).ifPresent(completed::set);
            return code;
        }, () -> {
            if (before.isPresent() && completed.get() != null) {
                try {
                    if (started.isPresent()) {
                        UnchangedRerun.rememberInputs(started.get(), output);
                    }
                    UnchangedRerun.remember(before.get(), output, completed.get());
                } catch (IOException e) {
                    // the run completed; without its stamp the next run only goes the usual way
                    Console.logOnly("The run's stamp for the next run could not be written: " + e.getMessage());
                }
            }
        });
    }

    /** The answer of the last completed run's stamp, under the output folder's lock, when nothing changed. */
    private Optional<Integer> answerUnchanged(String before) {
        try {
            Optional<RunLock> lock = RunLock.tryAcquire(output);
            if (lock.isEmpty()) {
                return Optional.empty();
            }
            try (RunLock held = lock.get()) {
                Optional<UnchangedRerun.Answer> answer = UnchangedRerun.answer(before, output);
                if (answer.isEmpty()) {
                    return Optional.empty();
                }
                try (RunLogFile logFile = RunLogFile.start(output, "nightly")) {
                    Console.logOnly("Every file the run depends on has the size and time it had when the last run "
                            + "completed (its stamp in .state/): nothing to read, the published exports stand");
                    Console.out(answer.get().summary());
                    UnchangedRerun.answered(output, java.time.Instant.now());
                    Console.logOnly("Exit code " + answer.get().exitCode() + " ("
                            + Application.meaning(answer.get().exitCode()) + ")");
                }
                return Optional.of(answer.get().exitCode());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * An overrides file that cannot be used at all (no header with the columns it needs, unreadable) is said on the
     * console; the run goes on without it, and data-quality.csv lists the reason too.
     */
    private static void warnOfUnusableOverrides(Path file) {
        PositionOverrides read = PositionOverrides.read(file);
        if (read.overrides().isEmpty() && !read.findings().isEmpty()
                && read.findings().stream().allMatch(f -> f.location().equals("file") || f.location().equals("line 1"))) {
            Console.err("the overrides file " + file.toAbsolutePath().normalize() + " is not used: "
                    + read.findings().get(0).message() + "; the run goes on without it");
        }
    }

    /** "50MB", "512KB", "1GB" or a number of bytes. */
    static long parseSize(String text) {
        var m = java.util.regex.Pattern.compile("(?i)\\s*(\\d{1,15})\\s*(B|KB|K|MB|M|GB|G)?\\s*").matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size; write e.g. 50MB, 512KB or 1000000");
        }
        long value = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(java.util.Locale.ROOT);
        long factor = switch (unit) {
            case "KB", "K" -> 1024L;
            case "MB", "M" -> 1024L * 1024;
            case "GB", "G" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        if (value <= 0 || value > Long.MAX_VALUE / factor) {
            throw new IllegalArgumentException("must be positive and below 8 EB");
        }
        return value * factor;
    }
}
