package org.rapporteur.tables;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes two rows the same entity, in every table: the entity code (ISO 3166-1 alpha-3 for States, the reference
 * tables' short name for organisations and groups); for a name no table knows, its type and its name without accents,
 * case or repeated spaces ("NGO:cyber peace institute").
 */
public final class EntityKey {

    private EntityKey() {
    }

    public static String of(String code, String type, String name) {
        return code == null || code.isEmpty() ? type + ":" + comparable(name) : code;
    }

    /** A name as compared: no accents, lower case, single spaces, no dots. */
    static String comparable(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", " ").strip();
    }
}
