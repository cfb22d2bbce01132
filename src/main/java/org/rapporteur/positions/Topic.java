package org.rapporteur.positions;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A subject of debate, e.g. NEW_INSTRUMENT.
 *
 * @param id          the topic's id, as exported
 * @param label       a readable name
 * @param tracked     whether the workbook charts its stance across meetings
 * @param patterns    phrases that name the topic
 * @param anaphora    phrases that refer back to it when it was named just before ("that Convention")
 * @param cues        stance cues that hold for this topic only ("regional instrument" is criticism of the Budapest
 *                    Convention)
 * @param description what the topic covers, for a reader of the codebook
 * @param examples    example sentences with their stance toward the topic (null: mentions it, takes no position);
 *                    the learned topic detector is trained on them, besides the labelled corpus
 * @param inBodies    phrases that name the topic in the reports of some bodies only ("the Convention" is the
 *                    Organized Crime Convention in a report of its Conference of the Parties)
 */
public record Topic(String id, String label, boolean tracked, List<Pattern> patterns, List<Pattern> anaphora,
                    List<Cue> cues, String description, List<Example> examples, List<InBody> inBodies) {

    public Topic(String id, String label, boolean tracked, List<Pattern> patterns, List<Pattern> anaphora,
                 List<Cue> cues) {
        this(id, label, tracked, patterns, anaphora, cues, "", List.of(), List.of());
    }

    /** A phrase that names the topic in the reports of the bodies whose series the {@code body} pattern finds. */
    public record InBody(Pattern body, Pattern pattern) {
    }

    /** An example sentence of a topic; stance null for a sentence that only mentions it. */
    public record Example(String sentence, Stance stance) {
    }
}
