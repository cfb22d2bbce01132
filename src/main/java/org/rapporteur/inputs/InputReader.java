package org.rapporteur.inputs;

/**
 * Reads one kind of input. Implementations are stateless and thread-safe (one instance serves every worker of a run)
 * and never throw for bad content: a file that cannot be used is returned as {@link ReadOutcome.Rejected} with the
 * reason.
 */
public interface InputReader {

    /** The kind of input this reader reads. */
    InputKind kind();

    /** Reads the file; the caller closes nothing (the reader opens and closes the file itself). */
    ReadOutcome read(InputFile file);
}
