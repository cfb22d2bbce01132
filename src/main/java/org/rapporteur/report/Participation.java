package org.rapporteur.report;

import org.rapporteur.reference.Entity;

/**
 * One thing one entity did at the meeting, as the report states it.
 *
 * @param paragraph     the paragraph it comes from
 * @param role          what the entity did
 * @param entity        the resolved entity; type UNKNOWN (code "") when the name resolved to nothing
 * @param nameAsWritten the name exactly as the report writes it
 * @param person        the person named with it (panellists, officers), or ""; a courtesy title the report puts
 *                      before the name ("Ms", "Mr.", "H.E.", "Dr", "Professor") is no part of it and is left out,
 *                      since the report tables have no column for it
 * @param onBehalfOf    the official name of the group or organisation spoken for, or ""
 * @param category      for REPRESENTED rows, the attendance category the entity is counted in; otherwise null
 * @param capacity      the capacity the report's list names (party, signatory, observer, member of the body), or
 *                      null when it names none
 * @param provisional   true when it rests on a draft's placeholder or bracketed value
 * @param sentence      the sentence of the paragraph it comes from, from 1 (as positions count them); 0 where no one
 *                      sentence holds it
 */
public record Participation(int paragraph, Role role, Entity entity, String nameAsWritten, String person,
                            String onBehalfOf, AttendanceCategory category, Capacity capacity, boolean provisional,
                            int sentence) {

    /** "H.E. Ms. ", "Mr ", "Dr ", "Professor ", "Captain ": with or without the full stop, one or several. */
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
            "^(?:(?:" + Honorifics.EXCELLENCY + "\\.|(?:His|Her)\\s+Excellency|"
            + Honorifics.any(Honorifics.ENGLISH, Honorifics.FRENCH, "Miss", Honorifics.PROF, "Capt") + "\\.?|"
            + Honorifics.PROFESSOR + "|Captain)\\s+)+(?=\\p{Lu})");

    public Participation {
        person = person == null ? "" : HONORIFIC.matcher(person).replaceFirst("");
    }

    /** A row before its sentence is found ({@link SentenceOfFact}). */
    public Participation(int paragraph, Role role, Entity entity, String nameAsWritten, String person,
                         String onBehalfOf, AttendanceCategory category, Capacity capacity, boolean provisional) {
        this(paragraph, role, entity, nameAsWritten, person, onBehalfOf, category, capacity, provisional, 0);
    }

    /** The same row, from sentence {@code index} of its paragraph. */
    Participation inSentence(int index) {
        return new Participation(paragraph, role, entity, nameAsWritten, person, onBehalfOf, category, capacity,
                provisional, index);
    }

    /** The same row in another capacity. */
    public Participation inCapacity(Capacity other) {
        return new Participation(paragraph, role, entity, nameAsWritten, person, onBehalfOf, category, other,
                provisional, sentence);
    }
}
