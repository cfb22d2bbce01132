package org.rapporteur.job;

import org.rapporteur.store.FactStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores each read report, replacing what its input said before, inside the chunk's transaction. */
class FactStoreWriter implements ItemWriter<IngestedReport> {

    private final FactStore store;

    FactStoreWriter(FactStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends IngestedReport> chunk) {
        for (IngestedReport item : chunk) {
            store.replaceReport(item.input(), item.report(), item.positions());
        }
    }
}
