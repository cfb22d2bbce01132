package org.rapporteur.store;

import java.util.List;
import java.util.function.Consumer;

/**
 * The stored facts as the export reads them: the meetings' reports at once (one row per report, small), everything
 * else one input at a time, so that the export holds one meeting's facts, never the archive's. {@link FactReader}
 * reads them from the database; {@link StoredFacts} holds them in memory (for tests).
 */
public interface FactSource {

    /** One row per report, ordered by source. */
    List<StoredFacts.Meeting> meetings();

    /** The meeting symbols each list of participants names: (source, symbol), by source, then first line. */
    List<SourceSymbol> delegateSymbols();

    /** The meeting symbols each statements file names: (source, symbol), by source, then first line. */
    List<SourceSymbol> statementSymbols();

    /** A report's attendance counts, by category. */
    List<StoredFacts.Attendance> attendance(String source);

    /** A report's participation rows, in the order they were found. */
    List<StoredFacts.Participant> participation(String source);

    /** A report's or statements file's positions, in the order they were found. */
    List<StoredFacts.PositionRow> positions(String source);

    /** A report's or statements file's sentences to review, in the order they were found. */
    List<StoredFacts.ReviewRow> review(String source);

    /**
     * A report's paragraphs' text by number (0: its annexes), read to show the sentence a fact comes from; none for a
     * list or statements file, or a source that keeps none.
     */
    default java.util.Map<Integer, String> paragraphs(String source) {
        return java.util.Map.of();
    }

    /** The persons of a list of participants, by line. */
    List<StoredFacts.DelegateRow> delegates(String source);

    /** The statements of a statements file, by line. */
    List<StoredFacts.StatementRow> statements(String source);

    /** Every data-quality finding, ordered by kind, source and place, one at a time. */
    void findings(Consumer<StoredFacts.QualityFinding> each);

    /** A source and a meeting symbol it names. */
    record SourceSymbol(String source, String symbol) {
    }
}
