package org.rapporteur.export;

import java.util.List;

/**
 * One export table: written as {@code <name>.csv} and as a workbook sheet named {@code name}.
 *
 * <p>Cell values are {@code String}, {@code Integer}/{@code Long}/{@code Double} (numbers stay numbers),
 * {@code Boolean}, {@code java.time.LocalDate}, or {@code null} (an empty cell). Each row has exactly
 * {@code header.size()} cells.
 *
 * @param name   file base name and sheet name, e.g. {@code "participation"}
 * @param header column names in order
 * @param rows   the data rows
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
