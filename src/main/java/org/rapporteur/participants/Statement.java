package org.rapporteur.participants;

import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;

/**
 * One individual statement: who spoke, for whom, at which meeting, and what was said.
 *
 * @param line          the line of the statements file
 * @param speaker       the delegation that spoke
 * @param onBehalfOf    the group it spoke for, or null; a statement on behalf of a group is credited to the group.
 *                      An organisation speaking for its own members ("the European Union and its member States") has
 *                      none: the statement is the organisation's, and {@link #behalfName()} names its members
 * @param groupAsWritten whom the speaker spoke for as the file writes it, where the reference tables know no one
 *                       entity by that name ("67 States", "Chile and Peru"); "" when none. The statement stays the
 *                       speaker's
 */
public record Statement(int line, String meetingSymbol, String speakerAsWritten, Entity speaker, Entity onBehalfOf,
                        String text, String groupAsWritten) {

    public Statement(int line, String meetingSymbol, String speakerAsWritten, Entity speaker, Entity onBehalfOf,
                     String text) {
        this(line, meetingSymbol, speakerAsWritten, speaker, onBehalfOf, text, "");
    }

    /** "its member States": what an organisation speaks for when it speaks for its own members. */
    static final Pattern OWN_MEMBERS = Pattern.compile("(?i)\\s*(?:its|their)\\s+(?:own\\s+)?member\\s+"
            + "(?:States|countries)\\W*");
    private static final Pattern AND_ITS_MEMBERS = Pattern.compile("(?i)(?:\\band|on\\s+behalf\\s+of)\\s+(?:its|their)"
            + "\\s+(?:own\\s+)?member\\s+(?:States|countries)\\W*$");

    /**
     * Whom the statement was made for, as on_behalf_of shows it: the group's name; for an organisation speaking for
     * its members ("the European Union and its member States", also when a State speaks for them) "European Union
     * member States"; for a group the tables do not know, the group as written; else "".
     */
    public String behalfName() {
        boolean members = AND_ITS_MEMBERS.matcher(speakerAsWritten).find();
        if (onBehalfOf != null) {
            return onBehalfOf.name() + (members ? " member States" : "");
        }
        if (groupAsWritten != null && !groupAsWritten.isEmpty()) {
            return groupAsWritten;
        }
        return members ? speaker.name() + " member States" : "";
    }

    /** The entity the statement's positions are credited to. */
    public Entity credited() {
        return onBehalfOf != null ? onBehalfOf : speaker;
    }
}
