package org.rapporteur.report;

import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;

/**
 * Whether a sentence introduces panellists: "The panellists were …", "a panel discussion", "a panel that
 * included", "a round table", "the following experts made presentations", "moderated by", "the
 * keynote", "presentations were made by", and the experts of a dialogue or a briefing ("received briefings on … from
 * the following experts: …").
 */
final class PanelSentences {

    private static final GuardedPattern PANEL = GuardedPattern.compile(
            "\\b(?:panell?ists?|panel\\s+(?:discussion|debate|dialogue)|panel\\s+(?:(?:that|which)\\s+)?(?:comprised|consisted|was\\s+composed"
                    + "|included)|round[- ]table|made\\s+presentations"
                    + "|moderated\\s+by|facilitated\\s+by|presentations?\\s+(?:(?:was|were)"
                    + "\\s+(?:made|given|delivered)\\s+)?by|keynote|presenters?)\\b"
                    // "held interactive dialogues with the following experts: …", "received briefings on … from the
                    // following experts: …": the experts who brief or answer are its panellists
                    + "|\\b(?:dialogues?|briefings?|presentations?)\\b[^.;:]{0,120}?\\b(?:with|from|by)\\s+(?:the\\s+)?"
                    + "following\\s+experts\\s*:",
            Pattern.CASE_INSENSITIVE);
    private PanelSentences() {
    }

    static boolean introducePanellists(String sentence) {
        return PANEL.matcher(sentence).find();
    }
}
