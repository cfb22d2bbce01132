package org.rapporteur.positions.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Replaces the names of participants in a sentence with one neutral placeholder ({@link #PLACEHOLDER}) before the
 * sentence is embedded: the learned model is to find what was said, not who said it. Unmasked, a speaker's name
 * dominates a short sentence's embedding ("The representative of Brazil expressed support for X": its nearest
 * labelled sentences were those naming Brazil), so the nearest examples' votes followed the speaker.
 *
 * <p>A name is any run of words the project's name resolution ({@link NameResolver}) knows, longest first, with the
 * "the" before it: "the Islamic Republic of Iran", "the Group of 77 and China", "Japan". States and groups are masked
 * wherever they stand; an organisation only where it speaks (after "the representative of", "the observer for", "on
 * behalf of", at the head of the sentence, or before ", speaking on behalf of"), since elsewhere it is often what the
 * sentence is about ("the convention of the Council of Europe", "the programme of UNODC"). A name that is the first
 * part of a longer title ("Council of Europe Convention", "United Nations Office …") is left alone.
 *
 * <p>The same function masks the labelled sentences when the model is trained and the report's sentences when it
 * classifies ({@link NameMaskingEmbedder}). Thread-safe.
 */
public final class NameMask {

    /** What every name becomes. */
    public static final String PLACEHOLDER = "X";

    /** A word of a name: letters and digits, with inner hyphens and apostrophes ("Côte d’Ivoire", "Guinea-Bissau"). */
    private static final Pattern WORD = Pattern.compile("\\(?[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]|['’](?![sS]\\b))*\\)?");
    /** Between two words of one name: spaces, or a possessive ("People's Republic"). */
    private static final Pattern GAP = Pattern.compile("(?:['’][sS])?[ \\t\\u00A0]+");
    /** The longest name tried, in words ("United Kingdom of Great Britain and Northern Ireland" has eight). */
    private static final int LONGEST = 12;
    /** Where an organisation speaks: the end of the text before its name. */
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("(?i)(?:^\\W*|\\b(?:representatives?|observers?"
            + "|delegations?|delegates?|experts?|speakers?) (?:of|for|from)\\s+|\\bon behalf of\\s+)$");
    /** Where an organisation speaks: the start of the text after its name. */
    private static final Pattern SPEAKER_AFTER = Pattern.compile("^,?\\s+(?:speaking\\s+)?on behalf of\\b");

    private final Function<String, Optional<Entity>> resolve;

    /** @param resolve the entity a name as written means (the project's name resolution), or empty */
    public NameMask(Function<String, Optional<Entity>> resolve) {
        this.resolve = resolve;
    }

    private static volatile NameMask standard;

    /** The mask with the reference tables shipped in the jar: the ones the shipped model was trained with. */
    public static NameMask standard() {
        NameMask local = standard;
        if (local == null) {
            synchronized (NameMask.class) {
                local = standard;
                if (local == null) {
                    NameResolver resolver = new NameResolver(ReferenceData.loadDefault());
                    local = new NameMask(resolver::resolve);
                    standard = local;
                }
            }
        }
        return local;
    }

    /** The text with each participant's name replaced by {@link #PLACEHOLDER}; the text itself when it names none. */
    public String apply(String text) {
        List<int[]> words = words(text);
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            int[] name = longestName(text, words, i);
            if (name == null) {
                continue;
            }
            i = name[2];
            if (name[3] == 0) { // a name kept whole: none of its words is masked ("Economic Community of West African States")
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, name[0]).append(PLACEHOLDER);
            copied = name[1];
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Each word's start and end, its parentheses left out unless the name holds them ("Bolivia (… of)"). */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            boolean possessive = m.end() - m.start() == 1 && m.start() > 0
                    && (text.charAt(m.start() - 1) == '\'' || text.charAt(m.start() - 1) == '’');
            if (!possessive) { // the "s" of "People's" belongs to the gap after the word (GAP)
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /**
     * The longest name beginning at word {@code first} (or at its "the" when {@code first} is "the"): its start, end,
     * last word's index and 1 when it is masked (else 0), or null.
     */
    private int[] longestName(String text, List<int[]> words, int first) {
        int start = words.get(first)[0];
        if (text.charAt(start) == '(') {
            return null;
        }
        boolean article = isThe(text, words.get(first));
        if (!article && !startsName(text.charAt(start))) {
            return null;
        }
        int last = first;
        while (last + 1 < words.size() && last + 1 - first < LONGEST
                && GAP.matcher(text.substring(words.get(last)[1], words.get(last + 1)[0])).matches()) {
            last++;
        }
        for (int end = last; end >= first + (article ? 1 : 0); end--) {
            int[] w = words.get(end);
            char lastChar = text.charAt(w[1] - 1);
            if (lastChar == '(' || !(hasCapitalOrDigit(text, w) || lastChar == ')')) {
                continue;
            }
            int to = w[1];
            if (lastChar == ')' && text.substring(start, to).indexOf('(') < 0) {
                to--;
            }
            Optional<Entity> entity = resolve.apply(text.substring(start, to));
            if (entity.isPresent()) {
                boolean mask = masked(entity.get(), text, start, to) && !continuesTitle(text, words, end);
                return new int[] {start, to, end, mask ? 1 : 0};
            }
        }
        return null;
    }

    private static boolean isThe(String text, int[] word) {
        return word[1] - word[0] == 3 && text.regionMatches(true, word[0], "the", 0, 3);
    }

    /** Whether a word holds a capital or a digit: "Ivoire" in "d’Ivoire", "77". */
    private static boolean hasCapitalOrDigit(String text, int[] word) {
        for (int i = word[0]; i < word[1]; i++) {
            if (startsName(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsName(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** Whether a name found is masked: a State or group always, an organisation where it speaks. */
    private static boolean masked(Entity entity, String text, int from, int to) {
        EntityType type = entity.type();
        if (type == EntityType.MEMBER_STATE || type == EntityType.OBSERVER_STATE || type == EntityType.GROUP) {
            return true;
        }
        return SPEAKER_BEFORE.matcher(text.substring(0, from)).find()
                || SPEAKER_AFTER.matcher(text.substring(to)).find();
    }

    /** Whether the word after a name goes on with a title of which the name is the first part ("Council of Europe Convention"). */
    private static boolean continuesTitle(String text, List<int[]> words, int end) {
        if (end + 1 >= words.size()) {
            return false;
        }
        int[] next = words.get(end + 1);
        return GAP.matcher(text.substring(words.get(end)[1], next[0])).matches()
                && Character.isUpperCase(text.charAt(next[0]));
    }
}
