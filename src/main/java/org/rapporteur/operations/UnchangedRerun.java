package org.rapporteur.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The answer to a nightly run when nothing changed, given before Spring and the database start (a JVM's start-up
 * with Spring's context was most of an unchanged rerun: about 10 s of CPU of 11 at 10,000 reports).
 *
 * <p>A run that completes leaves a stamp in {@code <output>/.state/}: a hash of everything its outcome depends on,
 * with the summary line and exit code a rerun that finds nothing changed gives. The hash covers the command line and
 * working folder; the Java runtime; the jar named by {@code rapporteur.code-jar} when the code runs extracted from it,
 * else every entry of the class path (a jar, or each file of a folder of classes); the environment variables and
 * system properties that configure Rapporteur or Spring; the bytes of the codebook, the overrides and Spring's configuration files in the working folder; every file
 * and folder under the input folder; and, as the run left them, the store's files and every file of the output folder
 * but its logs. Files
 * count by their path, size and modification time (nanoseconds), as {@code make} and {@code rsync} judge them and as
 * the job itself already skips an input whose stat is unchanged ({@link org.rapporteur.inputs.FileStat}): content
 * rewritten with the same size within the same nanosecond tick of the clock is not seen (give {@code --full}).
 * Anything else differs, and the run goes the usual way, which finds out what changed. Every run that goes that way
 * removes the stamp before it touches the store or the exports, so a stamp only ever stands for a completed run; a
 * run that fails or is stopped leaves none.
 */
public final class UnchangedRerun {

    static final String STAMP = "unchanged.stamp";
    /** The runs the stamp answered since the run that left it: how many, and when the last was. */
    static final String ANSWERED = "unchanged.answered";
    /** The inputs of the last completed run, by path, size and time ({@link #rememberInputs}). */
    static final String INPUTS = "unchanged.inputs";
    /** The jar the running code was extracted from, when it runs extracted (as in {@code job.CodeFingerprint}). */
    static final String CODE_JAR = "rapporteur.code-jar";
    private static final String[] ENV_PREFIXES = {"RAPPORTEUR_", "SPRING_"};
    private static final String[] PROPERTY_PREFIXES = {"rapporteur.", "spring."};

    /** What an unchanged rerun says and exits with. */
    public record Answer(String summary, int exitCode) {
    }

    private UnchangedRerun() {
    }

    /**
     * The part of the key known before a run: its command line, code, configuration and inputs; empty when one of
     * them cannot be read (the run then goes the usual way).
     *
     * @param files files whose bytes count (codebook, overrides); a missing one counts as missing
     */
    public static Optional<String> before(List<String> args, Path input, List<Path> files) {
        try {
            Hash hash = new Hash();
            settings(hash, args, files);
            hash.tree("input", input.toAbsolutePath().normalize());
            return Optional.of(hash.hex());
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Everything {@link #before} counts but the inputs. */
    private static void settings(Hash hash, List<String> args, List<Path> files) throws IOException {
        hash.line("args", String.join("\u0000", args));
        hash.line("cwd", Path.of("").toAbsolutePath().toString());
        hash.line("java", System.getProperty("java.home") + " " + System.getProperty("java.vm.version"));
        for (Path entry : code(System.getProperty("java.class.path", ""), System.getProperty(CODE_JAR))) {
            hash.tree("code", entry);
        }
        hash.map("env", System.getenv(), ENV_PREFIXES);
        Map<String, String> properties = new TreeMap<>();
        System.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        properties.remove(CODE_JAR); // counted as the code itself
        hash.map("property", properties, PROPERTY_PREFIXES);
        List<Path> configuration = new ArrayList<>(files);
        for (String name : List.of("application.properties", "application.yml", "application.yaml")) {
            configuration.add(Path.of(name));
        }
        for (Path file : configuration) {
            hash.bytes("file " + file.toAbsolutePath(), file);
        }
        hash.tree("config", Path.of("config"));
    }

    /**
     * Whether this JVM records a class-data-sharing archive at its exit ({@code -XX:ArchiveClassesAtExit}, as
     * jobs/nightly.sh's first run of a jar does): such a run is not answered by the stamp, or the archive would hold
     * only the few classes of the answer and every later run would load the others from the jars.
     */
    public static boolean recordingClassArchive(List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
    }

    /**
     * The code a run's outcome depends on: the jar named by {@code rapporteur.code-jar} when it names one (jobs/nightly.sh
     * runs that jar extracted, for class data sharing, and names it so), else every entry of the class path; as
     * absolute paths. The same jar is then the same code however it was launched, so a run launched the other way
     * finds the last run's stamp and inputs (and, with few inputs changed, the quick compiler) as the same launch would.
     */
    static List<Path> code(String classPath, String codeJar) {
        if (codeJar != null && !codeJar.isBlank() && Files.isRegularFile(Path.of(codeJar))) {
            return List.of(Path.of(codeJar).toAbsolutePath().normalize());
        }
        List<Path> code = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                code.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return code;
    }

    /**
     * A run's settings (everything {@link #before} counts but the inputs, as a hash) and each file and folder under
     * its input folder by path, size and time: what {@link #changedInputs} compares with the last completed run's.
     */
    public record Inputs(String settings, List<String> entries) {
    }

    /** The run's {@link Inputs} as they are now; empty when they cannot be read. */
    public static Optional<Inputs> inputs(List<String> args, Path input, List<Path> files) {
        try {
            Hash hash = new Hash();
            settings(hash, args, files);
            return Optional.of(new Inputs(hash.hex(), Hash.entries(input.toAbsolutePath().normalize(), Set.of())));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * How many files and folders under the input folder were added, removed or changed (by size or time) since the
     * last completed run that {@link #rememberInputs remembered} them, with the same settings; empty when there is no
     * such run. A guess of how much the run will read, before Spring starts (the ingest finds out what changed).
     */
    public static java.util.OptionalInt changedInputs(Inputs now, Path output) {
        Path file = output.resolve(StateFolder.NAME).resolve(INPUTS);
        try {
            if (!Files.isRegularFile(file)) {
                return java.util.OptionalInt.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(now.settings())) {
                return java.util.OptionalInt.empty();
            }
            // by path: one changed by size or time counts once, as one added or removed
            Map<String, String> before = new java.util.HashMap<>();
            lines.subList(1, lines.size()).forEach(e -> before.put(pathOf(e), e));
            int changed = 0;
            for (String entry : now.entries()) {
                String was = before.remove(pathOf(entry));
                if (!entry.equals(was)) {
                    changed++;
                }
            }
            return java.util.OptionalInt.of(changed + before.size());
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalInt.empty();
        }
    }

    private static String pathOf(String entry) {
        int end = entry.indexOf('\u0000');
        return end < 0 ? entry : entry.substring(0, end);
    }

    /** Keeps the inputs a completed run started from, for the next run's {@link #changedInputs}. */
    public static void rememberInputs(Inputs inputs, Path output) throws IOException {
        Path file = output.resolve(StateFolder.NAME).resolve(INPUTS);
        Path next = file.resolveSibling(INPUTS + ".next");
        List<String> lines = new ArrayList<>();
        lines.add(inputs.settings());
        // one entry a line: a path with a line break in it is left out (it then counts as changed, a guess only)
        inputs.entries().stream().filter(e -> !e.contains("\n") && !e.contains("\r")).forEach(lines::add);
        Files.write(next, lines, StandardCharsets.UTF_8);
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The whole key: {@code before} with the store and the published manifest as they are now. */
    static Optional<String> key(String before, Path output) {
        try {
            Hash hash = new Hash();
            hash.line("before", before);
            Path state = output.resolve(StateFolder.NAME);
            List<Path> store = new ArrayList<>();
            if (Files.isDirectory(state)) {
                try (Stream<Path> list = Files.list(state)) {
                    list.filter(p -> p.getFileName().toString().startsWith("rapporteur")).sorted().forEach(store::add);
                }
            }
            for (Path file : store) {
                hash.tree("store", file);
            }
            // the published files as they are (a file removed or edited by hand makes the run write them again)
            hash.tree("output", output.toAbsolutePath().normalize(), Set.of("logs", StateFolder.NAME, ".launch"));
            return Optional.of(hash.hex());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The answer the stamp of the last completed run gives when the key is the same now; else empty. */
    public static Optional<Answer> answer(String before, Path output) {
        Path stamp = output.resolve(StateFolder.NAME).resolve(STAMP);
        if (!Files.isRegularFile(stamp)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
            Optional<String> key = key(before, output);
            if (lines.size() != 3 || key.isEmpty() || !lines.get(0).equals(key.get())) {
                return Optional.empty();
            }
            return Optional.of(new Answer(lines.get(2), Integer.parseInt(lines.get(1))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the stamp: done by every run before it touches the store or the exports. */
    public static void forget(Path output) throws IOException {
        Files.deleteIfExists(output.resolve(StateFolder.NAME).resolve(STAMP));
        Files.deleteIfExists(output.resolve(StateFolder.NAME).resolve(ANSWERED));
    }

    /** Notes a run the stamp answered, for {@code status} (the job repository knows only the runs of the job). */
    public static void answered(Path output, java.time.Instant when) throws IOException {
        Path file = output.resolve(StateFolder.NAME).resolve(ANSWERED);
        long count = answeredSince(output).map(a -> a.count()).orElse(0L);
        Files.writeString(file, (count + 1) + " " + when + "\n", StandardCharsets.UTF_8);
    }

    /** The runs answered from the stamp since the last run of the job: how many, the last one's time. */
    public record Answered(long count, java.time.Instant last) {
    }

    public static Optional<Answered> answeredSince(Path output) {
        try {
            String[] parts = Files.readString(output.resolve(StateFolder.NAME).resolve(ANSWERED),
                    StandardCharsets.UTF_8).strip().split(" ");
            return Optional.of(new Answered(Long.parseLong(parts[0]), java.time.Instant.parse(parts[1])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Leaves the stamp of a completed run, once its store is closed and its exports published. */
    public static void remember(String before, Path output, Answer answer) throws IOException {
        Optional<String> key = key(before, output);
        if (key.isEmpty() || answer.summary().contains("\n")) {
            return;
        }
        Path stamp = output.resolve(StateFolder.NAME).resolve(STAMP);
        Path next = stamp.resolveSibling(STAMP + ".next");
        Files.writeString(next, key.get() + "\n" + answer.exitCode() + "\n" + answer.summary() + "\n",
                StandardCharsets.UTF_8);
        Files.move(next, stamp, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** A SHA-256 over named lines. */
    private static final class Hash {
        private final MessageDigest digest;

        Hash() {
            digest = sha256();
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JVM", e);
            }
        }

        void line(String name, String value) {
            digest.update((name + "\u0000" + value.length() + "\u0000" + value + "\n").getBytes(StandardCharsets.UTF_8));
        }

        void map(String name, Map<String, String> values, String[] prefixes) {
            new TreeMap<>(values).forEach((k, v) -> {
                for (String prefix : prefixes) {
                    if (k.startsWith(prefix)) {
                        line(name + " " + k, v);
                    }
                }
            });
        }

        void bytes(String name, Path file) throws IOException {
            line(name, Files.isRegularFile(file) ? HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)))
                    : "missing");
        }

        /** Every file and folder under {@code root} (links followed) by relative path, size and time. */
        void tree(String name, Path root) throws IOException {
            tree(name, root, Set.of());
        }

        /** As {@link #tree(String, Path)}, leaving out the folders directly under {@code root} named in {@code skip}. */
        void tree(String name, Path root, Set<String> skip) throws IOException {
            if (!Files.exists(root)) {
                line(name + " " + root, "missing");
                return;
            }
            line(name + " " + root, String.join("\n", entries(root, skip)));
        }

        /** Every file and folder under {@code root} (links followed): relative path, size and time; sorted. */
        static List<String> entries(Path root, Set<String> skip) throws IOException {
            List<String> entries = new ArrayList<>();
            if (!Files.exists(root)) {
                return entries;
            }
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                            if (dir.getParent() != null && dir.getParent().equals(root)
                                    && skip.contains(dir.getFileName().toString())) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            add(dir, a);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                            add(file, a);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            throw e;
                        }

                        private void add(Path p, BasicFileAttributes a) {
                            // a folder counts by what is in it (its own time moves when a log is added beside)
                            entries.add(root.relativize(p) + "\u0000" + (a.isDirectory() ? "folder" : a.size()
                                    + "\u0000" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                        }
                    });
            entries.sort(null);
            return entries;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
