package org.rapporteur.positions;

import java.util.List;
import java.util.Map;

/**
 * What the rules found in one sentence, with their reading of each topic it names.
 *
 * @param text            the sentence, stripped
 * @param result          the rules' positions
 * @param topics          per topic named (in any way), how the rules read it
 * @param sentenceStance  the stance the rules would give a topic the sentence does not name (the first part's hedge or
 *                        first cue), or null
 * @param sentenceRule    its rule, or ""
 * @param mentionOnly     whether the sentence only mentions ("Reference was made to …")
 * @param canCarry        whether it can carry a position at all (names a topic, a quantifier, a speaker, a reporting
 *                        verb): only such sentences are read by the learned parts
 * @param negationScopes  where the sentence is negated, as [start, end) character offsets: from each negation to the
 *                        end of its scope (the codebook's negation scope section)
 */
public record RuleAnalysis(String text, SentenceResult result, Map<String, TopicTrace> topics, Stance sentenceStance,
                           String sentenceRule, boolean mentionOnly, boolean canCarry, List<int[]> negationScopes) {

    /** Whether the learned parts read this sentence: it can carry a position and does not only mention. */
    public boolean forModel() {
        return canCarry && !mentionOnly;
    }
}
