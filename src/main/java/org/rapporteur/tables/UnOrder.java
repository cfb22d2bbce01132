package org.rapporteur.tables;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order in which the UN lists names: English alphabetical order of the short name, accents and case ignored at
 * first ("Côte d'Ivoire" between "Costa Rica" and "Croatia", "Türkiye" after "Tunisia").
 */
final class UnOrder {

    private UnOrder() {
    }

    static Comparator<String> names() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        Comparator<String> primary = collator::compare;
        return primary.thenComparing(Comparator.naturalOrder());
    }
}
