package org.rapporteur.tables;

import java.util.function.Function;

import org.rapporteur.quality.FindingCode;

/** data-quality.csv: one row per finding: the input and the place in it, how serious, what, and a message. */
public record DataQualityRow(String source, String location, String severity, String code, String message) {

    public static final TableDef<DataQualityRow> TABLE = TableDef.of("data-quality", Column.class);

    /** A finding the export itself makes (not one stored with an input). */
    static DataQualityRow of(String source, String location, FindingCode code, String message) {
        return new DataQualityRow(source, location, code.severity().name(), code.name(), message);
    }

    public enum Column implements TableColumn<DataQualityRow> {
        SOURCE(DataQualityRow::source),
        LOCATION(DataQualityRow::location),
        SEVERITY(DataQualityRow::severity),
        CODE(DataQualityRow::code),
        MESSAGE(DataQualityRow::message);

        private final Function<DataQualityRow, Object> value;

        Column(Function<DataQualityRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(DataQualityRow row) {
            return value.apply(row);
        }
    }
}
