package org.rapporteur.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the sentence a fact comes from, so that a participation row or an attendance count names its paragraph and
 * sentence as a position does: the sentences are those {@link SentenceSplitter} gives the paragraph's text (the
 * positions' own), counted from 1. A row's sentence is one that prints its name as written (else its person) as whole
 * words ("Niger" is not in "Nigeria"), the first of them whose words say what the row's role did ("statements were
 * made by", "elected", "attended"), else the first of them: "Kenya was elected Rapporteur. Statements were made by
 * Kenya" puts Kenya's statement in the second. A count the report lists rather than prints is in the sentence of its
 * first entity. Where no sentence holds the fact (a name rewritten as read, an annex), the sentence is 0: the
 * paragraph stands alone.
 */
final class SentenceOfFact {

    /** The words of a sentence that says what a role did. */
    private static final Map<Role, Pattern> ROLE_WORDS = new EnumMap<>(Map.of(
            Role.CHAIR, Pattern.compile("(?i)\\b(?:chair\\w*|presid\\w*|opened|co-chair\\w*)"),
            Role.OFFICER, Pattern.compile("(?i)\\b(?:elect\\w*|bureau|vice-\\w+|rapporteur|officers?|office)\\b"),
            Role.PANELLIST, Pattern.compile("(?i)\\b(?:panel\\w*|present\\w*|moderat\\w*|speakers?|keynote)"),
            Role.STATEMENT, Pattern.compile("(?i)\\b(?:statements?|spoke|speaking|made|behalf|said|stated|expressed"
                    + "|reply|interventions?)\\b"),
            Role.REPRESENTED, Pattern.compile("(?i)\\b(?:attend\\w*|represented|participat\\w*|present|observers?"
                    + "|took\\s+part)\\b")));

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

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
        int found = first(of, row.nameAsWritten(), row.role());
        return found > 0 ? found : first(of, row.person(), row.role());
    }

    /** The first sentence holding the words whole that also says what the role did, else the first holding them. */
    private static int first(List<String> sentences, String words, Role role) {
        String wanted = collapsed(words);
        if (wanted.isEmpty()) {
            return 0;
        }
        // the words whole: made only once a sentence holds them as written (most sentences do not)
        Pattern whole = null;
        Pattern did = ROLE_WORDS.get(role);
        int first = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).contains(wanted)) {
                continue;
            }
            if (whole == null) {
                whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wanted) + "(?![\\p{L}\\p{N}])");
            }
            if (whole.matcher(sentences.get(i)).find()) {
                if (did == null || did.matcher(sentences.get(i)).find()) {
                    return i + 1;
                }
                first = first == 0 ? i + 1 : first;
            }
        }
        return first;
    }

    /**
     * White space collapsed to one space, stripped. Most sentences hold single spaces only: they are stripped without a
     * pattern (String.replaceAll compiled one per sentence, a twentieth of the parser's time).
     */
    private static String collapsed(String text) {
        if (text == null) {
            return "";
        }
        return hasRunOrOtherSpace(text) ? WHITE_SPACE.matcher(text).replaceAll(" ").strip() : text.strip();
    }

    /** Whether {@code \s+} would change the text: a white space other than one space, or two in a row. */
    private static boolean hasRunOrOtherSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
