package org.rapporteur.cli;

/** The process exit codes, documented in the README; schedulers act on them. */
public enum ExitCode {
    /** Every input was processed. */
    OK(0),
    /** The run failed: nothing was exported, the previous exports are intact. */
    FAILED(1),
    /** The command line was wrong. */
    USAGE(2),
    /** The run completed, but some inputs were rejected; each is listed in data-quality.csv. */
    INPUTS_REJECTED(3),
    /** Another run holds the output folder: this one exited at once and touched nothing. */
    ALREADY_RUNNING(4),
    /**
     * Stopped by SIGTERM (systemctl stop, a shutdown) before it finished: the inputs being read were finished, the run
     * is recorded as stopped, the previous exports are intact, and the next run resumes it. The JVM's own code for a
     * process ended by SIGTERM (128 + 15).
     */
    STOPPED(143);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
