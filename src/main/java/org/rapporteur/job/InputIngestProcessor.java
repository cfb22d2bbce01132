package org.rapporteur.job;

import java.util.Map;

import org.rapporteur.inputs.ContentHash;
import org.rapporteur.inputs.FileStat;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputReaders;
import org.rapporteur.inputs.ReadOutcome;
import org.rapporteur.store.FactStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input with the reader of its kind, unless it is unchanged since it was last read by the same code, in
 * which case it is filtered out. Unchanged means: its file shows the size and time it had when its content was hashed
 * ({@link FileStat}; the file is not opened), or else its content has the stored hash (and the stat is recorded, so
 * the next run need not open it). The stored inputs are read once, when the processor is made. Stateless otherwise:
 * one instance can serve several workers.
 */
class InputIngestProcessor implements ItemProcessor<InputFile, IngestedInput> {

    private static final Logger log = LoggerFactory.getLogger(InputIngestProcessor.class);

    private final InputReaders readers;
    private final FactStore store;
    private final String fingerprint;
    private final boolean full;
    private final Map<String, FactStore.KnownInput> known;

    /** @param full read every input, even one unchanged since it was last read */
    InputIngestProcessor(InputReaders readers, FactStore store, String fingerprint, boolean full) {
        this.readers = readers;
        this.store = store;
        this.fingerprint = fingerprint;
        this.full = full;
        this.known = full ? Map.of() : store.knownInputs();
    }

    @Override
    public IngestedInput process(InputFile file) {
        // taken before the file is read: a change while it is read shows in the next run's stat
        FileStat stat = file.entry() == InputFile.Entry.FILE ? FileStat.of(file.path()).orElse(null) : null;
        if (!full && isUnchanged(file, stat)) {
            return null;
        }
        ReadOutcome outcome = readers.read(file);
        if (outcome instanceof ReadOutcome.Read read) {
            log.info("Read {}: {}", file.source(), read.facts().summary());
        } else {
            outcome.findings().forEach(f -> log.warn("Rejected {}: {}", file.source(), f.message()));
        }
        return new IngestedInput(file, fingerprint, outcome, stat);
    }

    private boolean isUnchanged(InputFile file, FileStat stat) {
        if (file.entry() != InputFile.Entry.FILE) {
            return false; // never opened: a pipe would block
        }
        FactStore.KnownInput stored = known.get(FactStore.KnownInput.key(file.kind(), file.source()));
        if (stored == null || !fingerprint.equals(stored.fingerprint()) || stored.sha256() == null
                || stored.sha256().isEmpty()) {
            return false;
        }
        if (stat != null && stat.equals(stored.stat())) {
            return true;
        }
        if (!stored.sha256().equals(ContentHash.of(file.path()))) {
            return false;
        }
        if (stat != null) {
            store.recordStat(file.kind(), file.source(), stat); // same content, new time (touched, copied back)
        }
        return true;
    }
}
