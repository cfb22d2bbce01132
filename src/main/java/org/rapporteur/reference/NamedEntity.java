package org.rapporteur.reference;

import java.util.List;

/**
 * One reference row: the entity and every name it may be written as. Kept apart from {@link Entity} because the
 * names are only needed to build the lookup, and the origin only to explain a packaging error.
 *
 * @param entity the entity the row describes
 * @param names  the names as written in the table (official name first), not yet normalised
 * @param origin where the row comes from, e.g. {@code "groups.csv line 4"}
 */
record NamedEntity(Entity entity, List<String> names, String origin) {

    NamedEntity {
        names = List.copyOf(names);
    }

    /** "Namibia (un-member-states.csv line 120)": enough for a person to find and fix the row. */
    String describe() {
        return entity.name() + " (" + origin + ")";
    }
}
