package org.rapporteur.job;

import java.util.List;

import org.rapporteur.inputs.FileStat;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.ReadOutcome;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.store.FactStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each read input, replacing what it said before, inside the chunk's transaction. Each input is stored under
 * a savepoint: one that the database refuses is rolled back alone and recorded as a rejected input, so that a hostile
 * or broken file costs nothing else.
 */
class FactStoreWriter implements ItemWriter<IngestedInput> {

    private static final Logger log = LoggerFactory.getLogger(FactStoreWriter.class);

    private final FactStore store;
    private final TransactionTemplate savepoint;
    private final long runId;

    /** @param runId the job execution that stores these inputs, recorded as the run that read them */
    FactStoreWriter(FactStore store, PlatformTransactionManager transactionManager, long runId) {
        this.store = store;
        this.runId = runId;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void write(Chunk<? extends IngestedInput> chunk) {
        for (IngestedInput item : chunk) {
            InputFile file = item.file();
            try {
                savepoint.executeWithoutResult(status -> store(file, item.fingerprint(), item.outcome(), item.stat()));
            } catch (DataAccessException e) {
                log.error("Storing {} failed; it is recorded as rejected and the run goes on", file.source(), e);
                store(file, item.fingerprint(), new ReadOutcome.Rejected(item.outcome().sha256(), List.of(
                        Finding.inFile(FindingCode.PARSER_FAILURE, "The facts of this input could not be stored ("
                                + e.getMostSpecificCause().getMessage() + "): please report this file"))), null);
            }
        }
    }

    private void store(InputFile file, String fingerprint, ReadOutcome outcome, FileStat stat) {
        store.replace(file.kind(), file.source(), fingerprint, outcome);
        if (stat != null) {
            store.markRead(file.kind(), file.source(), runId, stat);
        } else {
            store.markRead(file.kind(), file.source(), runId);
        }
    }
}
