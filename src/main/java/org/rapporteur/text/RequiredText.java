package org.rapporteur.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What text a regular expression needs: a few literal strings, one of which every match contains ("supported",
 * "favoured" or "backed" for a SUPPORT cue). A sentence holding none of them cannot match, so the pattern is not run on
 * it at all: most cues and topics are absent from most sentences, and trying a pattern at every character costs far
 * more than looking for a word. Found by reading the pattern's syntax; anything it does not understand gives no
 * requirement (the pattern is then always run), so it never hides a match. Strings are lower case, for patterns
 * matched case-insensitively.
 */
public final class RequiredText {

    private static final int MAX_EXACT = 24;

    /** A node's facts: the exact strings it can match (null when unknown or too many), or a requirement (null when none). */
    private record Info(Set<String> exact, Set<String> required) {
        static final Info EMPTY = new Info(Set.of(""), null);
        static final Info UNKNOWN = new Info(null, null);

        /** The best requirement this node gives on its own. */
        Set<String> requirement() {
            if (exact != null && minLength(exact) > 0) {
                return exact;
            }
            return required;
        }
    }

    private final String source;
    private int at;

    private RequiredText(String source) {
        this.source = source;
    }

    /** The strings one of which a match of {@code regex} contains, or null when nothing is required. */
    public static Set<String> of(String regex) {
        try {
            RequiredText parser = new RequiredText(regex);
            Info info = parser.alternation();
            if (parser.at != regex.length()) {
                return null;
            }
            Set<String> req = info.requirement();
            return req == null || minLength(req) == 0 ? null : Set.copyOf(req);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(concatenation());
        while (at < source.length() && source.charAt(at) == '|') {
            at++;
            branches.add(concatenation());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (Info b : branches) {
            if (exact != null) {
                if (b.exact() == null) {
                    exact = null;
                } else {
                    exact.addAll(b.exact());
                }
            }
            Set<String> r = b.requirement();
            if (required != null) {
                if (r == null || minLength(r) == 0) {
                    required = null;
                } else {
                    required.addAll(r);
                }
            }
        }
        if (exact != null && exact.size() > MAX_EXACT) {
            exact = null;
        }
        return new Info(exact, required);
    }

    private Info concatenation() {
        Set<String> current = Set.of("");
        List<Set<String>> candidates = new ArrayList<>();
        boolean exactKnown = true;
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            Info piece = quantified(atom());
            if (piece.exact() != null && current != null) {
                Set<String> product = product(current, piece.exact());
                if (product != null) {
                    current = product;
                    continue;
                }
            }
            if (current != null && minLength(current) > 0) {
                candidates.add(current);
            }
            if (piece.required() != null) {
                candidates.add(piece.required());
            } else if (piece.exact() != null && minLength(piece.exact()) > 0) {
                candidates.add(piece.exact());
            }
            exactKnown = false;
            current = piece.exact() != null ? piece.exact() : Set.of("");
        }
        if (exactKnown) {
            return new Info(current, null);
        }
        if (current != null && minLength(current) > 0) {
            candidates.add(current);
        }
        Set<String> best = null;
        for (Set<String> c : candidates) {
            if (best == null || minLength(c) > minLength(best)) {
                best = c;
            }
        }
        return new Info(null, best);
    }

    private Info quantified(Info atom) {
        if (at >= source.length()) {
            return atom;
        }
        char c = source.charAt(at);
        int min;
        boolean bounded = true;
        int max = 1;
        if (c == '?') {
            min = 0;
            at++;
        } else if (c == '*') {
            min = 0;
            bounded = false;
            at++;
        } else if (c == '+') {
            min = 1;
            bounded = false;
            at++;
        } else if (c == '{' && source.indexOf('}', at) > at) {
            String inside = source.substring(at + 1, source.indexOf('}', at));
            if (!inside.matches("\\d+(,\\d*)?")) {
                return atom;
            }
            at = source.indexOf('}', at) + 1;
            String[] parts = inside.split(",", -1);
            min = Integer.parseInt(parts[0]);
            if (parts.length == 1) {
                max = min;
            } else if (parts[1].isEmpty()) {
                bounded = false;
            } else {
                max = Integer.parseInt(parts[1]);
            }
        } else {
            return atom;
        }
        if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
            at++;
        }
        if (min == 0) {
            if (bounded && max == 1 && atom.exact() != null) {
                Set<String> exact = new LinkedHashSet<>(atom.exact());
                exact.add("");
                return new Info(exact, null);
            }
            return Info.EMPTY.exact() != null ? new Info(null, null) : Info.UNKNOWN;
        }
        if (min == 1 && bounded && max == 1) {
            return atom;
        }
        return new Info(null, atom.requirement());
    }

    private Info atom() {
        char c = source.charAt(at);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                skipClass();
                return Info.UNKNOWN;
            }
            case '.' -> {
                at++;
                return Info.UNKNOWN;
            }
            case '^', '$' -> {
                at++;
                return Info.EMPTY;
            }
            case '\\' -> {
                return escape();
            }
            default -> {
                at++;
                return new Info(Set.of(String.valueOf(c).toLowerCase(Locale.ROOT)), null);
            }
        }
    }

    private Info escape() {
        char e = source.charAt(at + 1);
        at += 2;
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
            return Info.EMPTY;
        }
        if (Character.isLetterOrDigit(e)) {
            if (e == 'p' || e == 'P') {
                // a character property, "\\p{L}" or "\\pL": some one character
                at = at < source.length() && source.charAt(at) == '{' ? source.indexOf('}', at) + 1 : at + 1;
                if (at <= 0 || at > source.length()) {
                    throw new IllegalArgumentException("not read");
                }
                return Info.UNKNOWN;
            }
            if (e == 'Q' || e == 'k' || e == 'x' || e == 'u' || e == 'c' || e == 'N') {
                throw new IllegalArgumentException("not read");
            }
            return Info.UNKNOWN;
        }
        return new Info(Set.of(String.valueOf(e).toLowerCase(Locale.ROOT)), null);
    }

    private Info group() {
        GroupOpening opening = GroupOpening.at(source, at);
        at = opening.bodyStart();
        boolean lookaround = opening.lookaround();
        Info inside = alternation();
        if (at >= source.length() || source.charAt(at) != ')') {
            throw new IllegalArgumentException("unbalanced");
        }
        at++;
        return lookaround ? Info.EMPTY : inside;
    }

    private void skipClass() {
        at = GroupOpening.endOfClass(source, at);
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_EXACT) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    private static int minLength(Set<String> strings) {
        int min = Integer.MAX_VALUE;
        for (String s : strings) {
            min = Math.min(min, s.length());
        }
        return strings.isEmpty() ? 0 : min;
    }
}
