package org.rapporteur.job;

import java.util.List;

import org.rapporteur.positions.ReportPositions;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.ReportStatus;
import org.rapporteur.store.FactStore;
import org.rapporteur.store.InputRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each read report, replacing what its input said before, inside the chunk's transaction. Each report is
 * stored under a savepoint: one that the database refuses is rolled back alone and recorded as a rejected input, so
 * that a hostile or broken file costs nothing else.
 */
class FactStoreWriter implements ItemWriter<IngestedReport> {

    private static final Logger log = LoggerFactory.getLogger(FactStoreWriter.class);

    private final FactStore store;
    private final TransactionTemplate savepoint;
    private final long runId;

    /** @param runId the job execution that stores these reports, recorded as the run that read them */
    FactStoreWriter(FactStore store, PlatformTransactionManager transactionManager, long runId) {
        this.store = store;
        this.runId = runId;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void write(Chunk<? extends IngestedReport> chunk) {
        for (IngestedReport item : chunk) {
            try {
                savepoint.executeWithoutResult(status -> {
                    if (item.list() != null) {
                        store.replaceList(item.input(), item.list());
                    } else if (item.statements() != null) {
                        store.replaceStatements(item.input(), item.statements(), item.positions());
                    } else {
                        store.replaceReport(item.input(), item.report(), item.positions());
                    }
                    store.markRead(item.input().kind(), item.input().source(), runId);
                });
            } catch (DataAccessException e) {
                log.error("Storing {} failed; it is recorded as rejected and the run goes on", item.input().source(),
                        e);
                InputRecord input = item.input();
                MeetingReport rejected = new MeetingReport(input.source(), null, ReportStatus.UNKNOWN, "", null, null,
                        null, false, "", List.of(), List.of(), List.of(), List.of(), List.of(Finding.inFile(
                        FindingCode.PARSER_FAILURE, "The facts of this report could not be stored ("
                                + e.getMostSpecificCause().getMessage() + "): please report this file")));
                store.replaceReport(new InputRecord(input.kind(), input.source(), input.sha256(), input.fingerprint(),
                        true), rejected, ReportPositions.NONE);
                store.markRead(input.kind(), input.source(), runId);
            }
        }
    }
}
