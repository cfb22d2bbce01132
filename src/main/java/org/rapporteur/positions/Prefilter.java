package org.rapporteur.positions;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a codebook pattern only on sentences that hold one of the words it needs ({@link RequiredText}): a sentence is
 * lowered once and its four-character sequences are hashed; a pattern none of whose words can be there (the first and
 * last four characters of each word are looked up) gets a matcher that finds nothing at once. The answer for a sentence is the same as without the filter, only faster.
 */
final class Prefilter {

    private static final String WHOLE_WORD_START = "(?<![\\p{L}\\p{N}])(?:";
    private static final String WHOLE_WORD_END = ")(?![\\p{L}\\p{N}])";

    private static final Pattern NEVER = Pattern.compile("(?!)");

    /** Per pattern, its number; per number, the words it needs. */
    private final Map<Pattern, Integer> ids = new IdentityHashMap<>();
    private final List<String[]> required = new java.util.ArrayList<>();
    private final ThreadLocal<Scan> scans = ThreadLocal.withInitial(() -> new Scan(required.size()));

    /** The sentence being read on a thread, and what is known of each pattern on it (0 unknown, 1 may, 2 cannot). */
    private static final class Scan {
        final byte[] known;
        final Matcher never = NEVER.matcher("");
        String lowered;
        /** The sentence's four-character sequences, packed in longs, in an open-addressing set. */
        long[] grams = new long[1024];
        boolean[] used = new boolean[1024];

        Scan(int patterns) {
            known = new byte[patterns];
        }

        void read(String text) {
            lowered = text;
            java.util.Arrays.fill(known, (byte) 0);
            if (text == null) {
                return;
            }
            int size = Integer.highestOneBit(Math.max(64, text.length() * 4)) * 2;
            if (grams.length < size) {
                grams = new long[size];
                used = new boolean[size];
            } else {
                java.util.Arrays.fill(used, false);
            }
            for (int i = 0; i + GRAM <= text.length(); i++) {
                add(pack(text, i));
            }
        }

        private void add(long gram) {
            int mask = grams.length - 1;
            int at = hash(gram) & mask;
            while (used[at]) {
                if (grams[at] == gram) {
                    return;
                }
                at = (at + 1) & mask;
            }
            used[at] = true;
            grams[at] = gram;
        }

        boolean has(long gram) {
            int mask = grams.length - 1;
            int at = hash(gram) & mask;
            while (used[at]) {
                if (grams[at] == gram) {
                    return true;
                }
                at = (at + 1) & mask;
            }
            return false;
        }

        /** Whether the sentence may hold the word: its first and last four characters are there (else: looked up). */
        boolean mayHold(String word) {
            if (word.length() < GRAM) {
                return lowered.contains(word);
            }
            return has(pack(word, 0)) && has(pack(word, word.length() - GRAM));
        }
    }

    private static final int GRAM = 4;

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
                codebook.reasons())) {
            add(list);
        }
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
            ids.put(pattern, required.size());
            required.add(words.toArray(String[]::new));
        }
    }

    /** Sets the sentence the next matchers are for (on this thread); null for none. */
    void sentence(String text) {
        scans.get().read(text == null ? null : text.toLowerCase(Locale.ROOT));
    }

    /** A matcher of the pattern on {@code text}, a part of the current sentence; empty when it cannot match there. */
    Matcher matcher(Pattern pattern, String text) {
        Scan scan = scans.get();
        Integer id = scan.lowered == null ? null : ids.get(pattern);
        if (id != null) {
            if (scan.known[id] == 0) {
                scan.known[id] = 2;
                for (String w : required.get(id)) {
                    if (scan.mayHold(w)) {
                        scan.known[id] = 1;
                        break;
                    }
                }
            }
            if (scan.known[id] == 2) {
                return scan.never.reset(); // needs a word the sentence lacks: cannot match, finds nothing
            }
        }
        return pattern.matcher(text);
    }

    /** How many of the codebook's patterns have a requirement (the others are always run). */
    int filtered() {
        return required.size();
    }
}
