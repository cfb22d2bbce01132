package org.rapporteur.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.report.SentenceSplitter;
import org.rapporteur.store.FactSource;

/**
 * The words a fact comes from, shown beside an attendance or participation row on the workbook: the sentence its
 * {@code sentence_index} names, split as the parser and the positions split it ({@link SentenceSplitter}), else its
 * paragraph, cut to a readable length. The CSV files name the place (source_file, paragraph, sentence_index) only.
 * Rows come meeting by meeting, so a source's paragraphs are read once, when its first row comes, and kept while a few
 * later sources are read: the export stays one pass over the rows.
 */
public final class Evidence {

    /** The most characters shown: a long sentence is cut, with "…"; the paragraph is in the report. */
    static final int MAX_CHARS = 200;
    /** Sources whose paragraphs are kept: a meeting's reports, lists and statements files. */
    private static final int SOURCES_KEPT = 16;

    private final FactSource facts;
    private final Map<String, Map<Integer, String>> kept = new LinkedHashMap<>(SOURCES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<Integer, String>> eldest) {
            return size() > SOURCES_KEPT;
        }
    };

    public Evidence(FactSource facts) {
        this.facts = facts;
    }

    /**
     * The sentence (or paragraph) at a place, as the sheet shows it; "" where the source keeps no text there (a list
     * of participants' line, a statements file's line). Values as a row holds them: numbers of any kind, or text.
     */
    public synchronized String at(Object sourceFile, Object paragraph, Object sentence) {
        if (sourceFile == null || sourceFile.toString().isEmpty()) {
            return "";
        }
        Integer number = number(paragraph);
        if (number == null) {
            return "";
        }
        String text = kept.computeIfAbsent(sourceFile.toString(), facts::paragraphs).get(number);
        if (text == null || text.isBlank()) {
            return "";
        }
        Integer index = number(sentence);
        if (index != null && index > 0) {
            List<String> sentences = SentenceSplitter.split(text);
            if (index <= sentences.size()) {
                return cut(sentences.get(index - 1));
            }
        }
        return cut(text);
    }

    // compiled once: every attendance and participation row of the workbook passes here
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** White space collapsed, at most {@link #MAX_CHARS} characters ending "…" where cut (at a word when it can). */
    static String cut(String text) {
        String flat = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
        if (flat.length() <= MAX_CHARS) {
            return flat;
        }
        int end = flat.lastIndexOf(' ', MAX_CHARS - 1);
        if (end < MAX_CHARS / 2) {
            end = MAX_CHARS - 1;
        }
        return flat.substring(0, end).stripTrailing() + "\u2026";
    }

    private static Integer number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return (int) Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
