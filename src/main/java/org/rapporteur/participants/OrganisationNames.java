package org.rapporteur.participants;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A name that is an organisation's by its form, where the reference tables do not list it and no type column or
 * section says what it is: two words or more, one of them a word organisations are named with ("Foundation",
 * "Council", "Major Group", "Centre", "Fundación", "Comité"), in English, French or Spanish. A placeholder ("Delegation
 * pending", "TEST DELEGATION", "XXX", "Délégation à confirmer") has none of them.
 */
final class OrganisationNames {

    private static final Set<String> WORDS = Set.of("foundation", "federation", "council", "center", "centre",
            "institute", "institution", "association", "alliance", "coalition", "network", "society", "committee",
            "group", "forum", "league", "agency", "academy", "university", "initiative", "movement", "partnership",
            "chamber", "consortium", "campaign", "trust", "fund", "organization", "organisation", "union",
            "federacion", "fundacion", "asociacion", "centro", "instituto", "consejo", "comite", "red", "alianza",
            "sociedad", "organizacion", "fondation", "conseil", "reseau", "societe", "ligue", "universite",
            "universidad", "ong", "ngo", "fonds", "fondo", "foro", "mechanism", "mecanismo", "mecanisme",
            "programme", "program", "programa", "bureau", "office", "oficina", "international", "internacional");

    private OrganisationNames() {
    }

    /** Whether a name no table knows reads as an organisation's. */
    static boolean looksLikeOne(String name) {
        if (name == null || name.isBlank() || !Gender.leadingHonorific(name).isEmpty()) {
            return false;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String[] words = folded.replaceAll("\\([^()]*\\)", " ").split("[^a-z]+");
        long count = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).count();
        return count >= 2 && java.util.Arrays.stream(words).anyMatch(WORDS::contains)
                && !CellKind.namesAPost(name.replaceAll("(?i)\\b(?:committee|council|union|group)\\b", ""));
    }
}
