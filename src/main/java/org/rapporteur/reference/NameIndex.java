package org.rapporteur.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whole-name lookup over every name of every entity: a name matches only if it is a key, never by prefix or
 * substring, so Niger never finds Nigeria and Ireland never finds the United Kingdom.
 *
 * <p>Three tiers, tried in order: acronyms exactly as written; other names ignoring case; other names ignoring case
 * and accents. Two entities claiming one key in the first two tiers is a packaging error and fails construction; in
 * the accent-folded tier such a key is simply left out, since folding is only a fallback for careless spelling.
 */
final class NameIndex {

    private final Map<String, NamedEntity> acronyms = new HashMap<>();
    private final Map<String, NamedEntity> caseless = new HashMap<>();
    private final Map<String, Entity> folded = new HashMap<>();
    private final Map<Entity, List<String>> namesOf = new HashMap<>();

    /** @throws IllegalStateException naming both entities when two claim the same key */
    NameIndex(List<NamedEntity> rows) {
        Map<String, NamedEntity> foldedClaims = new HashMap<>();
        Set<String> foldedAmbiguous = new HashSet<>();
        for (NamedEntity row : rows) {
            namesOf.put(row.entity(), row.names());
            for (String name : row.names()) {
                String key = Names.normalise(name);
                if (key.isEmpty()) {
                    throw new IllegalStateException(row.origin() + ": the name '" + name + "' is empty once normalised");
                }
                if (Names.isAcronym(key)) {
                    claim(acronyms, key, row);
                } else {
                    claim(caseless, Names.caseless(key), row);
                    String foldedKey = Names.folded(key);
                    NamedEntity previous = foldedClaims.putIfAbsent(foldedKey, row);
                    if (previous != null && previous != row) {
                        foldedAmbiguous.add(foldedKey);
                    }
                }
            }
        }
        foldedClaims.forEach((key, row) -> {
            if (!foldedAmbiguous.contains(key)) {
                folded.put(key, row.entity());
            }
        });
    }

    private static void claim(Map<String, NamedEntity> keys, String key, NamedEntity row) {
        NamedEntity previous = keys.putIfAbsent(key, row);
        if (previous != null && previous != row) {
            throw new IllegalStateException("the name '" + key + "' is claimed by both " + previous.describe()
                    + " and " + row.describe());
        }
    }

    /**
     * The entities one of whose names (ignoring case) matches the whole pattern: for a name with letters lost to an
     * encoding, where each "?" may be any letter. A scan of every name: only for such rare names.
     */
    Set<Entity> matching(java.util.regex.Pattern caselessName) {
        Set<Entity> found = new java.util.LinkedHashSet<>();
        caseless.forEach((key, row) -> {
            if (caselessName.matcher(key).matches()) {
                found.add(row.entity());
            }
        });
        return found;
    }

    /** Every name the tables give the entity, official name first; empty for an entity not in the tables. */
    List<String> namesOf(Entity entity) {
        return namesOf.getOrDefault(entity, List.of());
    }

    /**
     * @param normalised a name passed through {@link Names#normalise}
     */
    Optional<Entity> find(String normalised) {
        // the resolver is asked about many word runs that are no name, most of them long: an acronym key is two to
        // five letters, so a longer name is not hashed for that tier; and the folded key of an ASCII name is its
        // caseless key (Names.folded), made and hashed once
        NamedEntity exact = normalised.length() <= Names.ACRONYM_LENGTH ? acronyms.get(normalised) : null;
        if (exact != null) {
            return Optional.of(exact.entity());
        }
        String caselessKey = Names.caseless(normalised);
        NamedEntity ignoringCase = caseless.get(caselessKey);
        if (ignoringCase != null) {
            return Optional.of(ignoringCase.entity());
        }
        return Optional.ofNullable(folded.get(Names.isAscii(normalised) ? caselessKey : Names.folded(normalised)));
    }
}
