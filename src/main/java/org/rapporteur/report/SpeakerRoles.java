package org.rapporteur.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words before a speaker's delegation: "the representative of", "the observers for", "a representative of",
 * "the Executive Director of", "the President of". What follows is the State or organisation that spoke.
 */
final class SpeakerRoles {

    /** Delegates by their role; "The Delegation of Indonesia" as WIPO's reports capitalise it, "the observer delegation of". */
    static final String ROLE = "(?:(?:permanent\\s+)?representatives?|(?:observer\\s+)?[Dd]elegations?|observers?|delegates?|experts?"
            + "|(?:ministers\\s+and\\s+)?heads\\s+of\\s+delegations?)";
    /** Heads of organisations and officials speaking for them. */
    static final String TITLE = "(?:(?:Deputy\\s+|Acting\\s+)?(?:Executive\\s+Director|Executive\\s+Secretary|Director-General"
            + "|Secretary-General|Under-Secretary-General|High\\s+Commissioner|President|Chair(?:person)?|Director|Head"
            + "|Special\\s+Rapporteur|Special\\s+Representative|Secretary))";
    /** "by the representative of (the)", "a representative of", "the Executive Director of": removed before the name. */
    static final Pattern PREFIX = Pattern.compile("^(?i:by\\s+)?(?:(?i:the|an?)\\s+)?(?i:" + ROLE + "|" + TITLE
            + ")\\s+(?i:of|for|from)\\s+(?=\\S)(?:(?i:the)\\s+(?=\\p{Lu}))?");
    /**
     * What is left when an official of the meeting itself spoke ("the Secretary of the Conference", "the Chair of the
     * Working Group", "the secretariat"): no participant. A secretariat is the meeting's own only alone or as the
     * secretariat of a meeting body ("the secretariat of the Commission"); "the secretariat of the Minamata Convention"
     * serves another treaty or body and is a participant.
     */
    private static final String MEETING_BODY = "(?:Conference|Commission|Committee|Working\\s+Group|Expert\\s+Group"
            + "|Group|Meeting|Council|Assembly|Bureau|session|Board)";
    static final Pattern THE_MEETING_ITSELF = Pattern.compile("(?i)^(?:the\\s+)?(?:" + MEETING_BODY
            + "(?:\\s+of\\s+the\\s+[\\p{L} -]+)?|secretariat(?:\\s+of\\s+the\\s+(?:present\\s+|current\\s+)?"
            + MEETING_BODY + "(?![\\p{L}-])[\\p{L} -]*)?)$");

    private SpeakerRoles() {
    }

    /** The name without the role or title before it. */
    static String withoutRole(String text) {
        // PREFIX is anchored at the start: what replaceFirst("") removed is what lookingAt finds, without a search
        // of every later position (a list's joined pieces are asked here many times over)
        String stripped = text.strip();
        Matcher prefix = PREFIX.matcher(stripped);
        return prefix.lookingAt() ? stripped.substring(prefix.end()).strip() : stripped;
    }
}
