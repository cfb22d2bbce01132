package org.rapporteur.tables;

import java.util.Comparator;
import java.util.function.Function;

import org.rapporteur.quality.FindingCode;

/**
 * data-quality.csv: one row per finding: the input and the place in it, how serious, what, and a message; errors
 * first, then warnings, then notes, each by source and place.
 */
public record DataQualityRow(String source, String location, String severity, String code, String message) {

    public static final TableDef<DataQualityRow> TABLE = TableDef.of("data-quality",
            "one row per finding: the input and place, how serious, what, and a message", Column.class);

    /** Errors first, then warnings, then notes; each by source, then place (numbers in it compared as numbers). */
    static final Comparator<DataQualityRow> ORDER = Comparator
            .comparingInt((DataQualityRow r) -> severityRank(r.severity()))
            .thenComparing(DataQualityRow::source, NaturalOrder.INSTANCE)
            .thenComparing(DataQualityRow::location, NaturalOrder.INSTANCE);

    private static int severityRank(String severity) {
        int at = WorkbookFigures.SEVERITIES.indexOf(severity);
        return at < 0 ? WorkbookFigures.SEVERITIES.size() : at;
    }

    /** A finding the export itself makes (not one stored with an input). */
    static DataQualityRow of(String source, String location, FindingCode code, String message) {
        return new DataQualityRow(source, location, code.severity().name(), code.name(), message);
    }

    /** The columns of data-quality.csv, in order, with what each holds. */
    public enum Column implements TableColumn<DataQualityRow> {
        SOURCE("the input (a file relative to its folder, or position-overrides.csv)", DataQualityRow::source),
        LOCATION("the place in it: file, line 12, paragraph 5, sheet 2 row 5", DataQualityRow::location),
        SEVERITY("ERROR (the input or row was rejected), WARNING (a fact to check), INFO (noted)",
                DataQualityRow::severity),
        CODE("what was found (EMPTY_FILE, UNKNOWN_ENTITY, SUPERSEDED_REPORT, ...)", DataQualityRow::code),
        MESSAGE("what happened, naming the place, never a person", DataQualityRow::message);

        private final String meaning;
        private final Function<DataQualityRow, Object> value;

        Column(String meaning, Function<DataQualityRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(DataQualityRow row) {
            return value.apply(row);
        }
    }
}
