package org.rapporteur.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression run only on text that holds one of the words every match of it holds ({@link RequiredText}),
 * looked for ignoring case: most of a report's sentences lack the words of most of the parser's patterns, and looking
 * for a word costs far less than trying a pattern at every character. On text without them the matcher finds nothing
 * at once; elsewhere it is the pattern's own, so every answer is the same as the pattern's. A pattern whose words
 * cannot be read from its syntax (or with flags other than ASCII case, lines and dots) is always run.
 */
public final class GuardedPattern {

    private static final Pattern NEVER = Pattern.compile("(?!)");
    /**
     * Per thread, the matcher of "(?!)" on "" handed out for text without the words: it finds nothing however often it
     * is asked (and a replacement on it gives ""), so one serves every call rather than a new one per call.
     */
    private static final ThreadLocal<Matcher> NEVER_MATCHER = ThreadLocal.withInitial(() -> NEVER.matcher(""));
    private static final int CASE_AND_LINES = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL;
    /**
     * Lowered texts remembered per thread, by their letters, as many classes read the same sentences: enough slots for
     * the texts of a whole report (a few hundred sentences, and their lines and parts), as each class reads them all.
     */
    private static final ThreadMemo<String> LOWERED = new ThreadMemo<>(2048, text -> text.toLowerCase(Locale.ROOT));

    private final Pattern pattern;
    /** Lower case; null when the pattern is always run. */
    private final String[] words;

    private GuardedPattern(Pattern pattern) {
        this.pattern = pattern;
        this.words = wordsOf(pattern);
    }

    public static GuardedPattern compile(String regex) {
        return new GuardedPattern(Pattern.compile(regex));
    }

    public static GuardedPattern compile(String regex, int flags) {
        return new GuardedPattern(Pattern.compile(regex, flags));
    }

    /** The pattern's matcher on the text, or one that finds nothing when the text lacks every word it needs. */
    public Matcher matcher(CharSequence text) {
        return mayMatch(text) ? pattern.matcher(text) : NEVER_MATCHER.get();
    }

    public String pattern() {
        return pattern.pattern();
    }

    /** False only when the pattern cannot match anywhere in the text. */
    public boolean mayMatch(CharSequence text) {
        if (words == null) {
            return true;
        }
        String lowered = lowered(text);
        for (String word : words) {
            if (lowered.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words, or null when none can be read: case flags only change case, and the words are looked for in the
     * lowered text. Only ASCII words are looked for, and only for patterns without Unicode case (where "ſ" matches
     * "s"), so that a text's lowering keeps every match of the pattern.
     */
    static String[] wordsOf(Pattern pattern) {
        if ((pattern.flags() & ~CASE_AND_LINES) != 0) {
            return null;
        }
        String source = pattern.pattern().replace("(?i)", "").replace("(?i:", "(?:");
        Set<String> words = RequiredText.of(source);
        if (words == null || words.stream().anyMatch(w -> w.chars().anyMatch(c -> c > 0x7F))) {
            return null;
        }
        return words.toArray(String[]::new);
    }

    /**
     * The text lowered. The parser's classes each read a report's sentences in turn, most of them as texts of their
     * own with the same letters, and several patterns read each: the last 2,048 texts a thread lowered
     * are kept by their letters (one slot per hash), so a sentence is lowered about once per report.
     */
    private static String lowered(CharSequence text) {
        if (!(text instanceof String string)) {
            return text.toString().toLowerCase(Locale.ROOT);
        }
        return LOWERED.get(string);
    }
}
