package org.rapporteur.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines a command writes for the person or scheduler that started it: printed on standard output or error, and
 * written to the run's log file too, so that the log ends as the console did (the summary, the exit code). Names in
 * them have their control characters escaped ({@link LogText}).
 */
public final class Console {

    /** The logger whose lines reach the run's log file but not the console (they were printed already). */
    static final String LOGGER = "rapporteur.console";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private Console() {
    }

    /** A line on standard output. */
    public static void out(String line) {
        String safe = LogText.escape(line);
        System.out.println(safe);
        log.info(safe);
    }

    /** A line on standard error, prefixed "rapporteur: ". */
    public static void err(String line) {
        String safe = "rapporteur: " + LogText.escape(line);
        System.err.println(safe);
        log.error(safe);
    }

    /** A line for the run's log file only. */
    public static void logOnly(String line) {
        log.info(LogText.escape(line));
    }

    /** A failure's stack trace, for the run's log file only (the console has the line that explains it). */
    public static void trace(String what, Throwable e) {
        log.error(LogText.escape(what), e);
    }
}
