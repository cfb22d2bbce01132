package org.rapporteur.participants;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
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
            return withOrgan(resolver, organ.group(1), organ.group(2));
        }
        Matcher joined = JOINED.matcher(cell);
        if (joined.matches()) {
            // each part may itself carry its organ: "FAO (Regional Office for Africa) / الفاو"
            Optional<Entity> left = knownOrOrgan(resolver, joined.group(1));
            Optional<Entity> right = knownOrOrgan(resolver, joined.group(2));
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

    /**
     * "A (B)". The entity A names, with its organ or office B ("League of Arab States (Water Council Secretariat)"),
     * unless B names another entity. Where A names nothing the tables know, B when it is an organisation's acronym
     * ("Banque africaine d'import-export (Afreximbank)": the name in another language, the acronym known). Where A is
     * the United Nations and B one of its entities ("United Nations (Office for Disarmament Affairs)"), B. Only the
     * entity before the bracket otherwise: "Ministry of Health (Ghana)" names a ministry, not a delegation.
     */
    private static Optional<Entity> withOrgan(NameResolver resolver, String outer, String inner) {
        Optional<Entity> bracket = known(resolver, inner);
        if (UNITED_NATIONS.matcher(outer).matches()) {
            return bracket.filter(b -> b.type() == EntityType.UN_ENTITY);
        }
        Optional<Entity> entity = known(resolver, outer);
        if (entity.isEmpty()) {
            return bracket.filter(b -> ACRONYM.matcher(inner.strip()).matches() && isOrganisation(b));
        }
        return agrees(entity.get(), bracket) ? entity : Optional.empty();
    }

    private static Optional<Entity> knownOrOrgan(NameResolver resolver, String name) {
        Optional<Entity> entity = known(resolver, name);
        Matcher organ = WITH_ORGAN.matcher(name);
        return entity.isPresent() || !organ.matches() ? entity : withOrgan(resolver, organ.group(1), organ.group(2));
    }

    /** An organisation's acronym or short name, one word: "FAO", "Afreximbank", "UN-Habitat", "PNUD". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{L}0-9&\\-]{1,14}");

    private static boolean isOrganisation(Entity entity) {
        return entity.type() != EntityType.MEMBER_STATE && entity.type() != EntityType.OBSERVER_STATE
                && entity.type() != EntityType.GROUP;
    }

    /** The United Nations itself, in English, French or Spanish: the organ in brackets is the entity. */
    private static final Pattern UNITED_NATIONS = Pattern.compile("(?i)\\s*(?:the\\s+)?(?:united\\s+nations|nations\\s+unies"
            + "|organisation\\s+des\\s+nations\\s+unies|naciones\\s+unidas|organizaci[óo]n\\s+de\\s+las\\s+naciones\\s+unidas"
            + "|UN|ONU)\\s*");

    /** A name of the reference tables, or its French or Spanish form. */
    private static Optional<Entity> known(NameResolver resolver, String name) {
        Optional<Entity> entity = resolver.resolve(name);
        return entity.isPresent() ? entity : OtherLanguageNames.resolve(resolver, name);
    }

    private static boolean agrees(Entity entity, Optional<Entity> other) {
        return other.isEmpty() || other.get().code().equals(entity.code()) && other.get().name().equals(entity.name());
    }
}
