package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an annex's list under its heading as they come out of the three formats: a Word table's row of names
 * (cells apart by tabs), a PDF's row of names in columns (the columns joined by one space: "Algeria Argentina
 * Australia"), a name wrapped over two or three lines in a narrow column ("United Kingdom of Great" / "Britain and
 * Northern" / "Ireland"), a delegation with its persons ("Chile: Ana Pérez, Juan Soto"), a person of the delegation
 * above ("Ms. Ana Pérez, Ambassador"), and a French heading ("États non membres représentés par des observateurs").
 * Plain functions of the lines and of which names the reference tables know as written.
 */
final class AnnexListLines {

    /** The most words a name of the tables has ("United Kingdom of Great Britain and Northern Ireland": 8). */
    private static final int MAX_NAME_WORDS = 12;
    /** How many printed lines a name of a narrow column may be wrapped over. */
    private static final int MAX_WRAPPED_LINES = 3;
    /** A person's line: an honorific first ("Ms. Ana Pérez", "H.E. Mr. …", "Mme Claire Dubois"). */
    private static final Pattern PERSON = Pattern.compile("(?:" + Honorifics.EXCELLENCY + "\\.\\s+|" + Honorifics.EXCELENCIA + "\\.\\s+)?"
            + Honorifics.any(Honorifics.ENGLISH, Honorifics.FRENCH, Honorifics.PROF, Honorifics.CLERGY, Honorifics.SPANISH, "M", "Amb")
            + "\\.?\\s+\\p{Lu}.*");
    /** A line that ends with a small word, which no name ends with. */
    private static final Pattern OPEN_END = Pattern.compile("\\s(?:and|of|the|for|on|in|to|related|de|des|du|la|et|y|del)$");
    /** "Ruth Achieng (Kenya)": a name and a bracket, which {@link #isPerson} checks is a State's. */
    private static final Pattern PERSON_AND_STATE = Pattern.compile("\\p{Lu}[^()]{2,60}?\\s+\\(([^()]{3,60})\\)");
    private static final Pattern SMALL_WORD = Pattern.compile("(?<![\\p{L}-])\\p{Ll}[\\p{L}’']*");
    /** The small words inside names of States and organisations, in English, French and Spanish. */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("of", "the", "and", "for", "on", "in",
            "to", "against", "with", "at", "by", "de", "la", "le", "les", "des", "du", "et", "y", "del", "para", "en",
            "à", "au", "aux", "pour", "sur", "contre", "los", "las", "el");
    /** "Chile: Ana Pérez, Juan Soto": a delegation, a colon, its persons. */
    private static final Pattern DELEGATION_AND_PERSONS = Pattern.compile("([^:]{2,100}?)\\s*:\\s+\\S.*");
    /** A word of a sentence, not of a name: a verb in a finite form ("should", "recommended", "were"). */
    private static final Pattern FINITE_VERB = Pattern.compile("\\b(?:should|shall|must|may|might|will|would|could|can"
            + "|is|are|was|were|has|have|had|recommend(?:s|ed)|decided|agreed|requested|noted|invited|urged"
            + "|encouraged|welcomed|considered|took|adopted)\\b");

    /** A French heading's words and their English ones, in the order they are replaced (longer phrases first). */
    private static final String[][] FRENCH = {
            {"organisations?\\s+intergouvernementales?", "intergovernmental organizations"},
            {"organisations?\\s+non[- ]gouvernementales?", "non-governmental organizations"},
            {"institutions?\\s+spécialisées?", "specialized agencies"},
            {"(?:organismes|entités|services|bureaux|départements)\\s+(?:et\\s+\\p{L}+\\s+)?(?:du\\s+système\\s+)?des\\s+"
                    + "Nations\\s+Unies", "United Nations entities"},
            {"(?:de\\s+l'|de\\s+l’)Organisation\\s+des\\s+Nations\\s+Unies", "of the United Nations"},
            {"non[- ]membres?", "non-member"},
            {"États?", "States"},
            {"membres", "members"},
            {"signataires", "signatory"},
            {"observateurs?", "observers"},
            {"représentée?s?", "represented"},
            {"organisations", "organizations"},
            {"secteur\\s+privé", "private sector"},
            {"milieux\\s+universitaires|universités", "academia"},
    };
    private static final Pattern[] FRENCH_WORDS = java.util.Arrays.stream(FRENCH)
            .map(pair -> Pattern.compile("(?iu)(?<!\\p{L})" + pair[0] + "(?!\\p{L})")).toArray(Pattern[]::new);
    private static final Pattern STATE_WORD = Pattern.compile("(?<!\\p{L})(états?|states?)(?!\\p{L})");

    private AnnexListLines() {
    }

    /**
     * A heading in French in the English words the categories are read from ("États non membres représentés par des
     * observateurs" → "States non-member represented par des observers"); an English heading as it is.
     */
    static String inEnglish(String heading) {
        String out = heading;
        for (int i = 0; i < FRENCH.length; i++) {
            out = FRENCH_WORDS[i].matcher(out).replaceAll(FRENCH[i][1]);
        }
        return out;
    }

    /** A heading in capitals in small letters, "States" and "États" capitalised as headings write them. */
    static String capitalised(String line) {
        Matcher m = STATE_WORD.matcher(line.toLowerCase(java.util.Locale.ROOT));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Whether a line is a person, not an entity: of the delegation above it ("Ms. Ana Pérez, Counsellor"), or with her
     * State in brackets ("Ruth Achieng (Kenya)", an expert in her personal capacity).
     */
    static boolean isPerson(String line, Predicate<String> isKnown) {
        if (PERSON.matcher(line).matches()) {
            return true;
        }
        Matcher bracket = PERSON_AND_STATE.matcher(line);
        return bracket.matches() && isKnown.test(bracket.group(1)) && !isKnown.test(line);
    }

    /**
     * Whether a line that names nothing the tables know reads as prose or as a heading of another kind ("Experts
     * serving in their personal capacity"): three words or more in small letters besides the small words of names.
     */
    static boolean isProse(String line) {
        Matcher word = SMALL_WORD.matcher(line);
        int words = 0;
        while (word.find()) {
            if (!NAME_PARTICLES.contains(word.group())) {
                words++;
            }
        }
        return words >= 3;
    }

    /** The delegation of a line "Chile: Ana Pérez, Juan Soto", where what stands before the colon is a known name. */
    static String delegationOfPersons(String line, Predicate<String> isKnown) {
        Matcher m = DELEGATION_AND_PERSONS.matcher(line);
        return m.matches() && isKnown.test(m.group(1).strip()) ? m.group(1).strip() : null;
    }

    /** Whether a line says something, as a sentence of an annex's recommendations does, rather than name. */
    static boolean isSentence(String line) {
        return FINITE_VERB.matcher(line).find();
    }

    /**
     * The known names a line of columns holds, in order ("Iran (Islamic Republic of) Japan Kenya" → the three), where
     * the line is nothing but known names apart by spaces, at least two of them (the fewest that cover it); else an
     * empty list. A line with a comma is a list of its own, never such a row.
     */
    static List<String> knownNamesInARow(String line, Predicate<String> isKnown) {
        String[] words = line.strip().split("\\s+");
        int n = words.length;
        if (line.contains(",") || n < 2 || n > 4 * MAX_NAME_WORDS) {
            return List.of();
        }
        int[] fewest = new int[n + 1];
        int[] cut = new int[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - MAX_NAME_WORDS); start < end; start++) {
                if (fewest[start] == Integer.MAX_VALUE || fewest[start] + 1 >= fewest[end]) {
                    continue;
                }
                if (isKnown.test(String.join(" ", java.util.Arrays.copyOfRange(words, start, end)))) {
                    fewest[end] = fewest[start] + 1;
                    cut[end] = start;
                }
            }
        }
        if (fewest[n] == Integer.MAX_VALUE || fewest[n] < 2) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            names.add(0, String.join(" ", java.util.Arrays.copyOfRange(words, cut[end], end)));
        }
        return names;
    }

    /** The names a name wrapped over lines gives, and how many lines it took. */
    record Wrapped(int lines, List<String> names) {
    }

    /**
     * The names that lines from {@code from} make when joined, where the first is none by itself: one known name
     * ("United Kingdom of Great" / "Britain and Northern" / "Ireland"), a row of columns whose last cell wrapped
     * ("Dominican Republic Niger Venezuela (Bolivarian" / "Republic of)"), or a long name the tables do not know whose
     * last word wrapped alone ("West African Economic and Monetary" / "Union"); null when they make none.
     */
    static Wrapped wrappedName(List<String> lines, int from, Predicate<String> isKnown) {
        StringBuilder joined = new StringBuilder(lines.get(from).strip());
        for (int k = 1; k < MAX_WRAPPED_LINES && from + k < lines.size(); k++) {
            String next = lines.get(from + k).strip();
            if (next.isEmpty() || next.contains("\t")) {
                return null;
            }
            if (k == 1 && lastWordAlone(joined.toString(), next, isKnown)) {
                append(joined, next);
                return new Wrapped(2, List.of(joined.toString()));
            }
            append(joined, next);
            if (isKnown.test(joined.toString())) {
                return new Wrapped(k + 1, List.of(joined.toString()));
            }
            List<String> row = knownNamesInARow(joined.toString(), isKnown);
            if (!row.isEmpty()) {
                return new Wrapped(k + 1, row);
            }
        }
        return null;
    }

    /**
     * "West African Economic and Monetary" / "Union": a line of three words or more that names nothing, and one
     * capitalised word that names nothing either, the rest of a name in a narrow column.
     */
    private static boolean lastWordAlone(String line, String next, Predicate<String> isKnown) {
        return !next.contains(" ") && Character.isUpperCase(next.charAt(0)) && line.split("\\s+").length >= 3
                && !isKnown.test(next) && knownNamesInARow(line, isKnown).isEmpty() && !isPerson(next, isKnown);
    }

    /**
     * The lines with those that a narrow column wrapped joined by their form: a line that ends with a small word or an
     * open bracket ("United Nations organs, bodies and" / "programmes", "Non-governmental organizations (General" /
     * "category)"), or a line that begins with a small letter or a closing bracket ("Organisation for Economic
     * Co-operation" / "and Development"). Rows of a table (tabs) are left as they are.
     */
    static List<String> joinedByForm(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            int last = out.size() - 1;
            if (last >= 0 && !line.isEmpty() && !line.contains("\t") && !out.get(last).contains("\t")
                    && !out.get(last).isEmpty() && (endsOpen(out.get(last)) || startsAsARest(line))) {
                StringBuilder joined = new StringBuilder(out.get(last));
                append(joined, line);
                out.set(last, joined.toString());
            } else {
                out.add(raw);
            }
        }
        return out;
    }

    static boolean endsOpen(String line) {
        String t = line.strip();
        return OPEN_END.matcher(t).find() || t.chars().filter(c -> c == '(').count() > t.chars().filter(c -> c == ')').count();
    }

    private static boolean startsAsARest(String line) {
        return line.startsWith(")") || Character.isLowerCase(line.charAt(0)) && !line.startsWith("e.g.");
    }

    /** A wrapped name's next line: after a space, or straight after a hyphen ("Guinea-" / "Bissau"). */
    private static void append(StringBuilder name, String line) {
        name.append(name.charAt(name.length() - 1) == '-' ? "" : " ").append(line);
    }

    /**
     * A list whose names are apart by commas, wrapped over printed lines, goes on where the line before ends with a
     * comma, or this line begins with a bracket or a small letter (the rest of a name) or holds commas of its own.
     */
    static boolean continuesACommaList(String before, String line) {
        return before.stripTrailing().endsWith(",") || line.startsWith("(") || Character.isLowerCase(line.charAt(0))
                || line.contains(",") && !isSentence(line);
    }
}
