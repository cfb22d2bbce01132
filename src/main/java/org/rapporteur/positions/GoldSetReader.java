package org.rapporteur.positions;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a gold set: CSV with columns {@code id,sentence,topic,stance}; a sentence with several positions has several
 * rows with the same id; topic NONE means no position. Malformed rows are refused with their line number.
 */
public final class GoldSetReader {

    private GoldSetReader() {
    }

    public static List<GoldSentence> read(String source, Reader reader) throws IOException {
        Map<String, String> sentences = new LinkedHashMap<>();
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
                sentences.putIfAbsent(id, row.get("sentence").strip());
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
        sentences.forEach((id, sentence) -> out.add(new GoldSentence(id, sentence, Map.copyOf(labels.get(id)))));
        return out;
    }
}
