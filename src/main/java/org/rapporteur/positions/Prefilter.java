package org.rapporteur.positions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.text.RequiredText;

/**
 * Runs a codebook pattern only on sentences that hold one of the words it needs ({@link RequiredText}): a sentence is
 * lowered once and read once. The codebook's words are indexed by their first four characters, so each of the
 * sentence's four-character sequences finds the words that begin there, and a word is in the sentence when the rest
 * of it follows (a word shorter than four is looked for whole); those words give the patterns that may match, without
 * trying each of the codebook's two thousand words on each sentence. A pattern none of whose words is there gets a
 * matcher that finds nothing at once. The answer for a sentence is the same as without the filter, only faster.
 */
final class Prefilter {

    private static final String WHOLE_WORD_START = "(?<![\\p{L}\\p{N}])(?:";
    private static final String WHOLE_WORD_END = ")(?![\\p{L}\\p{N}])";

    private static final Pattern NEVER = Pattern.compile("(?!)");
    private static final int GRAM = 4;

    /** Per pattern, its number. */
    private final Map<Pattern, Integer> ids = new IdentityHashMap<>();
    /** Per word the codebook needs, the patterns that need it (a word shared by several patterns is one entry). */
    private final Map<String, List<Integer>> patternsOfWord = new LinkedHashMap<>();
    /** Per word, by number: its text, and the patterns that need it. */
    private String[] wordText = new String[0];
    private int[][] wordPatterns = new int[0][];
    /** The words shorter than four characters, by number. */
    private int[] shortWords = new int[0];
    private String[] shortText = new String[0];
    /** The words by their first four characters. */
    private final GramTable firstGrams = new GramTable();
    private int patterns;
    private final ThreadLocal<Scan> scans = ThreadLocal.withInitial(() -> new Scan(patterns));

    /** An open-addressing table from a packed four-character sequence to the numbers of the words it begins. */
    private static final class GramTable {
        long[] keys = new long[16];
        int[][] values = new int[16][];
        int size;

        int[] get(long gram) {
            int mask = keys.length - 1;
            for (int at = hash(gram) & mask; values[at] != null; at = (at + 1) & mask) {
                if (keys[at] == gram) {
                    return values[at];
                }
            }
            return null;
        }

        void add(long gram, int word) {
            if ((size + 1) * 4 > keys.length) {
                long[] oldKeys = keys;
                int[][] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2][];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldValues[i] != null) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int[] old = get(gram);
            int[] words = old == null ? new int[] {word} : Arrays.copyOf(old, old.length + 1);
            words[words.length - 1] = word;
            put(gram, words);
        }

        private void put(long gram, int[] words) {
            int mask = keys.length - 1;
            int at = hash(gram) & mask;
            while (values[at] != null && keys[at] != gram) {
                at = (at + 1) & mask;
            }
            if (values[at] == null) {
                size++;
            }
            keys[at] = gram;
            values[at] = words;
        }
    }

    /** The sentence being read on a thread, and which patterns may match in it. */
    private static final class Scan {
        final boolean[] may;
        final Matcher never = NEVER.matcher("");
        String lowered;

        Scan(int patterns) {
            may = new boolean[patterns];
        }
    }

    private static long pack(String s, int from) {
        return (long) s.charAt(from) << 48 | (long) s.charAt(from + 1) << 32 | (long) s.charAt(from + 2) << 16
                | s.charAt(from + 3);
    }

    private static int hash(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    Prefilter(Codebook codebook) {
        this(codebook, true);
    }

    /** @param enabled false for none (every pattern always run): to check that the filter changes no answer */
    Prefilter(Codebook codebook, boolean enabled) {
        if (!enabled) {
            return;
        }
        for (Topic topic : codebook.topics()) {
            add(topic.patterns());
            add(topic.anaphora());
            topic.cues().forEach(c -> add(c.pattern()));
        }
        codebook.cues().forEach(c -> add(c.pattern()));
        codebook.neutralViews().forEach(c -> add(c.pattern()));
        codebook.quantifiers().forEach(q -> add(q.pattern()));
        for (List<Pattern> list : List.of(codebook.negations(), codebook.mentionOnly(), codebook.contrasts(),
                codebook.passive(), codebook.carryOver(), codebook.attribution(), codebook.reportingVerbs(),
                codebook.reasons(), codebook.superseded())) {
            add(list);
        }
        index();
    }

    private void add(List<Pattern> patterns) {
        patterns.forEach(this::add);
    }

    private void add(Pattern pattern) {
        String source = pattern.pattern();
        if (source.startsWith(WHOLE_WORD_START) && source.endsWith(WHOLE_WORD_END)) {
            source = source.substring(WHOLE_WORD_START.length(), source.length() - WHOLE_WORD_END.length());
        }
        Set<String> words = RequiredText.of(source);
        if (words != null && !ids.containsKey(pattern)) {
            int id = patterns++;
            ids.put(pattern, id);
            words.forEach(w -> patternsOfWord.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
        }
    }

    private void index() {
        int count = patternsOfWord.size();
        wordText = new String[count];
        wordPatterns = new int[count][];
        List<Integer> shortIds = new ArrayList<>();
        Map<Integer, String> shortWordText = new HashMap<>();
        int word = 0;
        for (Map.Entry<String, List<Integer>> entry : patternsOfWord.entrySet()) {
            String w = entry.getKey();
            wordPatterns[word] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            if (w.length() < GRAM) {
                shortIds.add(word);
                shortWordText.put(word, w);
            } else {
                wordText[word] = w;
                firstGrams.add(pack(w, 0), word);
            }
            word++;
        }
        shortWords = shortIds.stream().mapToInt(Integer::intValue).toArray();
        shortText = shortIds.stream().map(shortWordText::get).toArray(String[]::new);
    }

    /** Sets the sentence the next matchers are for (on this thread); null for none. */
    void sentence(String text) {
        Scan scan = scans.get();
        scan.lowered = text == null ? null : text.toLowerCase(Locale.ROOT);
        if (scan.lowered != null) {
            read(scan, scan.lowered);
        }
    }

    /** Marks the patterns that may match in the (lowered) sentence: one of their words is in it. */
    private void read(Scan scan, String text) {
        Arrays.fill(scan.may, false);
        // the words that begin with one of the sentence's sequences and go on there
        for (int i = 0; i + GRAM <= text.length(); i++) {
            int[] words = firstGrams.get(pack(text, i));
            if (words != null) {
                for (int w : words) {
                    if (text.startsWith(wordText[w], i)) {
                        mark(scan, w);
                    }
                }
            }
        }
        for (int k = 0; k < shortWords.length; k++) {
            if (text.contains(shortText[k])) {
                mark(scan, shortWords[k]);
            }
        }
    }

    private void mark(Scan scan, int word) {
        for (int p : wordPatterns[word]) {
            scan.may[p] = true;
        }
    }

    /** A matcher of the pattern on {@code text}, a part of the current sentence; empty when it cannot match there. */
    Matcher matcher(Pattern pattern, String text) {
        Scan scan = scans.get();
        Integer id = scan.lowered == null ? null : ids.get(pattern);
        if (id != null && !scan.may[id]) {
            return scan.never.reset(); // needs a word the sentence lacks: cannot match, finds nothing
        }
        return pattern.matcher(text);
    }

    /** How many of the codebook's patterns have a requirement (the others are always run). */
    int filtered() {
        return patterns;
    }
}
