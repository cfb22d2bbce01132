package org.rapporteur.text;

/**
 * The opening of a group in a regular expression's source, as {@link RequiredText} and {@link MatchStarts} read it:
 * where the group's body begins and whether the group is a look-around (which reads without taking).
 *
 * @param bodyStart the index of the first character of the group's body
 * @param lookaround whether the group is a look-ahead or look-behind
 */
record GroupOpening(int bodyStart, boolean lookaround) {

    /**
     * Reads the opening of the group whose '(' stands at {@code open}.
     *
     * @throws IllegalArgumentException for inline flags and atomic groups, which neither reader reads
     */
    static GroupOpening at(String source, int open) {
        int at = open + 1;
        if (source.startsWith("?:", at)) {
            return new GroupOpening(at + 2, false);
        }
        if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
            return new GroupOpening(at + 2, true);
        }
        if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
            return new GroupOpening(at + 3, true);
        }
        if (source.startsWith("?<", at)) {
            return new GroupOpening(source.indexOf('>', at) + 1, false);
        }
        if (source.startsWith("?", at)) {
            throw new IllegalArgumentException("inline flags or atomic groups not read");
        }
        return new GroupOpening(at, false);
    }

    /** The index just after the character class whose '[' stands at {@code open} (nested classes and escapes skipped). */
    static int endOfClass(String source, int open) {
        int at = open + 1;
        if (at < source.length() && source.charAt(at) == '^') {
            at++;
        }
        if (at < source.length() && source.charAt(at) == ']') {
            at++;
        }
        while (source.charAt(at) != ']') {
            if (source.charAt(at) == '\\') {
                at++;
            } else if (source.charAt(at) == '[') {
                at = endOfClass(source, at);
                continue;
            }
            at++;
        }
        return at + 1;
    }
}
