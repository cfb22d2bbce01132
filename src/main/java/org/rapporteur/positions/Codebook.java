package org.rapporteur.positions;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the classifier knows, as data: topics, stance cues, hedges, negations, quantifiers and attribution
 * patterns. Read by {@link CodebookReader} from YAML; the default ships inside the jar ({@code positions/codebook.yml}).
 *
 * @param source       where it was read from, for messages
 * @param topics       the topics, in the order of the codebook
 * @param cues         general stance cues
 * @param hedges       cues that make a view conditional (NEUTRAL) whatever else the clause says
 * @param neutralFrames the neutral frames, by class (study first or defer, national discretion, not decided yet,
 *                     balanced): like hedges, they make the clause NEUTRAL toward the topic they frame
 * @param negations    words that flip the cue after them
 * @param mentionOnly  phrases of sentences that only mention a topic ("Reference was made to")
 * @param contrasts    where a sentence turns from one group of speakers to another ("while others")
 * @param quantifiers  quantifier phrases, most specific first
 * @param passive      phrases of the passive voice ("the view was expressed that"): one voice or unknown, weight 1
 * @param carryOver    pronoun subjects that take the quantifier of the sentence before ("They", "In doing so, they")
 * @param attribution  patterns naming the speaker, with a named group {@code speaker} and optionally {@code behalf}
 * @param reportingVerbs verbs that report a view; a sentence with one and no position goes to review
 * @param reasons      phrases that introduce a reason ("citing", "on the grounds of"): a topic named in the reason
 *                     takes no position of its own (optional in the file)
 * @param negationScopeEnds where a negation's scope ends: the end of its clause ("," ";" "but" "which" …); the rules flip
 *                     only a cue inside the scope, and the learned combiner reads every word inside it as negated
 * @param negatedSubjects a negated subject just before a negation cancels it ("no delegation questioned X", "not a
 *                     single speaker disputed X" are FOR X); matched on the text before the negation, at its end
 * @param negatingPrefixes prefixes that negate the one word they are attached to ("non-" in "the non-necessity of X",
 *                     AGAINST X): a cue word written with one is negated, and only that word (optional in the file)
 * @param superseded   where a speaker tells a view held before and since changed ("had initially welcomed X, but could
 *                     no longer support it"): a cue from there to the end of its clause decides nothing, the view of
 *                     now does (optional in the file)
 */
public record Codebook(String source, List<Topic> topics, List<Cue> cues, List<Cue> hedges, List<Cue> neutralFrames,
                       List<Pattern> negations,
                       List<Pattern> mentionOnly, List<Pattern> contrasts, List<Quantifier> quantifiers,
                       List<Pattern> passive, List<Pattern> carryOver, List<Pattern> attribution,
                       List<Pattern> reportingVerbs, List<Pattern> reasons, List<Pattern> negationScopeEnds,
                       List<Pattern> negatedSubjects, List<Pattern> negatingPrefixes,
                       List<Pattern> superseded) {

    /** The hedges, then the neutral frames: whatever makes a clause NEUTRAL. */
    public List<Cue> neutralViews() {
        List<Cue> all = new java.util.ArrayList<>(hedges);
        all.addAll(neutralFrames);
        return all;
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
