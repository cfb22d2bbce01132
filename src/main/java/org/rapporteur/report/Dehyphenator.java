package org.rapporteur.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.documents.Hyphenation;

/**
 * Joins words hyphenated across line ends ("organiza-" + "tion"). Whether the hyphen stays ("non-" + "governmental")
 * is decided by the document itself: if the joined word occurs elsewhere without a hyphen it is dropped; if the
 * hyphenated form occurs elsewhere, or the first part is a prefix that English writes with a hyphen, it stays.
 */
final class Dehyphenator {

    /** Marks a line-end hyphen while lines are joined, so that the decision can be taken with the whole text known. */
    static final String MARK = "\u0000";

    private static final Pattern MARKED = Pattern.compile("([\\p{L}]+)-" + MARK + "([\\p{L}]+)");

    private final Hyphenation hyphenation;

    Dehyphenator(Iterable<String> lines) {
        this.hyphenation = new Hyphenation(lines);
    }

    /** Appends a line to text being joined, marking a line-end hyphen for {@link #resolve}. */
    static void append(StringBuilder text, String line) {
        if (text.length() == 0) {
            text.append(line);
            return;
        }
        int last = text.length() - 1;
        boolean hyphenEnd = text.charAt(last) == '-' && last > 0 && Character.isLetter(text.charAt(last - 1))
                && !line.isEmpty() && Character.isLowerCase(line.charAt(0));
        boolean hyphenBeforeName = text.charAt(last) == '-' && last > 0 && Character.isLetter(text.charAt(last - 1))
                && !line.isEmpty() && Character.isUpperCase(line.charAt(0));
        if (hyphenEnd) {
            text.append(MARK).append(line);
        } else if (hyphenBeforeName) {
            text.append(line);
        } else {
            text.append(' ').append(line);
        }
    }

    String resolve(String text) {
        if (!text.contains(MARK)) {
            return text;
        }
        Matcher m = MARKED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String head = m.group(1);
            String tail = m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(keepHyphen(head, tail) ? head + "-" + tail : head + tail));
        }
        m.appendTail(out);
        return out.toString().replace(MARK, " ");
    }

    private boolean keepHyphen(String head, String tail) {
        return hyphenation.keepsHyphen(head, tail);
    }
}
