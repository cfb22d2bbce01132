package org.rapporteur.participants;

import java.util.Optional;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;

/**
 * A delegation written in two languages joined by a slash, as bilingual lists print them: "Maroc/Morocco",
 * "Cameroun/Cameroon", "CEDEAO/ECOWAS", "AFRIQUE DU SUD/SOUTH AFRICA", or in three joined by dashes, as Codex lists
 * print them ("JAPAN - JAPON - JAPÓN"). The cell names the entity its parts name, where
 * every part the tables know names the same one; two parts naming two entities ("Chile/Peru") name none.
 */
final class BilingualNames {

    /** Between two languages: a slash, or a dash with spaces around it ("GERMANY - ALLEMAGNE - ALEMANIA"). */
    private static final java.util.regex.Pattern LANGUAGES = java.util.regex.Pattern.compile("/|\\s+[-\u2013\u2014]\\s+");

    private BilingualNames() {
    }

    static Optional<Entity> resolve(NameResolver resolver, String cell) {
        if (cell == null || !LANGUAGES.matcher(cell).find()) {
            return Optional.empty();
        }
        Entity found = null;
        for (String part : LANGUAGES.split(cell)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Entity> entity = resolver.resolve(part.strip());
            if (entity.isPresent()) {
                if (found != null && !found.equals(entity.get())) {
                    return Optional.empty();
                }
                found = entity.get();
            }
        }
        return Optional.ofNullable(found);
    }
}
