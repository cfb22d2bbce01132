package org.rapporteur.positions;

import java.util.Map;
import java.util.Set;

/**
 * One labelled sentence with its labels.
 *
 * @param id         the sentence id
 * @param sentence   the text
 * @param labels     topic id → stance; empty when the sentence takes no position (topic NONE)
 * @param body       the meeting's body series when the set gives it ("CTOC/COP"), else ""
 * @param speaker    the State or group the sentence names as speaking, else ""
 * @param onBehalfOf the group the speaker spoke for, else ""
 * @param tags       the classes the sentence exercises (NEGATION, NEUTRAL_FRAME, …), when the set gives them
 */
public record GoldSentence(String id, String sentence, Map<String, Stance> labels, String body, String speaker,
                           String onBehalfOf, Set<String> tags) {

    public GoldSentence(String id, String sentence, Map<String, Stance> labels) {
        this(id, sentence, labels, "", "", "", Set.of());
    }
}
