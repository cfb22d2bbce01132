package org.rapporteur.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.rapporteur.RapporteurApplication;
import org.rapporteur.operations.RunLock;
import org.rapporteur.operations.RunLogFile;
import org.rapporteur.operations.StateFolder;
import org.rapporteur.positions.CodebookException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the commands that touch an output folder share: its run lock (one run at a time; a second one exits at once
 * with {@link ExitCode#ALREADY_RUNNING}, touching nothing), a log file for the run under {@code <output>/logs/}, the
 * owner-only state folder with the run's own temporary files ({@link StateFolder}), and the Spring application
 * context on the chosen database.
 */
final class Application {

    private Application() {
    }

    /** The default database: an HSQLDB file under {@code <output>/.state/}. */
    static String defaultDatabase(Path output) {
        Path file = output.toAbsolutePath().normalize().resolve(".state").resolve("rapporteur");
        return "jdbc:hsqldb:file:" + file + ";shutdown=true;hsqldb.write_delay=false;hsqldb.default_table_type=cached;hsqldb.tx=mvcc";
    }

    /**
     * Holds the output folder's lock, logs to a file, starts the context with {@code properties} and runs {@code
     * work} in it.
     */
    static int locked(String command, Path output, List<String> properties,
                      Function<ConfigurableApplicationContext, ExitCode> work) {
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(output);
        } catch (IOException e) {
            System.err.println("rapporteur: cannot use the output folder " + output.toAbsolutePath().normalize()
                    + ": " + describe(e));
            return ExitCode.FAILED.code();
        }
        if (lock.isEmpty()) {
            String holder = RunLock.holder(output);
            System.err.println("rapporteur: another run is using " + output.toAbsolutePath().normalize()
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + "; this one exits without touching anything");
            return ExitCode.ALREADY_RUNNING.code();
        }
        try (RunLock held = lock.get(); RunLogFile logFile = startLog(output, command);
             StateFolder state = StateFolder.open(output)) {
            return inContext(properties, work);
        } catch (IOException e) {
            System.err.println("rapporteur: " + describe(e));
            return ExitCode.FAILED.code();
        }
    }

    private static RunLogFile startLog(Path output, String command) throws IOException {
        try {
            return RunLogFile.start(output, command);
        } catch (IOException e) {
            throw new IOException("cannot write the log file under " + output.resolve("logs") + ": " + describe(e), e);
        }
    }

    /** Starts the context (Spring Boot's own logging system off: logback.xml and the run's log file rule). */
    static int inContext(List<String> properties, Function<ConfigurableApplicationContext, ExitCode> work) {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        SpringApplication application = new SpringApplication(RapporteurApplication.class);
        try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
            return work.apply(context).code();
        } catch (RuntimeException e) {
            Throwable root = rootCause(e);
            if (root instanceof CodebookException) {
                System.err.println("rapporteur: the codebook is refused: " + root.getMessage());
                return ExitCode.USAGE.code();
            }
            System.err.println("rapporteur: the run failed: " + rootMessage(e));
            return ExitCode.FAILED.code();
        }
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            return (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason()) + " (" + fs.getFile()
                    + ")";
        }
        return String.valueOf(e.getMessage());
    }

    static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static String rootMessage(Throwable e) {
        Throwable t = rootCause(e);
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
