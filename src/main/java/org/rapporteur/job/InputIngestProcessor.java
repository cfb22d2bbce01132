package org.rapporteur.job;

import java.util.function.BooleanSupplier;

import org.rapporteur.inputs.FileStat;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputReaders;
import org.rapporteur.inputs.ReadOutcome;
import org.rapporteur.operations.SignalStop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one input with the reader of its kind, unless it is unchanged since it was last read by the same code
 * ({@link KnownInputs}), in which case it is filtered out. Most unchanged files never get here: each worker's reader
 * leaves out those unchanged by their stat alone (see {@code NightlyJobConfiguration.inputFileReader}); those whose
 * stat changed are tested here by their content's hash. An input rejected while the run is being stopped (SIGTERM)
 * is not stored either: the shutdown, not the file, may be what failed (a model that could not load as the JVM was
 * ending), so the next run reads it again. Stateless otherwise: one instance can serve several workers.
 */
class InputIngestProcessor implements ItemProcessor<InputFile, IngestedInput> {

    private static final Logger log = LoggerFactory.getLogger(InputIngestProcessor.class);

    private final InputReaders readers;
    private final KnownInputs known;
    private final String fingerprint;
    private final BooleanSupplier stopping;

    InputIngestProcessor(InputReaders readers, KnownInputs known, String fingerprint) {
        this(readers, known, fingerprint, SignalStop::signalled);
    }

    /** @param stopping whether the run is being stopped by a signal */
    InputIngestProcessor(InputReaders readers, KnownInputs known, String fingerprint, BooleanSupplier stopping) {
        this.readers = readers;
        this.known = known;
        this.fingerprint = fingerprint;
        this.stopping = stopping;
    }

    @Override
    public IngestedInput process(InputFile file) {
        FileStat stat = KnownInputs.statOf(file);
        if (known.unchanged(file, stat)) {
            return null;
        }
        ReadOutcome outcome = readers.read(file);
        if (!(outcome instanceof ReadOutcome.Read) && stopping.getAsBoolean()) {
            log.warn("{} was being read when the run was asked to stop; it is not stored, and the next run reads it "
                    + "again", file.source());
            return null;
        }
        if (outcome instanceof ReadOutcome.Read read) {
            log.info("Read {}: {}", file.source(), read.facts().summary());
        } else {
            outcome.findings().forEach(f -> log.warn("Rejected {}: {}", file.source(), f.message()));
        }
        return new IngestedInput(file, fingerprint, outcome, stat);
    }
}
