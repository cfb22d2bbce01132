package org.rapporteur.job;

import java.util.Map;

import org.rapporteur.inputs.ContentHash;
import org.rapporteur.inputs.FileStat;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.store.FactStore;

/**
 * The stored inputs, as read once per run ({@link IngestSnapshot}), and the test of whether a file is unchanged since it was last read by the
 * same code: its file shows the size and time it had when its content was hashed ({@link FileStat}; the file is not
 * opened), or else its content has the stored hash. With {@code --full} nothing is unchanged. Not final: a step-scoped
 * bean (one per partition, all sharing the run's one read of the stored inputs) is a subclass proxy.
 */
class KnownInputs {

    private final FactStore store;
    private final String fingerprint;
    private final boolean full;
    private final Map<String, FactStore.KnownInput> known;

    KnownInputs(FactStore store, String fingerprint, boolean full) {
        this(store, fingerprint, full, full ? Map.of() : store.knownInputs());
    }

    /** As above, with the stored inputs read already ({@link FactStore#knownInputs()}). */
    KnownInputs(FactStore store, String fingerprint, boolean full, Map<String, FactStore.KnownInput> known) {
        this.store = store;
        this.fingerprint = fingerprint;
        this.full = full;
        this.known = full ? Map.of() : known;
    }

    /** The file's stat, taken before it is read (a change while it is read shows in the next run's stat). */
    static FileStat statOf(InputFile file) {
        return file.entry() == InputFile.Entry.FILE ? FileStat.of(file.path()).orElse(null) : null;
    }

    /** Unchanged by its stat alone: the cheap test, made for every file before any is read. */
    boolean unchangedByStat(InputFile file) {
        FactStore.KnownInput stored = storedByThisCode(file);
        FileStat stat = stored == null ? null : statOf(file);
        return stat != null && stat.equals(stored.stat());
    }

    /** Unchanged by its stat, or else by its content's hash (and then its new stat is recorded). */
    boolean unchanged(InputFile file, FileStat stat) {
        FactStore.KnownInput stored = storedByThisCode(file);
        if (stored == null) {
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

    /** What is stored of a file read by this code, null when it was not (or it is no plain file, or --full). */
    private FactStore.KnownInput storedByThisCode(InputFile file) {
        if (full || file.entry() != InputFile.Entry.FILE) {
            return null; // never opened: a pipe would block
        }
        FactStore.KnownInput stored = known.get(FactStore.KnownInput.key(file.kind(), file.source()));
        if (stored == null || !fingerprint.equals(stored.fingerprint()) || stored.sha256() == null
                || stored.sha256().isEmpty()) {
            return null;
        }
        return stored;
    }
}
