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
 * of it follows, read once for all of them down a tree of their further characters (a word shorter than four is
 * looked for whole); those words give the patterns that may match, without
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
    /** Per word, by number: the patterns that need it. */
    private int[][] wordPatterns = new int[0][];
    /** The words shorter than four characters, by number. */
    private int[] shortWords = new int[0];
    private String[] shortText = new String[0];
    /** The words by their first four characters. */
    private final GramTable firstGrams = new GramTable();
    private int patterns;
    private final ThreadLocal<Scan> scans = ThreadLocal.withInitial(() -> new Scan(patterns));

    /**
     * The words that begin with one four-character sequence, as a tree of their further characters: a sentence's
     * characters after the sequence are followed down it, and every word that ends on the way is in the sentence.
     */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        /** The numbers of the words that end here. */
        int[] words = new int[0];

        Node child(char c) {
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] == c) {
                    return children[k];
                }
            }
            return null;
        }

        Node childAdded(char c) {
            Node child = child(c);
            if (child == null) {
                child = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                keys[keys.length - 1] = c;
                children = Arrays.copyOf(children, children.length + 1);
                children[children.length - 1] = child;
            }
            return child;
        }

        void add(String word, int from, int number) {
            Node node = this;
            for (int i = from; i < word.length(); i++) {
                node = node.childAdded(word.charAt(i));
            }
            node.words = Arrays.copyOf(node.words, node.words.length + 1);
            node.words[node.words.length - 1] = number;
        }
    }

    /** An open-addressing table from a packed four-character sequence to the tree of the words it begins. */
    private static final class GramTable {
        long[] keys = new long[16];
        Node[] values = new Node[16];
        int size;

        Node get(long gram) {
            int mask = keys.length - 1;
            for (int at = hash(gram) & mask; values[at] != null; at = (at + 1) & mask) {
                if (keys[at] == gram) {
                    return values[at];
                }
            }
            return null;
        }

        void add(String word, int number) {
            long gram = pack(word, 0);
            Node node = get(gram);
            if (node == null) {
                node = new Node();
                put(gram, node);
            }
            node.add(word, GRAM, number);
        }

        private void put(long gram, Node node) {
            if ((size + 1) * 4 > keys.length) {
                long[] oldKeys = keys;
                Node[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new Node[oldKeys.length * 2];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldValues[i] != null) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int at = hash(gram) & mask;
            while (values[at] != null && keys[at] != gram) {
                at = (at + 1) & mask;
            }
            if (values[at] == null) {
                size++;
            }
            keys[at] = gram;
            values[at] = node;
        }
    }

    /** The sentence being read on a thread, and which patterns may match in it. */
    static final class Scan {
        final boolean[] may;
        final Matcher never = NEVER.matcher("");
        String lowered;

        Scan(int patterns) {
            may = new boolean[patterns];
        }

        /** Whether the pattern of that number ({@link #id}) may match in the current sentence; always with none set. */
        boolean mayMatch(int id) {
            return id < 0 || lowered == null || may[id];
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
                firstGrams.add(w, word);
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
        // the words that begin with one of the sentence's sequences and go on there: each sequence packed from the
        // last by a shift, and the characters after it followed down the tree of its words as far as they go
        int length = text.length();
        long gram = length >= GRAM ? pack(text, 0) : 0;
        for (int i = 0; i + GRAM <= length; i++) {
            if (i > 0) {
                gram = gram << 16 | text.charAt(i + GRAM - 1);
            }
            Node node = firstGrams.get(gram);
            for (int j = i + GRAM; node != null; j++) {
                for (int w : node.words) {
                    mark(scan, w);
                }
                node = j < length ? node.child(text.charAt(j)) : null;
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
            // needs a word the sentence lacks: cannot match; the matcher of "(?!)" on "" finds nothing however often
            // it is asked, so it is handed out as it is, unreset
            return scan.never;
        }
        return pattern.matcher(text);
    }

    /**
     * A pattern's number, for {@link Scan#mayMatch}: a class that runs the same patterns on every sentence looks their
     * numbers up once rather than per sentence. -1 for a pattern the filter always runs.
     */
    int id(Pattern pattern) {
        Integer id = ids.get(pattern);
        return id == null ? -1 : id;
    }

    /** This thread's sentence ({@link #sentence}): which of the numbered patterns may match in it. */
    Scan scan() {
        return scans.get();
    }

    /** How many of the codebook's patterns have a requirement (the others are always run). */
    int filtered() {
        return patterns;
    }
}
