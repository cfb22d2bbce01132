package org.rapporteur.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reference table (RFC 4180 CSV with a header row) into rows. The header must be exactly the expected one,
 * and every row must have as many fields as the header: a shifted column would otherwise load silently wrong facts.
 */
final class TableReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TableReader() {
    }

    /**
     * Reads and closes {@code reader}.
     *
     * @param source name of the table for messages, e.g. its file name
     * @param mapper turns one row into an entity; throws {@link TableRow#malformed} for a bad row
     * @throws IllegalStateException naming source, line and reason, for a wrong header or a malformed row
     */
    static List<NamedEntity> read(String source, Reader reader, List<String> header,
                                  Function<TableRow, NamedEntity> mapper) {
        try (CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IllegalStateException(source + ": empty, expected the header " + String.join(",", header));
            }
            checkHeader(source, records.next().toList(), header);
            List<NamedEntity> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows.add(mapper.apply(toRow(source, parser.getCurrentLineNumber(), record, header)));
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void checkHeader(String source, List<String> found, List<String> expected) {
        List<String> names = new ArrayList<>(found);
        if (!names.isEmpty() && !names.get(0).isEmpty() && names.get(0).charAt(0) == BYTE_ORDER_MARK) {
            names.set(0, names.get(0).substring(1)); // saved by a spreadsheet program
        }
        if (!names.equals(expected)) {
            throw new IllegalStateException(source + " line 1: header is " + String.join(",", names)
                    + ", expected " + String.join(",", expected));
        }
    }

    private static TableRow toRow(String source, long line, CSVRecord record, List<String> header) {
        if (record.size() != header.size()) {
            throw new IllegalStateException(source + " line " + line + ": " + record.size() + " fields, expected "
                    + header.size() + " (" + String.join(",", header) + ")");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        return new TableRow(source, line, values);
    }
}
