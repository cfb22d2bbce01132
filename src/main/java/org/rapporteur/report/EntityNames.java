package org.rapporteur.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;

/**
 * Turns names as written into participation facts: resolves each name, keeps unknown ones as UNKNOWN entities with a
 * finding (never dropped, never guessed), and flags a name listed twice in one list.
 */
final class EntityNames {

    private final NameResolver resolver;
    private final List<Finding> findings;

    EntityNames(NameResolver resolver, List<Finding> findings) {
        this.resolver = resolver;
        this.findings = findings;
    }

    boolean isKnown(String name) {
        return resolve(name).isPresent();
    }

    /**
     * Resolves a name; a UN office named with its parent ("Office for Disarmament Affairs of the Secretariat") is tried
     * without it too.
     */
    Optional<Entity> resolve(String name) {
        Optional<Entity> direct = resolver.resolve(name);
        if (direct.isPresent()) {
            return direct;
        }
        String shorter = name.replaceFirst("(?i),?\\s+of\\s+the\\s+(?:United\\s+Nations\\s+)?Secretariat\\s*$", "");
        return shorter.equals(name) ? direct : resolver.resolve(shorter);
    }

    /**
     * The entity for a name from a list of the given kind. A name that resolves to nothing is kept: as an entity of the
     * list's kind where the reference tables do not list such entities (NGOs, academia, private sector), else as
     * UNKNOWN, each with a finding.
     */
    Entity entity(int paragraph, String name, EntityType listKind) {
        Optional<Entity> known = resolve(name);
        if (known.isPresent()) {
            return known.get();
        }
        String clean = NameResolver.normalise(name);
        if (listKind == EntityType.NGO || listKind == EntityType.ACADEMIA || listKind == EntityType.PRIVATE_SECTOR) {
            findings.add(Finding.inParagraph(paragraph, FindingCode.UNLISTED_ENTITY,
                    "\"" + name + "\" is not in the reference tables; kept as " + listKind + " as the list says"));
            return new Entity("", clean, listKind, "");
        }
        findings.add(Finding.inParagraph(paragraph, FindingCode.UNKNOWN_ENTITY,
                "\"" + name + "\" matches no State, organisation or group in the reference tables"));
        return new Entity("", clean, EntityType.UNKNOWN, "");
    }

    /** The official name of the group or organisation spoken for, or the text as written when it is not known. */
    String behalfName(int paragraph, String onBehalfOf) {
        if (onBehalfOf.isEmpty()) {
            return "";
        }
        return entity(paragraph, onBehalfOf, EntityType.GROUP).name();
    }

    /**
     * Keeps the first of each entity in one list and reports the others as DUPLICATE_ENTITY; an unknown name counts
     * by its spelling.
     */
    List<Participation> withoutDuplicates(List<Participation> list) {
        Map<String, Participation> kept = new LinkedHashMap<>();
        List<Participation> out = new ArrayList<>();
        for (Participation p : list) {
            String key = p.role() + "|" + (p.entity().code().isEmpty() ? p.entity().name() : p.entity().code())
                    + "|" + p.person();
            if (kept.containsKey(key)) {
                findings.add(Finding.inParagraph(p.paragraph(), FindingCode.DUPLICATE_ENTITY,
                        "\"" + p.nameAsWritten() + "\" (" + describe(p.entity()) + ") is listed more than once"));
            } else {
                kept.put(key, p);
                out.add(p);
            }
        }
        return out;
    }

    private static String describe(Entity e) {
        return e.code().isEmpty() ? e.name() : e.code();
    }
}
