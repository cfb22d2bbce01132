package org.rapporteur.reference;

import java.util.Optional;

/**
 * What a name as written resolved to, and whether a reader should look at how.
 *
 * @param entity the entity the name means; empty when it resolves to nothing
 * @param note   {@link Note#PLAIN} for an ordinary match, otherwise what is worth a data-quality finding
 * @param detail for a note other than PLAIN, the other entity or the acronym involved, as a reader would name it;
 *               otherwise ""
 */
public record Resolution(Optional<Entity> entity, Note note, String detail) {

    /** How a name was resolved, where it was not plain. */
    public enum Note {
        /** The name matched as written, or its full name and its acronym agreed. */
        PLAIN,
        /** The full name is not in the tables; its acronym is, and the two share their distinctive words. */
        BY_ACRONYM,
        /** The full name and the acronym name two different entities; the full name was taken. */
        ACRONYM_CONFLICT,
        /** Only the acronym is known, and it belongs to an entity whose names share nothing with the full name. */
        ACRONYM_OF_ANOTHER,
        /**
         * Letters of the name were lost to an encoding ("C?te d'Ivoire"); resolved when exactly one known name fits,
         * whatever letters the "?" stood for.
         */
        UNREADABLE_LETTERS
    }

    static Resolution plain(Optional<Entity> entity) {
        return new Resolution(entity, Note.PLAIN, "");
    }
}
