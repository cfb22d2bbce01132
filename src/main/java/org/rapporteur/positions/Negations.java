package org.rapporteur.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Negation, as the codebook's sections say it: which words negate ({@code negations}), where a negation's scope ends
 * ({@code negationScopeEnds}) and which negated subjects cancel the negation after them ({@code negatedSubjects}: "no
 * delegation questioned …"). The rules flip the first cue after a negation within a few words of its clause ({@link
 * #before}); the learned combiner reads every word in a negation's scope as negated ({@link #scopes}).
 */
final class Negations {

    private static final int NEGATION_WINDOW = 90;
    private static final int DOUBLE_NEGATION_WINDOW = 12;
    /** How far before a word a negating prefix may start ("non-"). */
    private static final int PREFIX_WINDOW = 8;

    private final Codebook codebook;
    private final Prefilter prefilter;

    Negations(Codebook codebook, Prefilter prefilter) {
        this.codebook = codebook;
        this.prefilter = prefilter;
    }

    /** A negation before a cue: where it ends and its words. */
    record Negation(int end, String words) {
    }

    /**
     * Where the sentence is negated: from each negation to the end of its scope, the next of the codebook's scope ends;
     * as [start, end) pairs. Scopes may nest: a word inside two is not negated ("no delegation questioned the need for
     * X": "questioned" is negated, "the need for X" is not), as the rules cancel a negated negation.
     */
    List<int[]> scopes(String text) {
        List<int[]> words = new ArrayList<>();
        for (Pattern negation : codebook.negations()) {
            Matcher m = prefilter.matcher(negation, text);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        // one negation matched by two patterns ("not" and "not convinced that") is one negation, not two that cancel
        words.sort(Comparator.<int[]>comparingInt(w -> w[0]).thenComparingInt(w -> -w[1]));
        List<int[]> scopes = new ArrayList<>();
        int covered = -1;
        for (int[] w : words) {
            if (w[0] < covered) {
                continue;
            }
            covered = w[1];
            int end = text.length();
            for (Pattern scopeEnd : codebook.negationScopeEnds()) {
                Matcher e = scopeEnd.matcher(text);
                if (e.find(w[1])) {
                    end = Math.min(end, e.start());
                }
            }
            scopes.add(new int[] {w[0], end});
        }
        // a negating prefix's scope is the one word it is attached to ("non-necessity")
        for (Pattern prefix : codebook.negatingPrefixes()) {
            Matcher m = prefix.matcher(text);
            while (m.find()) {
                int end = m.end();
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                scopes.add(new int[] {m.start(), end});
            }
        }
        scopes.sort(Comparator.comparingInt(s -> s[0]));
        return List.copyOf(scopes);
    }

    /** The negating prefix attached to the word that starts at {@code wordStart} ("non-" of "non-necessity"), or null. */
    String prefix(String text, int wordStart) {
        for (Pattern prefix : codebook.negatingPrefixes()) {
            Matcher m = prefix.matcher(text);
            m.region(Math.max(0, wordStart - PREFIX_WINDOW), text.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            while (m.find() && m.start() < wordStart) {
                if (m.end() == wordStart) {
                    return m.group();
                }
            }
        }
        return null;
    }

    /** The negation just before a cue, within a few words and the same clause; null when none. */
    Negation before(String text, int cueStart) {
        int from = Math.max(0, cueStart - NEGATION_WINDOW);
        String window = text.substring(from, cueStart);
        int clauseBreak = -1;
        for (Pattern end : codebook.negationScopeEnds()) {
            Matcher breaks = end.matcher(window);
            while (breaks.find()) {
                clauseBreak = Math.max(clauseBreak, breaks.end());
            }
        }
        if (clauseBreak >= 0) {
            from += clauseBreak;
            window = window.substring(clauseBreak);
        }
        Negation last = null;
        int lastStart = 0;
        for (Pattern negation : codebook.negations()) {
            Matcher m = prefilter.matcher(negation, text);
            if (m.regionEnd() != text.length()) {
                continue; // the prefilter's matcher that finds nothing
            }
            // matched inside the window, but seeing the text around it: a negation's look-ahead reads the words after
            // it ("little" negates only before "value", "support" …: "saw little value in X"), and a word cut by the
            // window's start is not a word
            m.region(from, cueStart);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            while (m.find()) {
                if (last == null || m.end() > last.end) {
                    last = new Negation(m.end(), m.group());
                    lastStart = m.start() - from;
                }
            }
        }
        if (last != null && negatedNegation(window.substring(0, lastStart))) {
            return null;
        }
        Negation report = negatedReport(text, cueStart);
        if (report != null) {
            // "no expert argued that X was not needed": a negation inside the report and the report's cancel out; the
            // "No" of "No delegation called for the removal of X" is the report's own, not a second one
            return last != null && last.end() > report.end() ? null : report;
        }
        return last;
    }

    /**
     * Where the report itself is denied: a negated subject and a reporting verb ("No expert argued that", "None of the
     * delegations suggested that", "Not a single speaker maintained that") negate what is reported, however far the
     * cue stands from the negation, up to where the sentence turns ({@link #TURN}: "; " or "but", "while", "whereas",
     * "however"); null when the cue is not inside such a report. "No expert argued that the Convention had become
     * obsolete" is FOR the Convention.
     */
    Negation negatedReport(String text, int cueStart) {
        String before = text.substring(0, cueStart);
        for (Pattern verb : codebook.reportingVerbs()) {
            Matcher m = prefilter.matcher(verb, before);
            while (m.find()) {
                String subject = before.substring(0, m.start());
                if (TURN.matcher(before.substring(m.end())).find()) {
                    continue;
                }
                for (Pattern negated : codebook.negatedSubjects()) {
                    Matcher s = negated.matcher(subject);
                    if (s.find()) {
                        return new Negation(m.end(), subject.substring(s.start()).strip() + " " + m.group());
                    }
                }
            }
        }
        return null;
    }

    /** Where a sentence turns to another view: a report denied before it does not reach past it. */
    private static final Pattern TURN = Pattern.compile(";|\\b(?:but|while|whereas|however|although)\\b");

    /** A negation that is itself negated cancels out: "it could not be denied that", "it was not disputed that". */
    private boolean negatedNegation(String before) {
        String near = before.substring(Math.max(0, before.length() - DOUBLE_NEGATION_WINDOW));
        for (Pattern subject : codebook.negatedSubjects()) {
            if (subject.matcher(before).find()) {
                return true;
            }
        }
        for (Pattern negation : codebook.negations()) {
            if (prefilter.matcher(negation, near).find()) {
                return true;
            }
        }
        return false;
    }
}
