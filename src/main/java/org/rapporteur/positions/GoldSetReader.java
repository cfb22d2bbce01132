package org.rapporteur.positions;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a labelled set: CSV with columns {@code id,sentence,topic,stance} and optionally
 * {@code speaker,on_behalf_of,body,tags}; a sentence with several positions has several rows with the same id; topic
 * NONE means no position. Malformed rows are refused with their line number.
 */
public final class GoldSetReader {

    private GoldSetReader() {
    }

    public static List<GoldSentence> read(String source, Reader reader) throws IOException {
        Map<String, CSVRecord> first = new LinkedHashMap<>();
        Map<String, Map<String, Stance>> labels = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(reader)) {
            for (String column : List.of("id", "sentence", "topic", "stance")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(source + ": missing column " + column);
                }
            }
            for (CSVRecord row : parser) {
                String where = source + " line " + row.getParser().getCurrentLineNumber();
                String id = row.get("id").strip();
                String topic = row.get("topic").strip();
                if (id.isEmpty() || topic.isEmpty()) {
                    throw new IllegalArgumentException(where + ": id and topic are required");
                }
                first.putIfAbsent(id, row);
                Map<String, Stance> forId = labels.computeIfAbsent(id, k -> new LinkedHashMap<>());
                if (!topic.equals("NONE")) {
                    try {
                        forId.put(topic, Stance.valueOf(row.get("stance").strip()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + ": stance \"" + row.get("stance")
                                + "\" is none of FOR, AGAINST, NEUTRAL");
                    }
                }
            }
        }
        List<GoldSentence> out = new ArrayList<>();
        first.forEach((id, row) -> out.add(new GoldSentence(id, row.get("sentence").strip(),
                Map.copyOf(labels.get(id)), optional(row, "body"), optional(row, "speaker"),
                optional(row, "on_behalf_of"), tags(optional(row, "tags")))));
        return out;
    }

    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
    }

    private static Set<String> tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : text.split(";")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return Set.copyOf(tags);
    }
}
