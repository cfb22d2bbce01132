package org.rapporteur.inputs;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import org.rapporteur.documents.DocumentFiles;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.participants.ParticipantListReader;
import org.rapporteur.participants.StatementsReader;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.report.ReportParser;

/** The reader of each kind of input; reads a file with the reader of its kind. Stateless and thread-safe. */
public final class InputReaders {

    private final Map<InputKind, InputReader> readers = new EnumMap<>(InputKind.class);

    public InputReaders(InputReader... readers) {
        for (InputReader reader : readers) {
            this.readers.put(reader.kind(), reader);
        }
        for (InputKind kind : InputKind.values()) {
            if (!this.readers.containsKey(kind)) {
                throw new IllegalArgumentException("no reader for " + kind);
            }
        }
    }

    /** The readers of the nightly job. */
    public static InputReaders of(ReadLimits limits, NameResolver resolver, ReportParser parser,
                                  PositionClassifier classifier) {
        return of(limits, resolver, parser, () -> classifier);
    }

    /** The readers of the nightly job, asking for the classifier only when a file is read. */
    public static InputReaders of(ReadLimits limits, NameResolver resolver, ReportParser parser,
                                  Supplier<PositionClassifier> classifier) {
        return new InputReaders(new ReportFileReader(new DocumentFiles(limits), parser, classifier),
                new ListFileReader(limits, new ParticipantListReader(resolver, limits.maxRows())),
                new StatementsFileReader(limits, new StatementsReader(resolver, limits.maxRows()), classifier));
    }

    /**
     * Reads a file with the reader of its kind; an entry that is no file (a folder that cannot be listed, a broken
     * link) is rejected with one finding saying so.
     */
    public ReadOutcome read(InputFile file) {
        return Entries.rejection(file).map(ReadOutcome.class::cast).orElseGet(() -> readers.get(file.kind()).read(file));
    }
}
