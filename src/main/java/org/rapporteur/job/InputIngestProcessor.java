package org.rapporteur.job;

import org.rapporteur.inputs.FileStat;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputReaders;
import org.rapporteur.inputs.ReadOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input with the reader of its kind, unless it is unchanged since it was last read by the same code
 * ({@link KnownInputs}), in which case it is filtered out. Most unchanged files never get here: each worker's reader
 * leaves out those unchanged by their stat alone (see {@code NightlyJobConfiguration.inputFileReader}); those whose
 * stat changed are tested here by their content's hash. Stateless otherwise: one instance can serve several workers.
 */
class InputIngestProcessor implements ItemProcessor<InputFile, IngestedInput> {

    private static final Logger log = LoggerFactory.getLogger(InputIngestProcessor.class);

    private final InputReaders readers;
    private final KnownInputs known;
    private final String fingerprint;

    InputIngestProcessor(InputReaders readers, KnownInputs known, String fingerprint) {
        this.readers = readers;
        this.known = known;
        this.fingerprint = fingerprint;
    }

    @Override
    public IngestedInput process(InputFile file) {
        FileStat stat = KnownInputs.statOf(file);
        if (known.unchanged(file, stat)) {
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
}
