package org.rapporteur.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of CSV text as {@link CsvTableWriter} writes it (RFC 4180: a field in double quotes when it holds a
 * comma, quote or line break, a quote inside doubled; records ended by CRLF), each as its text: what a link's key is
 * made of ({@link TableIndex}), read back without a parser's per-field machinery.
 */
public final class CsvFields {

    private CsvFields() {
    }

    /** Every record of {@code csv}, each a list of its fields' texts (Strings). */
    public static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int n = csv.length();
        int i = 0;
        while (i < n) {
            char c = csv.charAt(i);
            if (c == '"' && field.length() == 0) {
                // a quoted field: up to the quote not doubled
                i++;
                while (i < n) {
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < n && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += c == '\r' && i + 1 < n && csv.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                field.append(c);
                i++;
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
