package org.rapporteur.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the benchmark starts the application in a JVM of its own. {@link #extracted} is what {@code jobs/nightly.sh}
 * runs, so what an operator's nightly run costs: the jar extracted ({@code java -Djarmode=tools -jar rapporteur.jar
 * extract}) and its classes mapped from a class-data-sharing archive that an earlier run recorded; {@link #plain} is
 * {@code java -jar rapporteur.jar}, which loads every class from the jar's nested jars (some 5 s more CPU per start).
 *
 * @param name        "extracted" or "plain", as the benchmark prints it
 * @param jvmOptions  the options the launch needs before the application's own (none for {@link #plain})
 * @param application how to name the application to {@code java}: {@code -jar JAR}, or a class path and main class
 */
record Launch(String name, List<String> jvmOptions, List<String> application) {

    /**
     * The collector's settings jobs/nightly.sh gives every run unless nightly.env's {@code RAPPORTEUR_GC_OPTS} says
     * otherwise, before {@code JAVA_OPTS} (so an option there wins): a capped young generation and marking from a
     * quarter of the heap keep the heap in use flat as the archive grows. The benchmark's runs carry them in the same
     * place, before its {@code --jvm-option}s.
     */
    static final List<String> NIGHTLY_GC_OPTIONS = List.of("-XX:MaxNewSize=80m", "-XX:InitiatingHeapOccupancyPercent=25",
            "-XX:-G1UseAdaptiveIHOP");
    static final String EXTRACTED = "extracted";
    static final String PLAIN = "plain";
    /** The class archive under the extraction folder, as jobs/nightly.sh names it. */
    private static final String ARCHIVE = "app.jsa";

    /** {@code java -jar} on the running jar, or its class path and main class when it runs from classes (tests). */
    static Launch plain() {
        return new Launch(PLAIN, List.of(), ChildRun.application());
    }

    /** The jar the benchmark runs from; empty when it runs from classes. */
    static Optional<Path> runningJar() {
        List<String> application = ChildRun.application();
        return application.get(0).equals("-jar") ? Optional.of(Path.of(application.get(1))) : Optional.empty();
    }

    /**
     * Extracts {@code jar} into {@code folder/app} (as jobs/nightly.sh does under the output folder's {@code .launch});
     * the launch then runs the extracted jar, naming the original in {@code rapporteur.code-jar} so that the code's
     * fingerprint and the rerun stamp are those of the jar. Without an archive yet: {@link #recording} makes one.
     */
    static Launch extract(Path jar, Path folder) throws IOException, InterruptedException {
        Path app = folder.resolve("app");
        NightlyBenchmark.deleteTree(folder);
        Files.createDirectories(folder);
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("extract.log").toFile()).start();
        Path extracted = app.resolve(jar.getFileName());
        if (process.waitFor() != 0 || !Files.isRegularFile(extracted)) {
            throw new IOException("could not extract " + jar + ": see " + folder.resolve("extract.log"));
        }
        return new Launch(EXTRACTED, List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Drapporteur.code-jar=" + jar.toAbsolutePath()), List.of("-jar", extracted.toString()));
    }

    /** This launch recording the classes its run loads into {@code archive} when the JVM exits. */
    Launch recording(Path archive) {
        return with("-XX:ArchiveClassesAtExit=" + archive);
    }

    /** This launch mapping its classes from {@code archive}. */
    Launch sharing(Path archive) {
        return with("-XX:SharedArchiveFile=" + archive);
    }

    /** Where an extracted launch keeps its class archive: beside the extracted jar's folder. */
    static Path archiveIn(Path folder) {
        return folder.resolve(ARCHIVE);
    }

    private Launch with(String option) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add(option);
        return new Launch(name, List.copyOf(options), application);
    }
}
