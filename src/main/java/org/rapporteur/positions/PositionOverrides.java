package org.rapporteur.positions;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Reads {@code jobs/position-overrides.csv} (columns source, sentence_index, topic, stance; stance NONE removes a
 * position). A malformed row is reported as a finding with its line and skipped; the others apply.
 *
 * @param overrides the rows that can be applied
 * @param findings  the rows that could not
 */
public record PositionOverrides(List<PositionOverride> overrides, List<Finding> findings) {

    public static final PositionOverrides NONE = new PositionOverrides(List.of(), List.of());

    /** A missing file means no overrides. */
    public static PositionOverrides read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return NONE;
        }
        List<PositionOverride> overrides = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            for (String column : List.of("source", "sentence_index", "topic", "stance")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    return new PositionOverrides(List.of(), List.of(new Finding("line 1", FindingCode.MALFORMED_ROW,
                            "The header lacks the column " + column + "; no override applied")));
                }
            }
            for (CSVRecord row : parser) {
                int line = (int) row.getParser().getCurrentLineNumber();
                try {
                    String stance = row.get("stance").toUpperCase();
                    overrides.add(new PositionOverride(row.get("source"), Integer.parseInt(row.get("sentence_index")),
                            row.get("topic"), stance.equals("NONE") ? null : Stance.valueOf(stance), line));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    findings.add(new Finding("line " + line, FindingCode.MALFORMED_ROW,
                            "Override skipped: sentence_index must be a number and stance one of FOR, AGAINST, "
                                    + "NEUTRAL, NONE (" + e.getMessage() + ")"));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new PositionOverrides(List.of(), List.of(Finding.inFile(FindingCode.MALFORMED_ROW,
                    "Cannot read the overrides: " + e.getMessage())));
        }
        return new PositionOverrides(List.copyOf(overrides), List.copyOf(findings));
    }
}
