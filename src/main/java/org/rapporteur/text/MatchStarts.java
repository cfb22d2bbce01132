package org.rapporteur.text;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a match of a regular expression can begin: at a character it can begin with, and for a pattern that opens with
 * {@code (?<![\p{L}\p{N}])} (the codebook's whole words) where no ASCII letter or digit stands just before. Most of a
 * sentence's characters are neither, and a pattern of many alternatives tried at each of them costs far more than a
 * look at one character. {@link #find} finds what {@link Matcher#find()} finds, trying the pattern only at those
 * characters: a necessary condition, never a decision, so every match is the pattern's own.
 *
 * <p>The first characters are read from the pattern's syntax; only ASCII ones are known (both cases of a letter, as a
 * case-insensitive pattern matches either), and any other character of a text counts as a possible start. A pattern
 * whose start cannot be read (a property, a negated class, a back-reference, {@code \G}, inline flags, or a match that
 * can be empty) has none: {@link #of} gives null and the pattern is run as it is.
 */
public final class MatchStarts {

    private static final String WHOLE_WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final int ASCII = 128;

    /** The ASCII characters a match can begin with. */
    private final boolean[] first;
    /** True when a letter or digit just before rules a start out (the pattern's own look-behind). */
    private final boolean afterNonWord;

    private MatchStarts(boolean[] first, boolean afterNonWord) {
        this.first = first;
        this.afterNonWord = afterNonWord;
    }

    /** The starts of the pattern's matches, or null when they cannot be read from it. */
    public static MatchStarts of(Pattern pattern) {
        int unread = Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CHARACTER_CLASS;
        if ((pattern.flags() & unread) != 0) {
            return null;
        }
        String source = pattern.pattern();
        First first;
        try {
            Reader reader = new Reader(source);
            first = reader.alternation();
            if (reader.at != source.length()) {
                return null;
            }
        } catch (RuntimeException e) {
            return null;
        }
        if (first.chars == null || first.nullable) {
            return null;
        }
        return new MatchStarts(first.chars, source.startsWith(WHOLE_WORD_START));
    }

    /** A matcher of the pattern on the text, set to read around each start as {@link Matcher#find()} reads around it. */
    public static Matcher matcher(Pattern pattern, CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match at or after {@code from}, as {@link Matcher#find()} would find it from there: true with the
     * matcher on it (start, end, groups), false when there is none.
     *
     * @param matcher one of {@link #matcher}, on {@code text}
     */
    public boolean find(Matcher matcher, CharSequence text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c < ASCII && !first[c]) {
                continue;
            }
            if (afterNonWord && i > 0) {
                char before = text.charAt(i - 1);
                if (before < ASCII && (before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z'
                        || before >= '0' && before <= '9')) {
                    continue;
                }
            }
            matcher.region(i, length);
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hands the matcher, on each match of the pattern in the text in turn, to the action, as a loop over
     * {@link Matcher#find()} would.
     *
     * @param starts the pattern's starts, or null to run the pattern at every character
     */
    public static void forEach(Pattern pattern, MatchStarts starts, CharSequence text, Consumer<Matcher> action) {
        if (starts == null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                action.accept(m);
            }
            return;
        }
        Matcher m = matcher(pattern, text);
        // a match is never empty (a pattern that can match nothing has no starts), so the next begins at its end
        for (int from = 0; starts.find(m, text, from); from = m.end()) {
            action.accept(m);
        }
    }

    /** Whether the pattern's matches can begin with the character (for tests). */
    boolean mayBeginWith(char c) {
        return c >= ASCII || first[c];
    }

    /** What can begin a match of a part of a pattern: ASCII characters (null: unknown) and whether it can be empty. */
    private record First(boolean[] chars, boolean nullable) {
        static First empty() {
            return new First(new boolean[ASCII], true);
        }

        static First unknown(boolean nullable) {
            return new First(null, nullable);
        }
    }

    /** Reads a pattern's syntax far enough to know its first characters; throws on what it does not read. */
    private static final class Reader {
        private final String source;
        private int at;

        Reader(String source) {
            this.source = source;
        }

        First alternation() {
            First all = concatenation();
            while (at < source.length() && source.charAt(at) == '|') {
                at++;
                First branch = concatenation();
                all = new First(union(all.chars, branch.chars), all.nullable || branch.nullable);
            }
            return all;
        }

        /** A sequence: the first characters of its parts up to the first that cannot be empty. */
        First concatenation() {
            boolean[] chars = new boolean[ASCII];
            boolean nullable = true;
            while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
                First part = quantified(atom());
                if (nullable) {
                    chars = union(chars, part.chars);
                    nullable = part.nullable;
                }
            }
            return new First(chars, nullable);
        }

        First quantified(First atom) {
            if (at >= source.length()) {
                return atom;
            }
            char c = source.charAt(at);
            boolean canBeNone;
            if (c == '?' || c == '*') {
                canBeNone = true;
                at++;
            } else if (c == '+') {
                canBeNone = false;
                at++;
            } else if (c == '{') {
                int close = source.indexOf('}', at);
                String inside = source.substring(at + 1, close);
                if (!inside.matches("\\d+(,\\d*)?")) {
                    throw new IllegalArgumentException("not read");
                }
                canBeNone = Integer.parseInt(inside.split(",", -1)[0]) == 0;
                at = close + 1;
            } else {
                return atom;
            }
            if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
                at++;
            }
            return new First(atom.chars, atom.nullable || canBeNone);
        }

        First atom() {
            char c = source.charAt(at);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return characterClass();
                }
                case '.' -> {
                    at++;
                    return First.unknown(false);
                }
                case '^', '$' -> {
                    at++;
                    return First.empty();
                }
                case '\\' -> {
                    return escape();
                }
                default -> {
                    at++;
                    return literal(c);
                }
            }
        }

        First group() {
            GroupOpening opening = GroupOpening.at(source, at);
            at = opening.bodyStart();
            boolean lookaround = opening.lookaround();
            if (lookaround) {
                // a look-around reads without taking: what follows it begins the match, whatever it holds
                skipToClose();
                return First.empty();
            }
            First inside = alternation();
            if (at >= source.length() || source.charAt(at) != ')') {
                throw new IllegalArgumentException("unbalanced");
            }
            at++;
            return inside;
        }

        /** Past the bracket that closes the group being read, over escapes, classes and inner groups. */
        private void skipToClose() {
            int depth = 1;
            while (depth > 0) {
                char c = source.charAt(at);
                if (c == '\\') {
                    at += 2;
                    continue;
                }
                if (c == '[') {
                    skipClass();
                    continue;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                at++;
            }
        }

        private void skipClass() {
            at = GroupOpening.endOfClass(source, at);
        }

        First escape() {
            char e = source.charAt(at + 1);
            at += 2;
            switch (e) {
                case 'b', 'B', 'A', 'z', 'Z' -> {
                    return First.empty();
                }
                case 'd' -> {
                    return range('0', '9');
                }
                case 's' -> {
                    return chars(" \t\n\u000B\f\r");
                }
                case 'w' -> {
                    return new First(union(union(range('a', 'z').chars, range('0', '9').chars),
                            chars("_").chars), false);
                }
                case 't' -> {
                    return chars("\t");
                }
                case 'n' -> {
                    return chars("\n");
                }
                case 'r' -> {
                    return chars("\r");
                }
                case 'f' -> {
                    return chars("\f");
                }
                case 'D', 'S', 'W', 'h', 'H', 'v', 'V', 'R', 'X' -> {
                    return First.unknown(false);
                }
                case 'p', 'P' -> {
                    at = at < source.length() && source.charAt(at) == '{' ? source.indexOf('}', at) + 1 : at + 1;
                    if (at <= 0 || at > source.length()) {
                        throw new IllegalArgumentException("not read");
                    }
                    return First.unknown(false);
                }
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        // \G, back-references, \Q…\E, hexadecimal and Unicode escapes, control characters, named
                        // groups, octal: not read
                        throw new IllegalArgumentException("not read: \\" + e);
                    }
                    return literal(e);
                }
            }
        }

        /** A class of plain characters, ranges and the escapes {@code \s \d \w}; anything else is not read. */
        First characterClass() {
            at++;
            if (source.charAt(at) == '^') {
                throw new IllegalArgumentException("negated class not read");
            }
            boolean[] chars = new boolean[ASCII];
            boolean firstMember = true;
            while (firstMember || source.charAt(at) != ']') {
                firstMember = false;
                char c = source.charAt(at);
                if (c == '[' || c == '&') {
                    throw new IllegalArgumentException("nested class not read");
                }
                First member;
                if (c == '\\') {
                    member = escape();
                    if (member.chars == null || member.nullable) {
                        throw new IllegalArgumentException("class member not read");
                    }
                } else {
                    at++;
                    if (at + 1 < source.length() && source.charAt(at) == '-' && source.charAt(at + 1) != ']') {
                        char to = source.charAt(at + 1);
                        if (to == '\\' || to == '[') {
                            throw new IllegalArgumentException("range not read");
                        }
                        at += 2;
                        if (c >= ASCII || to >= ASCII || to < c) {
                            throw new IllegalArgumentException("range not read");
                        }
                        member = range(c, to);
                    } else {
                        member = literal(c);
                    }
                }
                chars = union(chars, member.chars);
            }
            at++;
            return new First(chars, false);
        }

        /**
         * A character: itself, and the other case of an ASCII letter. A case-insensitive pattern's non-ASCII letter
         * can match an ASCII one ("K", the Kelvin sign, matches "k"): its ASCII case forms are kept; which non-ASCII
         * characters it matches does not matter, as every non-ASCII character counts as a start.
         */
        private static First literal(char c) {
            boolean[] chars = new boolean[ASCII];
            for (int form : new int[] {c, Character.toLowerCase(c), Character.toUpperCase(c),
                    Character.toLowerCase(Character.toUpperCase(c))}) {
                if (form < ASCII) {
                    chars[form] = true;
                    chars[Character.toLowerCase(form)] = true;
                    chars[Character.toUpperCase(form)] = true;
                }
            }
            return new First(chars, false);
        }

        private static First range(char from, char to) {
            boolean[] chars = new boolean[ASCII];
            for (char c = from; c <= to; c++) {
                chars = union(chars, literal(c).chars);
            }
            return new First(chars, false);
        }

        private static First chars(String members) {
            boolean[] chars = new boolean[ASCII];
            for (char c : members.toCharArray()) {
                chars[c] = true;
            }
            return new First(chars, false);
        }

        private static boolean[] union(boolean[] a, boolean[] b) {
            if (a == null || b == null) {
                return null;
            }
            boolean[] out = a.clone();
            for (int i = 0; i < ASCII; i++) {
                out[i] |= b[i];
            }
            return out;
        }
    }
}
