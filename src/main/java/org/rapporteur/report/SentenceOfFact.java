package org.rapporteur.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the sentence a fact comes from, so that a participation row or an attendance count names its paragraph and
 * sentence as a position does: the sentences are those {@link SentenceSplitter} gives the paragraph's text (the
 * positions' own), counted from 1. A row's sentence is the first that prints its name as written (else its person);
 * a count the report lists rather than prints is in the sentence of its first entity. Where no one sentence holds the
 * fact (a name rewritten as read, an annex), the sentence is 0: the paragraph stands alone.
 */
final class SentenceOfFact {

    private final Map<Integer, List<String>> sentences = new HashMap<>();

    SentenceOfFact(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            if (p.number() > 0) {
                // a corrigendum's paragraph printed twice keeps its first text, as the positions read it
                sentences.putIfAbsent(p.number(), SentenceSplitter.split(p.text()).stream()
                        .map(SentenceOfFact::collapsed).toList());
            }
        }
    }

    /** The rows, each with its sentence where it had none. */
    List<Participation> of(List<Participation> rows) {
        return rows.stream().map(r -> r.sentence() > 0 ? r : r.inSentence(sentenceOf(r))).toList();
    }

    /** The counts, each with its sentence where it had none: a LIST count's is its first entity's. */
    List<AttendanceCount> counts(List<AttendanceCount> counts, List<Participation> rows) {
        return counts.stream().map(c -> c.sentence() > 0 ? c : c.inSentence(rows.stream()
                .filter(r -> r.role() == Role.REPRESENTED && r.paragraph() == c.paragraph()
                        && r.category() == c.category() && r.sentence() > 0)
                .mapToInt(Participation::sentence).findFirst().orElse(0))).toList();
    }

    private int sentenceOf(Participation row) {
        List<String> of = sentences.getOrDefault(row.paragraph(), List.of());
        if (of.size() == 1) {
            return 1;
        }
        int found = first(of, row.nameAsWritten());
        return found > 0 ? found : first(of, row.person());
    }

    private static int first(List<String> sentences, String words) {
        String wanted = collapsed(words);
        if (wanted.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(wanted)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String collapsed(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
