package org.rapporteur.operations;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A graceful stop on SIGTERM (systemctl stop, a shutdown, kill): the JVM runs this hook, which asks the run to stop
 * ({@link #onSignal}) and waits, up to {@value #WAIT_SECONDS} seconds, until the command has finished stopping it and
 * closed the database, its log and its lock ({@link #close}); the JVM then exits with 143. A run that does not stop in
 * time ends as a killed one would, and the next run recovers it the same way.
 */
public final class SignalStop implements AutoCloseable {

    static final int WAIT_SECONDS = 80;
    private static final Logger log = LoggerFactory.getLogger(SignalStop.class);
    private static volatile boolean signalled;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile Runnable action = () -> { };

    private SignalStop() {
        this.hook = new Thread(this::onShutdown, "rapporteur-stop");
    }

    /** Installs the hook for the life of a command. */
    public static SignalStop install() {
        SignalStop stop = new SignalStop();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** What to do on SIGTERM: ask the run to stop. */
    public void onSignal(Runnable action) {
        this.action = action;
    }

    /**
     * Whether this JVM got the signal (it is never unset: the hook runs only once the JVM is shutting down, and no
     * run starts after that): the JVM is shutting down, and what fails from now on (a library that cannot
     * start, an input read half-way) may fail for that reason alone, not for the input's.
     */
    public static boolean signalled() {
        return signalled;
    }

    private void onShutdown() {
        signalled = true;
        log.warn("SIGTERM received: stopping the run");
        action.run();
        try {
            if (!finished.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.error("The run did not stop within {} s; it ends as if killed, and the next run recovers it",
                        WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has finished (stopped or not): the hook may let the JVM exit; without a signal, it goes. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (the signal came): the hook is running and now returns
        }
    }
}
