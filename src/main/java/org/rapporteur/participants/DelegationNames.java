package org.rapporteur.participants;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;

/**
 * A delegation cell that names its entity together with something else, as registration systems and secretariats
 * write them: the entity with the organ or office that sent the person ("European Union (European Commission)",
 * "African Union (Commission)"), or an acronym and a full name joined by a dash or a slash ("IUCN - International Union
 * for Conservation of Nature", "OECD / Organisation for Economic Co-operation and Development"). Tried only where the
 * whole cell names no entity. The cell names the entity one part names where the other part names nothing the tables
 * know or the same entity; where the two parts name two entities, the cell names none (it stays unknown).
 */
final class DelegationNames {

    /** "A (B)": B in brackets at the end. */
    private static final Pattern WITH_ORGAN = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*$");
    /** "OECD Competition Division", "UNDP Bureau for Policy": an organisation's acronym, then one of its offices. */
    private static final Pattern ACRONYM_FIRST = Pattern.compile("^(\\p{Lu}[\\p{Lu}&]{1,9})\\s+(\\p{Lu}.+)$");
    /** "A - B", "A – B", "A / B": two parts joined by a spaced dash or slash. */
    private static final Pattern JOINED = Pattern.compile("^(.+?)\\s+[-\u2013\u2014/]\\s+(.+)$");

    private DelegationNames() {
    }

    static Optional<Entity> resolve(NameResolver resolver, String cell) {
        Optional<Entity> whole = known(resolver, cell);
        if (whole.isPresent()) {
            return whole;
        }
        Matcher organ = WITH_ORGAN.matcher(cell);
        if (organ.matches()) {
            // only the entity before the bracket: "Ministry of Health (Ghana)" names a ministry, not a delegation
            Optional<Entity> entity = known(resolver, organ.group(1));
            return entity.isPresent() && agrees(entity.get(), known(resolver, organ.group(2))) ? entity
                    : Optional.empty();
        }
        Matcher joined = JOINED.matcher(cell);
        if (joined.matches()) {
            Optional<Entity> left = known(resolver, joined.group(1));
            Optional<Entity> right = known(resolver, joined.group(2));
            if (left.isPresent()) {
                return agrees(left.get(), right) ? left : Optional.empty();
            }
            return right;
        }
        Matcher acronym = ACRONYM_FIRST.matcher(cell);
        if (acronym.matches()) {
            Optional<Entity> entity = known(resolver, acronym.group(1));
            return entity.isPresent() && agrees(entity.get(), known(resolver, acronym.group(2))) ? entity
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** A name of the reference tables, or its French or Spanish form. */
    private static Optional<Entity> known(NameResolver resolver, String name) {
        Optional<Entity> entity = resolver.resolve(name);
        return entity.isPresent() ? entity : OtherLanguageNames.resolve(resolver, name);
    }

    private static boolean agrees(Entity entity, Optional<Entity> other) {
        return other.isEmpty() || other.get().code().equals(entity.code()) && other.get().name().equals(entity.name());
    }
}
