package org.rapporteur.participants;

import org.rapporteur.reference.Entity;

/**
 * One individual statement: who spoke, for whom, at which meeting, and what was said.
 *
 * @param line          the line of the statements file
 * @param speaker       the delegation that spoke
 * @param onBehalfOf    the group it spoke for, or null; a statement on behalf of a group is credited to the group
 */
public record Statement(int line, String meetingSymbol, String speakerAsWritten, Entity speaker, Entity onBehalfOf,
                        String text) {

    /** The entity the statement's positions are credited to. */
    public Entity credited() {
        return onBehalfOf != null ? onBehalfOf : speaker;
    }
}
