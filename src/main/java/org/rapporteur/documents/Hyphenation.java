package org.rapporteur.documents;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word broken at a line-end hyphen keeps its hyphen ("non-" + "governmental") or loses it ("organiza-" +
 * "tion"), decided by the document itself: the hyphenated form elsewhere keeps it, the joined form elsewhere drops it,
 * else a prefix that English writes with a hyphen keeps it. Shared by the PDF reader and the plain-text parser.
 */
public final class Hyphenation {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*[\\p{L}]");
    private static final Set<String> HYPHEN_PREFIXES = Set.of(
            "non", "co", "self", "anti", "cross", "multi", "ex", "post", "pre", "well", "long", "high",
            "low", "semi", "vice", "quasi", "follow", "open", "state", "capacity", "decision", "law", "cyber",
            "member", "peace", "sub", "counter", "re", "e");

    private final Iterable<String> lines;
    /** The document's words, lowered; read at the first broken word (most documents have none). */
    private Set<String> words;

    /** @param lines the document's lines, read when a broken word is first met: they must not change until then */
    public Hyphenation(Iterable<String> lines) {
        this.lines = lines;
    }

    private Set<String> words() {
        if (words == null) {
            words = new HashSet<>();
            for (String line : lines) {
                Matcher m = WORD.matcher(line);
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    public boolean keepsHyphen(String head, String tail) {
        String joined = (head + tail).toLowerCase(Locale.ROOT);
        String hyphenated = (head + "-" + tail).toLowerCase(Locale.ROOT);
        Set<String> words = words();
        if (words.contains(hyphenated)) {
            return true;
        }
        if (words.contains(joined)) {
            return false;
        }
        return HYPHEN_PREFIXES.contains(head.toLowerCase(Locale.ROOT));
    }
}
