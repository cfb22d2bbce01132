package org.rapporteur.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.rapporteur.RapporteurApplication;
import org.rapporteur.job.NightlyRun;
import org.rapporteur.job.Versions;
import org.rapporteur.operations.Console;
import org.rapporteur.operations.FileNameEncoding;
import org.rapporteur.operations.RunLock;
import org.rapporteur.operations.RunLogFile;
import org.rapporteur.operations.SignalStop;
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
        return "jdbc:hsqldb:file:" + file + ";shutdown=true;hsqldb.write_delay=false;hsqldb.default_table_type=cached;"
                + "hsqldb.tx=mvcc";
    }

    /**
     * Holds the output folder's lock, logs to a file, starts the context with {@code properties} and runs {@code
     * work} in it; on SIGTERM the run is stopped gracefully ({@link SignalStop}). The run's log file ends with the
     * exit code.
     */
    static int locked(String command, Path output, List<String> properties,
                      Function<ConfigurableApplicationContext, ExitCode> work) {
        return locked(command, output, properties, work, () -> { });
    }

    /** What is done after the context closed, still under the output folder's lock. */
    interface AfterClose {
        void run() throws IOException;
    }

    /** As {@link #locked(String, Path, List, Function)}, then {@code after} once the context (the store) closed. */
    static int locked(String command, Path output, List<String> properties,
                      Function<ConfigurableApplicationContext, ExitCode> work, AfterClose after) {
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(output);
        } catch (IOException e) {
            Console.err("cannot use the output folder " + output.toAbsolutePath().normalize() + ": " + describe(e));
            return ExitCode.FAILED.code();
        }
        if (lock.isEmpty()) {
            String holder = RunLock.holder(output);
            Console.err("another run is using " + output.toAbsolutePath().normalize()
                    + (holder.isEmpty() ? "" : " (" + holder + ")") + "; this one exits without touching anything");
            return ExitCode.ALREADY_RUNNING.code();
        }
        try (SignalStop signal = SignalStop.install(); RunLock held = lock.get();
             RunLogFile logFile = startLog(output, command); StateFolder state = StateFolder.open(output)) {
            // the log's first line: what runs, on what, by which process, so that each log tells its run apart
            Console.logOnly("Rapporteur " + Versions.current() + ": " + command + " on "
                    + output.toAbsolutePath().normalize() + " (pid " + ProcessHandle.current().pid() + ", Java "
                    + Runtime.version() + ")");
            FileNameEncoding.problem().ifPresent(Console::err);
            int code = inContext(properties, context -> {
                signal.onSignal(() -> context.getBean(NightlyRun.class).stop());
                return work.apply(context);
            });
            after.run();
            Console.logOnly("Exit code " + code + " (" + meaning(code) + ")");
            return code;
        } catch (IOException e) {
            Console.err(describe(e));
            return ExitCode.FAILED.code();
        }
    }

    static String meaning(int code) {
        for (ExitCode exit : ExitCode.values()) {
            if (exit.code() == code) {
                return exit.name();
            }
        }
        return "unknown";
    }

    private static RunLogFile startLog(Path output, String command) throws IOException {
        try {
            return RunLogFile.start(output, command);
        } catch (IOException e) {
            throw new IOException("cannot write the log file under " + output.resolve("logs") + ": " + describe(e), e);
        }
    }

    /**
     * Starts the context (Spring Boot's own logging system off: logback.xml and the run's log file rule; its shutdown
     * hook off: a SIGTERM stops the run first, see {@link SignalStop}, and the context is closed here). A failure to
     * start is said in a line naming what failed and what to do; its trace goes to the run's log file only.
     */
    static int inContext(List<String> properties, Function<ConfigurableApplicationContext, ExitCode> work) {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        SpringApplication application = new SpringApplication(RapporteurApplication.class);
        application.setRegisterShutdownHook(false);
        try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
            return work.apply(context).code();
        } catch (RuntimeException e) {
            Console.trace("The command failed", e);
            Throwable root = rootCause(e);
            if (root instanceof CodebookException) {
                Console.err("the codebook is refused: " + root.getMessage()
                        + " (fix it, or remove it to use the default one)");
                return ExitCode.USAGE.code();
            }
            Optional<SQLException> database = cause(e, SQLException.class);
            if (database.isPresent()) {
                Console.err("cannot use the database " + Databases.describe(property(properties,
                        "spring.datasource.url")) + ": " + firstLine(database.get().getMessage()));
                Console.err("check --db, and the user and password in SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD; the details are in the run's log file");
                return ExitCode.FAILED.code();
            }
            Console.err("the run failed: " + firstLine(rootMessage(e)) + "; the details are in the run's log file");
            return ExitCode.FAILED.code();
        }
    }

    /** What went wrong with a file, naming it in full: "no such file: /srv/in/gold.csv". */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException fs) {
            return "no such file: " + absolute(fs.getFile());
        }
        if (e instanceof java.nio.file.AccessDeniedException fs) {
            return "permission denied: " + absolute(fs.getFile());
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            return (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason()) + " ("
                    + absolute(fs.getFile()) + ")";
        }
        return String.valueOf(e.getMessage());
    }

    private static String absolute(String file) {
        return file == null ? "?" : Path.of(file).toAbsolutePath().normalize().toString();
    }

    private static String property(List<String> properties, String name) {
        return properties.stream().filter(p -> p.startsWith("--" + name + "=")).map(p -> p.substring(name.length()
                + 3)).findFirst().orElse("");
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
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
