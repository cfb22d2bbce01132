package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapporteur.text.ThreadMemo;

/**
 * Splits paragraph text into sentences, robust to the abbreviations and numbering of UN reports ("Mr.", "No.",
 * "art. 32 (b)", "i.e.", "e.g.", "paras. 3–5", "H.E.", initials such as "J. Smith").
 */
public final class SentenceSplitter {

    /** A paragraph's or an item's number standing alone before a full stop: "12.", "IV.", "A.". */
    private static final Pattern NUMBERING = Pattern.compile("\\d{1,3}|[IVXL]{1,6}|[A-Z]");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "h.e", "e.g", "i.e", "etc", "cf", "no", "nos", "art", "arts", "para",
            "paras", "p", "pp", "vol", "chap", "sect", "fig", "st", "jr", "sr", "op", "cit", "ibid", "viz", "vs",
            "approx", "rev", "corr", "add", "inf", "crp", "distr", "annex", "u.s", "u.n", "a.m", "p.m", "resp", "incl",
            "sess", "suppl", "ed", "eds", "co", "ltd", "inc", "gen", "amb",
            // given names shortened before the rest of a name: "Ma. Teresa" (María), "Md." and "Mohd." (Mohammad)
            "ma", "md", "mohd", "muhd");

    private SentenceSplitter() {
    }

    /** Splits remembered per thread, by the text's letters. */
    private static final ThreadMemo<List<String>> SPLIT = new ThreadMemo<>(64, SentenceSplitter::splitAnew);

    /**
     * The sentences of a text, trimmed, in order; list items on lines of their own count as sentences. Unmodifiable.
     * The parser's classes and the positions each read a paragraph's sentences: the last 64 texts a thread split are
     * kept, so that a paragraph is split about once and its sentences are the same strings for all.
     */
    public static List<String> split(String text) {
        return SPLIT.get(text);
    }

    private static List<String> splitAnew(String text) {
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\n")) {
            splitLine(line, sentences);
        }
        return List.copyOf(sentences);
    }

    private static void splitLine(String line, List<String> out) {
        int start = 0;
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if ((c == '.' || c == '?' || c == '!') && depth == 0 && isBoundary(line, i)) {
                add(out, line.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(out, line.substring(start));
    }

    private static boolean isBoundary(String line, int i) {
        int next = i + 1;
        while (next < line.length() && (line.charAt(next) == '"' || line.charAt(next) == '”'
                || line.charAt(next) == '’' || line.charAt(next) == '\'' || line.charAt(next) == ')')) {
            next++;
        }
        if (next >= line.length()) {
            return true;
        }
        if (!Character.isWhitespace(line.charAt(next))) {
            return false;
        }
        int after = next;
        while (after < line.length() && Character.isWhitespace(line.charAt(after))) {
            after++;
        }
        if (after >= line.length()) {
            return true;
        }
        char first = line.charAt(after);
        if (!(Character.isUpperCase(first) || first == '“' || first == '"' || first == '[' || first == '(')) {
            return false;
        }
        if (line.charAt(i) == '?' && isLostLetter(line, i, first)) {
            return false;
        }
        if (line.charAt(i) != '.') {
            return true;
        }
        if (isNumbering(line, i)) {
            return false;
        }
        String word = wordBefore(line, i);
        if (word.isEmpty()) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (ABBREVIATIONS.contains(word.toLowerCase())) {
            return false;
        }
        return true;
    }

    /**
     * Whether the line before the full stop at {@code end}, without its surrounding white space, is a paragraph's or
     * an item's number ("12", "IV", "A"): at most six characters, so longer text is not matched at all.
     */
    private static boolean isNumbering(String line, int end) {
        int from = 0;
        while (from < end && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        int to = end;
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return to - from <= 6 && NUMBERING.matcher(line).region(from, to).matches();
    }

    /**
     * A "?" that stands for a letter the file's encoding could not hold ("Kova?evi? (Croatia)"), not a question: the
     * word it ends holds another such "?", or a bracket follows it.
     */
    private static boolean isLostLetter(String line, int at, char next) {
        if (at == 0 || !Character.isLetter(line.charAt(at - 1))) {
            return false;
        }
        int s = at;
        while (s > 0 && (Character.isLetter(line.charAt(s - 1)) || line.charAt(s - 1) == '?')) {
            s--;
        }
        return line.substring(s, at).indexOf('?') >= 0 || next == '(' || next == '[';
    }

    private static String wordBefore(String line, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(line.charAt(s - 1)) || line.charAt(s - 1) == '.')) {
            s--;
        }
        return line.substring(s, dot);
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
