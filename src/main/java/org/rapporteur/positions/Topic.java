package org.rapporteur.positions;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A subject of debate, e.g. NEW_INSTRUMENT.
 *
 * @param id       the topic's id, as exported
 * @param label    a readable name
 * @param tracked  whether the workbook charts its stance across meetings
 * @param patterns phrases that name the topic
 * @param anaphora phrases that refer back to it when it was named just before ("that Convention")
 * @param cues     stance cues that hold for this topic only ("regional instrument" is criticism of the Budapest Convention)
 */
public record Topic(String id, String label, boolean tracked, List<Pattern> patterns, List<Pattern> anaphora,
                    List<Cue> cues) {
}
