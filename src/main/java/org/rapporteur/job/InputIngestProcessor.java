package org.rapporteur.job;

import org.rapporteur.inputs.ContentHash;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputReaders;
import org.rapporteur.inputs.ReadOutcome;
import org.rapporteur.store.FactStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input with the reader of its kind, unless it is unchanged since it was last read (same content hash, same
 * code fingerprint), in which case it is filtered out. Stateless: one instance can serve several workers.
 */
class InputIngestProcessor implements ItemProcessor<InputFile, IngestedInput> {

    private static final Logger log = LoggerFactory.getLogger(InputIngestProcessor.class);

    private final InputReaders readers;
    private final FactStore store;
    private final String fingerprint;
    private final boolean full;

    /** @param full read every input, even one unchanged since it was last read */
    InputIngestProcessor(InputReaders readers, FactStore store, String fingerprint, boolean full) {
        this.readers = readers;
        this.store = store;
        this.fingerprint = fingerprint;
        this.full = full;
    }

    @Override
    public IngestedInput process(InputFile file) {
        if (!full && isUnchanged(file)) {
            return null;
        }
        ReadOutcome outcome = readers.read(file);
        if (outcome instanceof ReadOutcome.Read read) {
            log.info("Read {}: {}", file.source(), read.facts().summary());
        } else {
            outcome.findings().forEach(f -> log.warn("Rejected {}: {}", file.source(), f.message()));
        }
        return new IngestedInput(file, fingerprint, outcome);
    }

    private boolean isUnchanged(InputFile file) {
        if (file.entry() != InputFile.Entry.FILE) {
            return false; // never opened: a pipe would block
        }
        var known = store.input(file.kind(), file.source());
        if (known.isEmpty() || !known.get().fingerprint().equals(fingerprint) || known.get().sha256().isEmpty()) {
            return false;
        }
        return known.get().sha256().equals(ContentHash.of(file.path()));
    }
}
