package org.rapporteur.export;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What kind of value each column of a table holds (text, number, yes/no, date), seen in the rows written, so that
 * rows read back from the CSV file's text give a sheet the same cells as the values they were written from: a
 * number stays a number, {@code true} a yes/no cell, a date a date. A column that held values of two kinds, or text
 * whose CSV form cannot be told from that of another text (a leading quote before a formula sign), makes the table
 * {@link #readable() unreadable} from its CSV text: its rows must then be given as values again.
 */
public final class CellKinds {

    /** The kinds of value; {@code NONE}: only empty cells so far. */
    public enum Kind { NONE, TEXT, NUMBER, YES_NO, DATE, DATE_TIME, MIXED }

    private static final Kind[] KINDS = Kind.values();
    private final Kind[] kinds;
    private boolean readable = true;

    public CellKinds(int columns) {
        kinds = new Kind[columns];
        Arrays.fill(kinds, Kind.NONE);
    }

    /** Kinds as {@link #codes()} gave them. */
    public static CellKinds of(byte[] codes) {
        CellKinds k = new CellKinds(codes.length);
        for (int c = 0; c < codes.length; c++) {
            k.kinds[c] = KINDS[codes[c]];
        }
        return k;
    }

    /** One byte per column: the kind's ordinal; {@code readable} false gives every column MIXED. */
    public byte[] codes() {
        byte[] codes = new byte[kinds.length];
        for (int c = 0; c < kinds.length; c++) {
            codes[c] = (byte) (readable ? kinds[c] : Kind.MIXED).ordinal();
        }
        return codes;
    }

    /** Whether rows read back from CSV text give the values they were written from. */
    public boolean readable() {
        return readable && Arrays.stream(kinds).noneMatch(k -> k == Kind.MIXED);
    }

    /** Notes a row written. */
    public void see(List<?> row) {
        for (int c = 0; c < kinds.length && c < row.size(); c++) {
            Object value = row.get(c);
            Kind kind = kindOf(value);
            if (kind != Kind.NONE && kind != kinds[c]) {
                kinds[c] = kinds[c] == Kind.NONE ? kind : Kind.MIXED;
            }
            if (value instanceof String s && ambiguous(s)) {
                readable = false;
            }
        }
    }

    /** Merges the kinds seen elsewhere for the same table (a column empty here takes the other's kind). */
    public void merge(CellKinds other) {
        if (other.kinds.length != kinds.length) {
            readable = false;
            return;
        }
        for (int c = 0; c < kinds.length; c++) {
            Kind k = other.kinds[c];
            if (k != Kind.NONE && k != kinds[c]) {
                kinds[c] = kinds[c] == Kind.NONE ? k : Kind.MIXED;
            }
        }
    }

    /** The rows of CSV text (no header) as values of their columns' kinds; an empty cell is null. */
    public List<List<Object>> read(String csv) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                List<Object> row = new ArrayList<>(record.size());
                for (int c = 0; c < record.size(); c++) {
                    row.add(value(c < kinds.length ? kinds[c] : Kind.TEXT, record.get(c)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object value(Kind kind, String text) {
        if (text.isEmpty()) {
            return null;
        }
        return switch (kind) {
            case NUMBER -> new CsvNumber(text);
            case YES_NO -> Boolean.valueOf(text);
            case DATE -> LocalDate.parse(text);
            case DATE_TIME -> LocalDateTime.parse(text);
            default -> unneutralised(text);
        };
    }

    /** The text {@link CellText#neutralise} was given, from what it returned. */
    private static String unneutralised(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && CellText.neutralise(text.substring(1)).length()
                == text.length() ? text.substring(1) : text;
    }

    /** Text whose neutralised form is also that of another text: a quote before a formula sign. */
    private static boolean ambiguous(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && CellText.neutralise(text.substring(1)).length()
                == text.length();
    }

    private static Kind kindOf(Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return Kind.NONE;
        }
        if (value instanceof Number) {
            return Kind.NUMBER;
        }
        if (value instanceof Boolean) {
            return Kind.YES_NO;
        }
        if (value instanceof LocalDate) {
            return Kind.DATE;
        }
        if (value instanceof LocalDateTime) {
            return Kind.DATE_TIME;
        }
        if (value instanceof String) {
            return Kind.TEXT;
        }
        return Kind.MIXED; // a value whose text this class cannot read back (a linked value, a record)
    }

    /** A number read back from its CSV text: the same text, the same value. */
    static final class CsvNumber extends Number {
        private final String text;
        private final double value;

        CsvNumber(String text) {
            this.text = text;
            this.value = Double.parseDouble(text);
        }

        @Override
        public int intValue() {
            return (int) value;
        }

        @Override
        public long longValue() {
            return (long) value;
        }

        @Override
        public float floatValue() {
            return (float) value;
        }

        @Override
        public double doubleValue() {
            return value;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
