package org.rapporteur.tables;

import java.util.Map;
import java.util.function.Function;

import org.rapporteur.reference.Bodies;
import org.rapporteur.reference.CountryCodes;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.ReferenceData;

/**
 * What the export looks up in the reference tables and the codebook: an entity's official name and type by its
 * code, the other codes of States, the names of bodies, and the topics' readable names.
 *
 * @param names       the official name of an entity code (the code itself when unknown)
 * @param types       the entity type of an entity code ("" when unknown)
 * @param countries   States' ISO 3166-1 alpha-2 and M49 codes
 * @param bodies      bodies' names by series
 * @param topicLabels a topic's readable name by its id ("A new international instrument on cybercrime")
 */
public record Lookups(Function<String, String> names, Function<String, String> types, CountryCodes countries,
                      Bodies bodies, Map<String, String> topicLabels) {

    public Lookups {
        topicLabels = Map.copyOf(topicLabels);
    }

    /** The lookups of the reference tables shipped in the jar (and these entities), and these topics' names. */
    public static Lookups of(ReferenceData reference, Map<String, String> topicLabels) {
        return new Lookups(code -> reference.byCode(code).map(Entity::name).orElse(code),
                code -> reference.byCode(code).map(e -> e.type().name()).orElse(""), CountryCodes.loadDefault(),
                Bodies.loadDefault(), topicLabels);
    }

    /** A topic's readable name, else its id. */
    String topic(String id) {
        return topicLabels.getOrDefault(id, id);
    }

    /** The codes beside an entity code. */
    EntityCodes codes(String code, String type) {
        return EntityCodes.of(code, type, countries);
    }

    /** The codes beside an entity code whose type the row does not say. */
    EntityCodes codes(String code) {
        return EntityCodes.of(code, types.apply(code), countries);
    }
}
