package org.rapporteur.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputFinder;
import org.rapporteur.store.FactStore;

/**
 * The input folder's files and the stored inputs, taken once per run of the job and shared by the ingest's opening
 * line and all its partitions. Each partition used to list the folder and read every stored input for itself: at
 * 10,000 inputs and eight partitions, nine listings and eight reads of 10,000 rows where one of each gives the same
 * answers (a partition's files are its own, so what another partition stores meanwhile never concerns it).
 * Partitions still take their share of the one listing by the hash of each file ({@link InputFilesPartitioner}).
 */
class IngestSnapshot {

    /** The files found under the input folder, in the listing's order, and the stored inputs by their key. */
    record Snapshot(List<InputFile> files, Map<String, FactStore.KnownInput> known) {
    }

    private final FactStore store;
    private long jobExecutionId = Long.MIN_VALUE;
    private Snapshot snapshot;

    IngestSnapshot(FactStore store) {
        this.store = store;
    }

    /**
     * The snapshot of the job execution {@code jobExecutionId}, taken at its first call: a restarted run is a new
     * execution, and takes a new one.
     */
    synchronized Snapshot of(long jobExecutionId, Path input) {
        if (snapshot == null || this.jobExecutionId != jobExecutionId) {
            List<InputFile> files = List.copyOf(InputFinder.all(input));
            snapshot = new Snapshot(files, files.isEmpty() ? Map.of()
                    : java.util.Collections.unmodifiableMap(store.knownInputs()));
            this.jobExecutionId = jobExecutionId;
        }
        return snapshot;
    }

    /** Lets the snapshot go once the ingest is over (its memory grows with the inputs). */
    synchronized void release(long jobExecutionId) {
        if (this.jobExecutionId == jobExecutionId) {
            snapshot = null;
        }
    }
}
